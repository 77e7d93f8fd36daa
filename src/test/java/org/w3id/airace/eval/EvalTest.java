package org.w3id.airace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.airace.graph.Extractor;

/**
 * Every extraction case keeps the quality its {@code thresholds.properties} sets: {@code recall}
 * and {@code precision} overall, {@code recall.KIND} and {@code precision.KIND} for one kind of
 * fact.
 */
class EvalTest {
  private static final Path CASES = Path.of("src/test/resources/cases");
  private static Evaluator evaluator;

  @BeforeAll
  static void evaluator() {
    evaluator = new Evaluator(Extractor.bundled());
  }

  static List<EvalCase> cases() {
    return EvalCase.at(CASES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseKeepsItsThresholds(EvalCase c) throws IOException {
    Properties thresholds = new Properties();
    try (Reader in = Files.newBufferedReader(c.article().resolveSibling("thresholds.properties"))) {
      thresholds.load(in);
    }
    CaseResult result = evaluator.evaluate(c);
    assertThat(thresholds).as("%s sets at least one threshold", c.name()).isNotEmpty();
    for (String key : thresholds.stringPropertyNames()) {
      double floor = Double.parseDouble(thresholds.getProperty(key));
      String[] parts = key.split("\\.", 2);
      double figure =
          parts.length == 1
              ? (parts[0].equals("recall") ? result.recall() : result.precision())
              : (parts[0].equals("recall")
                  ? result.kind(parts[1]).recall()
                  : result.kind(parts[1]).precision());
      assertThat(figure).as("%s: %s", c.name(), key).isGreaterThanOrEqualTo(floor);
    }
  }
}
