package org.w3id.airace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong clock = new AtomicLong(1_000_000);
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private Progress progress(Progress.Mode mode) {
    return new Progress(
        "load", new PrintStream(bytes, true, StandardCharsets.UTF_8), mode, clock::get);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Ten articles a second, {@code n} of them. */
  private void work(Progress progress, int n) {
    for (int i = 0; i < n; i++) {
      clock.addAndGet(100);
      progress.step();
    }
  }

  @Test
  void plainLogPrintsALineEachPeriodAndOneAtTheEnd() {
    Progress progress = progress(Progress.Mode.PLAIN);
    progress.begin("extracting", 500, "articles");
    work(progress, 250);
    progress.end();

    assertThat(printed().lines())
        .containsExactly(
            "load: extracting 100/500 articles, 10.0/s, ETA 40s",
            "load: extracting 200/500 articles, 10.0/s, ETA 30s",
            "load: extracting 250/500 articles, 10.0/s, done in 25s");
    assertThat(printed()).doesNotContain("\r");
  }

  @Test
  void terminalRedrawsOneLineWithBarRateAndEta() {
    Progress progress = progress(Progress.Mode.BAR);
    progress.begin("extracting", 100, "articles");
    work(progress, 50);
    progress.end();

    String out = printed();
    assertThat(out).startsWith("\r").endsWith(System.lineSeparator());
    assertThat(out.split(System.lineSeparator())).as("one line, redrawn").hasSize(1);
    String[] frames = out.strip().split("\r");
    assertThat(frames[0].strip())
        .isEqualTo(
            "load: extracting [####....................]  20/100 articles  10.0/s  2s elapsed"
                + "  ETA 8s");
    assertThat(frames[frames.length - 1].strip())
        .isEqualTo(
            "load: extracting [############............]  50/100 articles  10.0/s  5s elapsed"
                + "  ETA 5s");
    assertThat(frames).as("one frame per step once the bar shows, 10 a second").hasSize(32);
  }

  @Test
  void terminalRedrawsAtMostTenTimesASecond() {
    Progress progress = progress(Progress.Mode.BAR);
    progress.begin("writing", 100_000, "graphs");
    for (int i = 0; i < 40_000; i++) {
      clock.addAndGet(1);
      progress.step();
    }
    progress.end();

    long frames = printed().chars().filter(c -> c == '\r').count();
    assertThat(frames).isBetween(380L, 382L);
  }

  @Test
  void shortRunPrintsNothing() {
    for (Progress.Mode mode : Progress.Mode.values()) {
      Progress progress = progress(mode);
      progress.begin("reading", 15, "articles");
      work(progress, 15);
      progress.end();
    }
    assertThat(printed()).isEmpty();
  }

  @Test
  void offPrintsNothingForALongRun() {
    Progress progress = progress(Progress.Mode.OFF);
    progress.begin("extracting", 1000, "articles");
    work(progress, 1000);
    progress.end();
    assertThat(printed()).isEmpty();
  }

  @Test
  void eachPhaseIsTimedOnItsOwn() {
    Progress progress = progress(Progress.Mode.PLAIN);
    progress.begin("reading", 10, "articles");
    work(progress, 10);
    progress.end();
    progress.begin("extracting", 200, "articles");
    work(progress, 120);
    progress.end();

    assertThat(printed().lines())
        .containsExactly(
            "load: extracting 100/200 articles, 10.0/s, ETA 10s",
            "load: extracting 120/200 articles, 10.0/s, done in 12s");
  }

  @Test
  void rateAndEtaFollowTheWorkSoFar() {
    assertThat(Progress.rate(1200, 14_065))
        .isCloseTo(85.3, org.assertj.core.data.Offset.offset(0.05));
    assertThat(Progress.rate(5, 0)).isZero();
    assertThat(Progress.eta(1200, 10_000, 14_065)).contains(Duration.ofMillis(103_143));
    assertThat(Progress.eta(0, 10_000, 5_000)).isEmpty();
    assertThat(Progress.eta(10, 5, 5_000)).contains(Duration.ZERO);
    assertThat(Progress.duration(Duration.ofMillis(103_143))).isEqualTo("1m43s");
    assertThat(Progress.duration(Duration.ofSeconds(7))).isEqualTo("7s");
    assertThat(Progress.duration(Duration.ofSeconds(7_500))).isEqualTo("2h05m");
  }

  @Test
  void modeFollowsTheTerminalUnlessTheEnvironmentSaysOtherwise() {
    assertThat(Progress.Mode.of(null, true)).isEqualTo(Progress.Mode.BAR);
    assertThat(Progress.Mode.of(null, false)).isEqualTo(Progress.Mode.PLAIN);
    assertThat(Progress.Mode.of("plain", true)).isEqualTo(Progress.Mode.PLAIN);
    assertThat(Progress.Mode.of(" OFF ", true)).isEqualTo(Progress.Mode.OFF);
    assertThat(Progress.Mode.of("bar", false)).isEqualTo(Progress.Mode.BAR);
    assertThatThrownBy(() -> Progress.Mode.of("fancy", true))
        .hasMessage("AIRACE_PROGRESS must be bar, plain or off, got \"fancy\"");
  }
}
