package org.w3id.airace.server;

import java.time.Duration;

/**
 * What one query may take: how long it runs, how many rows (or triples) it answers, and how many
 * bytes its answer has. A query over a limit is stopped and answered with an error that names the
 * limit, never with a partial result.
 *
 * @param timeout the longest a query runs, writing its answer included
 * @param maxRows the most rows of a SELECT, or triples of a CONSTRUCT or DESCRIBE
 * @param maxBytes the largest answer, in bytes
 */
public record QueryLimits(Duration timeout, long maxRows, long maxBytes) {
  /** 30 seconds, 100 000 rows, 32 MiB. */
  public static final QueryLimits DEFAULT =
      new QueryLimits(Duration.ofSeconds(30), 100_000, 32L * 1024 * 1024);

  public QueryLimits {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (maxRows <= 0) {
      throw new IllegalArgumentException("maxRows must be positive, got " + maxRows);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  /** The time limit as said to users: "30 s", or "1.5 s". */
  String timeoutText() {
    long ms = timeout.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
  }

  /** The size limit as said to users: "32 MiB", or "2048 bytes" below a MiB. */
  String maxBytesText() {
    long mib = 1024L * 1024;
    return maxBytes % mib == 0 ? maxBytes / mib + " MiB" : maxBytes + " bytes";
  }
}
