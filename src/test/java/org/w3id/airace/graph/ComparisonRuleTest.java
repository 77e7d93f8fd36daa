package org.w3id.airace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;

/** Rule 10: the baseline of a comparison, in its clause or in the clause right after it. */
class ComparisonRuleTest {
  private static final String COMPARISONS =
      "SELECT ?subject ?baseline ?dimension ?ratio WHERE { ?c a race:Comparison ;"
          + " race:subjectEntity ?subject ; race:baselineEntity ?baseline ;"
          + " race:dimension ?dimension . OPTIONAL { ?c race:ratio ?ratio } }";

  @TempDir Path dir;

  private Graph extract(String text) {
    Path file = Fixtures.write(dir, "comparison.txt", text);
    return Extractor.bundled().extract(file, Optional.of("de")).graph();
  }

  @Test
  void theBaselineInTheClauseAfterTheDimension() {
    Graph g = extract("Mistral AI kommt mit 10 % der Rechenleistung aus, die OpenAI aufwendet.");
    assertThat(RuleRows.of(g, COMPARISONS)).containsExactly("Mistral_AI OpenAI Resources 0.1");
  }

  @Test
  void noBaselineTwoClausesAway() {
    Graph g =
        extract(
            "Mistral AI kommt mit 10 % der Rechenleistung aus, die es kauft, während OpenAI"
                + " wächst.");
    assertThat(RuleRows.of(g, COMPARISONS)).isEmpty();
  }
}
