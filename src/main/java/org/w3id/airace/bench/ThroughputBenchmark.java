package org.w3id.airace.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Queries per second at 1, 8 and 32 concurrent clients: {@code airace serve} against a bare Fuseki
 * ({@code FusekiMainCmd --tdb2}, union default graph) over a byte copy of the same TDB2 files, and
 * against RDF4J's NativeStore loaded with the same data exported as N-Quads ({@code
 * NativeStoreServer}, a child JVM with RDF4J on the class path of the Maven profile {@code bench}).
 *
 * <p>All three servers run at once (TDB2 locks a database to one process, hence the copy), so they
 * take turns every {@code --seconds} instead of one after the other, and the neighbours' load falls
 * on all three alike. Each client is a thread with its own HTTP connection that sends the
 * competency queries one after the other in a loop, starting at a different one; a query answered
 * with 200 and read whole counts, any other answer or failure is an error. First every query is
 * sent once to each server and the answers' sizes compared (they must agree: RDF4J's default graph
 * without a dataset is the union of all contexts, as airace's {@code tdb:unionDefaultGraph}), then
 * each server is warmed up, then each client count is measured {@code --runs} times; the table
 * shows medians.
 *
 * <p>{@code --leave-out} (default {@code 16-text-search.rq}) is checked but not in the mix: neither
 * the bare Fuseki nor RDF4J has airace's text index, so that query is not the same work there.
 *
 * <pre>
 * bench/run throughput --seconds 10
 * java -cp target/airace.jar org.w3id.airace.bench.ThroughputBenchmark --jar target/airace.jar \
 *     --db /tmp/airace-bench/airace-10000 --nquads /tmp/airace-bench/export-10000/airace.nq \
 *     --bench-classes target/bench-classes --bench-classpath-file target/bench.classpath
 * </pre>
 */
public final class ThroughputBenchmark {
  private static final List<ServerProcess.Kind> SERVERS = List.of(ServerProcess.Kind.values());

  private ThroughputBenchmark() {}

  /** What one client count gave on one server in one window. */
  record Window(long answered, long errors, double seconds, String firstError) {
    double perSecond() {
      return answered / seconds;
    }
  }

  public static void main(String[] args) throws InterruptedException {
    Options options =
        new Options(
            "ThroughputBenchmark",
            Map.ofEntries(
                Map.entry("--jar", "target/airace.jar"),
                Map.entry("--db", ""),
                Map.entry("--nquads", ""),
                Map.entry("--bench-classes", "target/bench-classes"),
                Map.entry("--bench-classpath-file", "target/bench.classpath"),
                Map.entry("--queries", "queries/cq"),
                Map.entry("--leave-out", "16-text-search.rq"),
                Map.entry("--clients", "1,8,32"),
                Map.entry("--seconds", "10"),
                Map.entry("--warmup-seconds", "5"),
                Map.entry("--runs", "1")),
            args);
    String jar = options.get("--jar");
    Path db = Path.of(options.get("--db"));
    Path nquads = Path.of(options.get("--nquads"));
    List<String> leftOut = Arrays.asList(options.get("--leave-out").split(","));
    List<SoakQuery> all = SoakQuery.readAll(Path.of(options.get("--queries")));
    List<SoakQuery> mix = all.stream().filter(q -> !leftOut.contains(q.name())).toList();
    int[] clients =
        Arrays.stream(options.get("--clients").split(",")).mapToInt(Integer::parseInt).toArray();
    int seconds = options.number("--seconds", 1);
    int warmup = options.number("--warmup-seconds", 0);
    int runs = options.number("--runs", 1);
    Path work = db.resolveSibling("throughput");
    Child.delete(work);
    Path fusekiDb = copy(db, work.resolve("fuseki-db"));

    Map<ServerProcess.Kind, ServerProcess> servers = new EnumMap<>(ServerProcess.Kind.class);
    try {
      servers.put(
          ServerProcess.Kind.AIRACE,
          ServerProcess.start(ServerProcess.Kind.AIRACE, jar, db, work.resolve("airace.log")));
      servers.put(
          ServerProcess.Kind.FUSEKI,
          ServerProcess.start(
              ServerProcess.Kind.FUSEKI, jar, fusekiDb, work.resolve("fuseki.log")));
      ServerProcess rdf4j =
          ServerProcess.startNativeStore(
              options.get("--bench-classes")
                  + File.pathSeparator
                  + LoadBenchmark.classpath(Path.of(options.get("--bench-classpath-file"))),
              nquads,
              work.resolve("native-store"),
              work.resolve("rdf4j.log"));
      servers.put(ServerProcess.Kind.RDF4J, rdf4j);
      System.out.printf(
          Locale.ROOT,
          "RDF4J NativeStore: loaded %s in %s ms, answering %.0f ms after its JVM started%n",
          nquads.getFileName(),
          rdf4j.loadMillis().map(ms -> String.format(Locale.ROOT, "%.0f", ms)).orElse("?"),
          rdf4j.readyMillis);

      compareSizes(servers, all, leftOut);
      for (ServerProcess.Kind kind : SERVERS) {
        measure(servers.get(kind).sparql, mix, 8, warmup);
      }
      Map<ServerProcess.Kind, List<List<Window>>> windows = new EnumMap<>(ServerProcess.Kind.class);
      for (ServerProcess.Kind kind : SERVERS) {
        windows.put(kind, new ArrayList<>());
        for (int c = 0; c < clients.length; c++) {
          windows.get(kind).add(new ArrayList<>());
        }
      }
      for (int run = 1; run <= runs; run++) {
        for (int c = 0; c < clients.length; c++) {
          for (ServerProcess.Kind kind : SERVERS) {
            Window w = measure(servers.get(kind).sparql, mix, clients[c], seconds);
            windows.get(kind).get(c).add(w);
            System.out.printf(
                Locale.ROOT,
                "run %d, %d clients, %s: %d answers in %.1f s, %.1f q/s, %d errors%s%n",
                run,
                clients[c],
                kind.label,
                w.answered,
                w.seconds,
                w.perSecond(),
                w.errors,
                w.firstError == null ? "" : " (first: " + w.firstError + ")");
          }
        }
      }
      print(windows, clients, mix.size(), seconds, runs, leftOut);
    } finally {
      servers.values().forEach(ServerProcess::close);
    }
  }

  /** Sends every query once to each server and prints the answers' sizes where they differ. */
  private static void compareSizes(
      Map<ServerProcess.Kind, ServerProcess> servers, List<SoakQuery> queries, List<String> leftOut)
      throws InterruptedException {
    HttpClient http = client();
    List<String> differ = new ArrayList<>();
    for (SoakQuery query : queries) {
      Map<ServerProcess.Kind, String> sizes = new EnumMap<>(ServerProcess.Kind.class);
      for (ServerProcess.Kind kind : SERVERS) {
        String size;
        try {
          HttpResponse<String> response =
              http.send(query.post(servers.get(kind).sparql), HttpResponse.BodyHandlers.ofString());
          size =
              response.statusCode() != 200
                  ? "HTTP " + response.statusCode()
                  : Integer.toString(query.count(response));
        } catch (IOException | IllegalArgumentException e) {
          size = "failed: " + e.getMessage();
        }
        sizes.put(kind, size);
      }
      if (sizes.values().stream().distinct().count() > 1) {
        differ.add(
            String.format(
                Locale.ROOT,
                "  %s: airace %s, Fuseki %s, RDF4J %s%s",
                query.name(),
                sizes.get(ServerProcess.Kind.AIRACE),
                sizes.get(ServerProcess.Kind.FUSEKI),
                sizes.get(ServerProcess.Kind.RDF4J),
                leftOut.contains(query.name()) ? " (left out of the mix)" : ""));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "answer sizes: %d of %d queries give the same number of rows on all three servers%s%n",
        queries.size() - differ.size(),
        queries.size(),
        differ.isEmpty() ? "" : "; these differ:");
    differ.forEach(System.out::println);
  }

  /**
   * {@code clients} threads send the queries in a loop for {@code seconds}, each with its own
   * connection; the window ends when the last answer in flight at the deadline has arrived.
   */
  private static Window measure(URI sparql, List<SoakQuery> queries, int clients, int seconds)
      throws InterruptedException {
    AtomicLong answered = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    Map<String, String> firstError = new ConcurrentHashMap<>();
    List<HttpRequest> requests = queries.stream().map(q -> q.post(sparql)).toList();
    long t0 = System.nanoTime();
    long deadline = t0 + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int first = i;
      Thread thread =
          new Thread(
              () -> {
                HttpClient http = client();
                for (int q = first; System.nanoTime() < deadline; q++) {
                  HttpRequest request = requests.get(q % requests.size());
                  try {
                    int status =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                    if (status == 200) {
                      answered.incrementAndGet();
                    } else {
                      errors.incrementAndGet();
                      firstError.putIfAbsent("e", "HTTP " + status);
                    }
                  } catch (IOException e) {
                    errors.incrementAndGet();
                    firstError.putIfAbsent("e", String.valueOf(e));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                }
              },
              "client-" + i);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    return new Window(answered.get(), errors.get(), elapsed, firstError.get("e"));
  }

  private static void print(
      Map<ServerProcess.Kind, List<List<Window>>> windows,
      int[] clients,
      int queries,
      int seconds,
      int runs,
      List<String> leftOut) {
    System.out.printf(
        Locale.ROOT,
        "%nthroughput: %d queries in a loop (without %s), %d s per client count and server,"
            + " median of %d run(s)%n%n",
        queries,
        String.join(", ", leftOut),
        seconds,
        runs);
    System.out.println(
        "| clients | airace q/s | Fuseki q/s | RDF4J q/s | ratio airace/Fuseki"
            + " | ratio airace/RDF4J | errors airace/Fuseki/RDF4J |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---|");
    for (int c = 0; c < clients.length; c++) {
      double[] rate = new double[SERVERS.size()];
      long[] errors = new long[SERVERS.size()];
      for (ServerProcess.Kind kind : SERVERS) {
        List<Window> w = windows.get(kind).get(c);
        rate[kind.ordinal()] = Samples.median(w.stream().map(Window::perSecond).toList());
        errors[kind.ordinal()] = w.stream().mapToLong(Window::errors).sum();
      }
      System.out.printf(
          Locale.ROOT,
          "| %d | %.1f | %.1f | %.1f | %.2f | %.2f | %d/%d/%d |%n",
          clients[c],
          rate[0],
          rate[1],
          rate[2],
          rate[0] / rate[1],
          rate[0] / rate[2],
          errors[0],
          errors[1],
          errors[2]);
    }
    System.out.println(
        "(ratio above 1: airace answered more queries per second; errors summed over the runs)");
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /** A byte copy of a database folder, for the second server (TDB2 locks a database). */
  private static Path copy(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        if (p.getFileName().toString().equals("tdb.lock")) {
          continue;
        }
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
