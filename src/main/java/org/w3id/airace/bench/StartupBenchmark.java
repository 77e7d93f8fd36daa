package org.w3id.airace.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The time from starting the process to the first answered query, {@code airace serve} on an
 * existing database against a bare Fuseki ({@code FusekiMainCmd --tdb2 --loc DB}) from the same jar
 * over the same TDB2 files; the two take turns, {@code --runs} times each, and the medians are
 * printed with airace's own "ready in N ms" (which starts at the JVM's start and ends before the
 * first query).
 *
 * <pre>
 * bench/run startup
 * java -cp target/airace.jar org.w3id.airace.bench.StartupBenchmark --jar target/airace.jar \
 *     --db /tmp/airace-bench/airace-10000 --runs 5
 * </pre>
 */
public final class StartupBenchmark {
  private StartupBenchmark() {}

  public static void main(String[] args) {
    Options options =
        new Options(
            "StartupBenchmark",
            Map.of("--jar", "target/airace.jar", "--db", "", "--runs", "5"),
            args);
    String jar = options.get("--jar");
    Path db = Path.of(options.get("--db"));
    int runs = options.number("--runs", 1);
    Path log = db.resolveSibling("startup.log");
    List<Double> airace = new ArrayList<>();
    List<Double> own = new ArrayList<>();
    List<Double> fuseki = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      try (ServerProcess server = ServerProcess.start(ServerProcess.Kind.AIRACE, jar, db, log)) {
        airace.add(server.readyMillis);
        server.ownReadyMillis().ifPresent(own::add);
      }
      try (ServerProcess server = ServerProcess.start(ServerProcess.Kind.FUSEKI, jar, db, log)) {
        fuseki.add(server.readyMillis);
      }
      System.out.printf(
          Locale.ROOT,
          "  run %d: airace serve %.0f ms, bare Fuseki %.0f ms%n",
          run,
          airace.get(run - 1),
          fuseki.get(run - 1));
    }
    double a = Samples.median(airace);
    double f = Samples.median(fuseki);
    System.out.println();
    System.out.println("| start to first answer, ms | median | runs |");
    System.out.println("|---|---:|---|");
    System.out.printf(Locale.ROOT, "| airace serve | %.0f | %s |%n", a, Samples.all(airace));
    if (!own.isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "| airace serve, its own \"ready in\" | %.0f | %s |%n",
          Samples.median(own),
          Samples.all(own));
    }
    System.out.printf(
        Locale.ROOT,
        "| bare Fuseki (FusekiMainCmd --tdb2) | %.0f | %s |%n",
        f,
        Samples.all(fuseki));
    System.out.printf(
        Locale.ROOT, "ratio airace/Fuseki: %.2f (above 1: airace is slower to start)%n", a / f);
  }
}
