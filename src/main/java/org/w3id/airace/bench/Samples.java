package org.w3id.airace.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Medians and percentiles of repeated measurements, and the figures the benchmarks print. */
final class Samples {
  private Samples() {}

  /** The median of these values (the mean of the middle two when their number is even). */
  static double median(List<Double> values) {
    double[] sorted = sorted(values);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The nearest-rank percentile {@code p} (0–100) of these values. */
  static double percentile(List<Double> values, double p) {
    return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), p);
  }

  /** The nearest-rank percentile {@code p} (0–100) of these values, which are left as they are. */
  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no measurements");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /**
   * The median of {@code after[i] / before[i]}: the ratio of two builds measured in pairs, each
   * pair under the same load.
   */
  static double pairedRatio(double[] after, double[] before) {
    if (after.length != before.length) {
      throw new IllegalArgumentException(
          after.length + " measurements after, " + before.length + " before: they must pair up");
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < after.length; i++) {
      ratios.add(after[i] / before[i]);
    }
    return median(ratios);
  }

  /** The values rounded and joined, for the line that shows every run. */
  static String all(List<Double> values) {
    StringBuilder out = new StringBuilder();
    for (double v : values) {
      out.append(out.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", v));
    }
    return out.toString();
  }

  private static double[] sorted(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no measurements");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }
}
