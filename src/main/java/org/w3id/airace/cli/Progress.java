package org.w3id.airace.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.w3id.airace.store.ProgressListener;

/**
 * Shows how far a long command has come, on standard error so that standard output stays clean. On
 * a terminal it redraws one line with {@code \r}, at most ten times a second:
 *
 * <pre>{@code
 * load: extracting [#######.................]  1200/10000 articles  85.3/s  14s elapsed  ETA 1m43s
 * }</pre>
 *
 * Elsewhere (a pipe, a log file) it prints a plain line every ten seconds and one at the end:
 *
 * <pre>{@code
 * load: extracting 1200/10000 articles, 85.3/s, ETA 1m43s
 * }</pre>
 *
 * A phase that is over before the first line is due (two seconds on a terminal, ten elsewhere)
 * prints nothing, so short runs stay quiet. The environment variable {@code AIRACE_PROGRESS}
 * overrides the choice: {@code bar}, {@code plain} or {@code off}. Lines are only printed when work
 * is reported done, so a single step that takes a minute shows no progress meanwhile.
 *
 * <pre>{@code
 * ProgressListener progress = Progress.toStderr("load");
 * progress.begin("extracting", files.size(), "articles");
 * for (Path file : files) { extract(file); progress.step(); }
 * progress.end();
 * }</pre>
 */
final class Progress implements ProgressListener {
  /** How progress is shown. */
  enum Mode {
    /** One line redrawn in place, for a terminal. */
    BAR,
    /** A line every period, for a log. */
    PLAIN,
    /** Nothing. */
    OFF;

    /** The mode {@code AIRACE_PROGRESS} asks for, or else the one that suits the output. */
    static Mode of(String setting, boolean terminal) {
      if (setting != null && !setting.isBlank()) {
        switch (setting.strip().toLowerCase(Locale.ROOT)) {
          case "bar":
            return BAR;
          case "plain":
            return PLAIN;
          case "off":
            return OFF;
          default:
            throw new UsageException(
                "AIRACE_PROGRESS must be bar, plain or off, got \"" + setting + "\"");
        }
      }
      return terminal ? BAR : PLAIN;
    }
  }

  /** How long a phase runs on a terminal before the bar is drawn. */
  static final long BAR_DELAY_MILLIS = 2_000;

  /** The least time between two redraws of the bar. */
  static final long BAR_PERIOD_MILLIS = 100;

  /** The time between two plain lines, and before the first. */
  static final long PLAIN_PERIOD_MILLIS = 10_000;

  private static final int BAR_WIDTH = 24;

  private final String command;
  private final PrintStream out;
  private final Mode mode;
  private final LongSupplier millis;

  private String phase = "";
  private String unit = "";
  private long total;
  private long done;
  private long start;
  private long lastShown;
  private boolean shown;
  private int lastWidth;

  /**
   * Progress of {@code command} ("load") shown on {@code out} in this mode, timed by this clock in
   * milliseconds (any origin).
   */
  Progress(String command, PrintStream out, Mode mode, LongSupplier millis) {
    this.command = command;
    this.out = out;
    this.mode = mode;
    this.millis = millis;
  }

  /** Progress of {@code command} on standard error, as a bar when there is a terminal. */
  static Progress toStderr(String command) {
    Mode mode = Mode.of(System.getenv("AIRACE_PROGRESS"), System.console() != null);
    return new Progress(command, System.err, mode, () -> System.nanoTime() / 1_000_000);
  }

  @Override
  public synchronized void begin(String phase, long total, String unit) {
    this.phase = phase;
    this.total = total;
    this.unit = unit;
    this.done = 0;
    this.start = millis.getAsLong();
    this.shown = false;
    this.lastWidth = 0;
  }

  @Override
  public synchronized void advance(long n) {
    done += n;
    long now = millis.getAsLong();
    long elapsed = now - start;
    switch (mode) {
      case BAR -> {
        if (elapsed >= BAR_DELAY_MILLIS && (!shown || now - lastShown >= BAR_PERIOD_MILLIS)) {
          draw(elapsed, now);
        }
      }
      case PLAIN -> {
        if (now - (shown ? lastShown : start) >= PLAIN_PERIOD_MILLIS) {
          out.println(line(elapsed, false));
          shown = true;
          lastShown = now;
        }
      }
      case OFF -> {}
    }
  }

  @Override
  public synchronized void end() {
    long now = millis.getAsLong();
    long elapsed = now - start;
    switch (mode) {
      case BAR -> {
        if (shown || elapsed >= BAR_DELAY_MILLIS) {
          draw(elapsed, now);
          out.println();
        }
      }
      case PLAIN -> {
        if (shown || elapsed >= PLAIN_PERIOD_MILLIS) {
          out.println(line(elapsed, true));
        }
      }
      case OFF -> {}
    }
    out.flush();
    shown = false;
  }

  private void draw(long elapsed, long now) {
    String bar = bar(elapsed);
    int pad = Math.max(0, lastWidth - bar.length());
    out.print("\r" + bar + " ".repeat(pad));
    out.flush();
    lastWidth = bar.length();
    shown = true;
    lastShown = now;
  }

  /** The bar's line: {@code load: extracting [####....] 12/100 articles 8.1/s ...}. */
  private String bar(long elapsed) {
    int filled = total <= 0 ? 0 : (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
    return String.format(
        Locale.ROOT,
        "%s: %s [%s%s]  %d/%d %s  %s/s  %s elapsed  ETA %s",
        command,
        phase,
        "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled),
        done,
        total,
        unit,
        perSecond(rate(done, elapsed)),
        duration(Duration.ofMillis(elapsed)),
        eta(done, total, elapsed).map(Progress::duration).orElse("?"));
  }

  /** The plain line: {@code load: extracting 12/100 articles, 8.1/s, ETA 11s}. */
  private String line(long elapsed, boolean last) {
    String when =
        last
            ? "done in " + duration(Duration.ofMillis(elapsed))
            : "ETA " + eta(done, total, elapsed).map(Progress::duration).orElse("?");
    return String.format(
        Locale.ROOT,
        "%s: %s %d/%d %s, %s/s, %s",
        command,
        phase,
        done,
        total,
        unit,
        perSecond(rate(done, elapsed)),
        when);
  }

  /** Units done per second; 0 before any time has passed. */
  static double rate(long done, long elapsedMillis) {
    return elapsedMillis <= 0 ? 0 : done * 1000.0 / elapsedMillis;
  }

  /** The time the rest will take at the rate so far; empty while nothing is done. */
  static Optional<Duration> eta(long done, long total, long elapsedMillis) {
    if (done <= 0 || elapsedMillis <= 0) {
      return Optional.empty();
    }
    long left = Math.max(0, total - done);
    return Optional.of(Duration.ofMillis(Math.round((double) left * elapsedMillis / done)));
  }

  private static String perSecond(double rate) {
    return String.format(Locale.ROOT, "%.1f", rate);
  }

  /** {@code 7s}, {@code 1m43s}, {@code 2h05m}: rounded down to the second, or minute past hours. */
  static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
  }
}
