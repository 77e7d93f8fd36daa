package org.w3id.airace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The latency of each competency query, one client, one query at a time: {@code airace serve} (with
 * its limits, its guard and the text index) against a bare Fuseki ({@code FusekiMainCmd --tdb2},
 * union default graph set) over the same TDB2 files, one server after the other. Each query is sent
 * {@code --warmup} times, then {@code --rounds} times measured, round-robin; p50 and p99 are
 * printed with the ratio of airace's p50 to Fuseki's and the size of each answer (a bare Fuseki has
 * no text index, so a {@code text:query} finds nothing there).
 *
 * <pre>
 * bench/run query
 * java -cp target/airace.jar org.w3id.airace.bench.QueryBenchmark --jar target/airace.jar \
 *     --db /tmp/airace-bench/airace-10000 --queries queries/cq --rounds 30
 * </pre>
 */
public final class QueryBenchmark {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private QueryBenchmark() {}

  /** The times and the answer size of each query on one server. */
  record Measured(List<List<Double>> millis, int[] sizes) {}

  public static void main(String[] args) throws InterruptedException {
    Options options =
        new Options(
            "QueryBenchmark",
            Map.of(
                "--jar", "target/airace.jar",
                "--db", "",
                "--queries", "queries/cq",
                "--rounds", "30",
                "--warmup", "5"),
            args);
    String jar = options.get("--jar");
    Path db = Path.of(options.get("--db"));
    List<SoakQuery> queries = SoakQuery.readAll(Path.of(options.get("--queries")));
    int rounds = options.number("--rounds", 1);
    int warmup = options.number("--warmup", 0);
    Path log = db.resolveSibling("query.log");
    Measured airace;
    try (ServerProcess server = ServerProcess.start(ServerProcess.Kind.AIRACE, jar, db, log)) {
      airace = measure(server.sparql, queries, warmup, rounds);
    }
    Measured fuseki;
    try (ServerProcess server = ServerProcess.start(ServerProcess.Kind.FUSEKI, jar, db, log)) {
      fuseki = measure(server.sparql, queries, warmup, rounds);
    }
    System.out.printf(
        Locale.ROOT,
        "query: %d queries, %d warm-up and %d measured rounds, one client%n%n",
        queries.size(),
        warmup,
        rounds);
    System.out.println(
        "| query | airace p50 ms | p99 | Fuseki p50 ms | p99 | ratio p50 | ratio p99 | rows airace/Fuseki |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
    List<Double> all = new ArrayList<>();
    List<Double> allFuseki = new ArrayList<>();
    for (int q = 0; q < queries.size(); q++) {
      List<Double> a = airace.millis.get(q);
      List<Double> f = fuseki.millis.get(q);
      all.addAll(a);
      allFuseki.addAll(f);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %d/%d%s |%n",
          queries.get(q).name(),
          Samples.median(a),
          Samples.percentile(a, 99),
          Samples.median(f),
          Samples.percentile(f, 99),
          Samples.median(a) / Samples.median(f),
          Samples.percentile(a, 99) / Samples.percentile(f, 99),
          airace.sizes[q],
          fuseki.sizes[q],
          airace.sizes[q] == fuseki.sizes[q] ? "" : " (differ)");
    }
    System.out.printf(
        Locale.ROOT,
        "| all | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | |%n",
        Samples.median(all),
        Samples.percentile(all, 99),
        Samples.median(allFuseki),
        Samples.percentile(allFuseki, 99),
        Samples.median(all) / Samples.median(allFuseki),
        Samples.percentile(all, 99) / Samples.percentile(allFuseki, 99));
  }

  private static Measured measure(URI sparql, List<SoakQuery> queries, int warmup, int rounds)
      throws InterruptedException {
    List<List<Double>> millis = new ArrayList<>();
    queries.forEach(q -> millis.add(new ArrayList<>()));
    int[] sizes = new int[queries.size()];
    for (int round = 0; round < warmup + rounds; round++) {
      for (int q = 0; q < queries.size(); q++) {
        SoakQuery query = queries.get(q);
        HttpRequest request = query.post(sparql);
        long t0 = System.nanoTime();
        HttpResponse<String> response;
        try {
          response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
          throw new IllegalStateException(query.name() + ": " + e.getMessage(), e);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (response.statusCode() != 200) {
          sizes[q] = -response.statusCode();
        } else {
          sizes[q] = query.count(response);
        }
        if (round >= warmup) {
          millis.get(q).add(ms);
        }
      }
    }
    return new Measured(millis, sizes);
  }
}
