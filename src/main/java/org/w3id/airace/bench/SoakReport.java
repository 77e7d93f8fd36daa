package org.w3id.airace.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.w3id.airace.bench.SoakBenchmark.Run;
import org.w3id.airace.bench.SoakBenchmark.Sample;

/**
 * The figures of a soak run: throughput, latency percentiles, responses by status class, the same
 * per query, and each kind of error with how often it happened.
 */
final class SoakReport {
  private SoakReport() {}

  /** Prints the figures; true when every answer was a whole 2xx. */
  static boolean print(List<SoakQuery> queries, int[] sizes, Run run) {
    List<Sample> samples = run.samples();
    double[] all = samples.stream().mapToDouble(Sample::millis).toArray();
    System.out.printf(
        Locale.ROOT,
        "  requests %d in %.1f s: %.1f req/s%n",
        samples.size(),
        run.seconds(),
        samples.size() / run.seconds());
    System.out.printf(
        Locale.ROOT,
        "  latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        pct(all, 50),
        pct(all, 90),
        pct(all, 99),
        pct(all, 100));
    long errors = count(samples, s -> s.error() != null);
    System.out.printf(
        Locale.ROOT,
        "  responses: 2xx %d, 4xx %d, 5xx %d, other %d; exceptions %d; errors %d%n",
        count(samples, s -> s.status() / 100 == 2),
        count(samples, s -> s.status() / 100 == 4),
        count(samples, s -> s.status() / 100 == 5),
        count(samples, s -> s.status() != 0 && s.status() / 100 != 2 && s.status() / 100 < 4),
        count(samples, s -> s.status() == 0),
        errors);
    System.out.printf(
        "  %-34s %6s %8s %8s %8s %6s %6s%n",
        "per query", "n", "p50 ms", "p99 ms", "max ms", "errors", "size");
    for (int q = 0; q < queries.size(); q++) {
      int query = q;
      List<Sample> mine = samples.stream().filter(s -> s.query() == query).toList();
      double[] ms = mine.stream().mapToDouble(Sample::millis).toArray();
      System.out.printf(
          Locale.ROOT,
          "  %-34s %6d %8.1f %8.1f %8.1f %6d %6d%n",
          queries.get(q).name(),
          mine.size(),
          pct(ms, 50),
          pct(ms, 99),
          pct(ms, 100),
          count(mine, s -> s.error() != null),
          sizes[q]);
    }
    Map<String, Integer> kinds = new TreeMap<>();
    samples.stream()
        .filter(s -> s.error() != null)
        .forEach(
            s -> kinds.merge(queries.get(s.query()).name() + ": " + s.error(), 1, Integer::sum));
    kinds.entrySet().stream()
        .limit(20)
        .forEach(e -> System.out.printf("  error x%d %s%n", e.getValue(), e.getKey()));
    if (kinds.size() > 20) {
      System.out.printf("  ... and %d other kinds of error%n", kinds.size() - 20);
    }
    System.out.println(
        errors == 0 ? "soak: passed, no errors" : "soak: FAILED, " + errors + " errors");
    return errors == 0 && !samples.isEmpty();
  }

  private static long count(List<Sample> samples, Predicate<Sample> which) {
    return samples.stream().filter(which).count();
  }

  private static double pct(double[] values, double p) {
    return values.length == 0 ? Double.NaN : Samples.percentile(values, p);
  }
}
