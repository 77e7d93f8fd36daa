package org.w3id.airace.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void pairedRatioIsTheMedianOfThePairsRatios() {
    // Under a load that doubles the second and third pair, every pair still says 0.9.
    double[] before = {10, 20, 20, 10, 10};
    double[] after = {9, 18, 18, 9, 9};

    assertThat(Samples.pairedRatio(after, before)).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void pairedRatioIsNotTheRatioOfTheMedians() {
    double[] before = {10, 10, 30};
    double[] after = {5, 20, 30};

    // Pairs 0.5, 2, 1: median 1; the medians alone would give 20 / 10 = 2.
    assertThat(Samples.pairedRatio(after, before)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void pairedRatioNeedsPairs() {
    assertThatThrownBy(() -> Samples.pairedRatio(new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pair up");
  }
}
