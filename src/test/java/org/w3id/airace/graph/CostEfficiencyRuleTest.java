package org.w3id.airace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.vocab.Race;

/**
 * Rule 11: the subject of a comparison on cost or resources with a ratio below 1 pursues cost
 * efficiency.
 */
class CostEfficiencyRuleTest {
  @TempDir Path dir;

  /** Whether the extraction of {@code text} has Meta pursuing cost efficiency. */
  private boolean metaPursuesCostEfficiency(String text) {
    Path file = Fixtures.write(dir, "cost.txt", text);
    Graph g = Extractor.bundled().extract(file, Optional.of("en")).graph();
    return g.contains(
        NodeFactory.createURI(Race.RESOURCE + "Meta"),
        NodeFactory.createURI(Race.NS + "pursues"),
        NodeFactory.createURI(Race.NS + "CostEfficiency"));
  }

  @Test
  void aFractionOfTheCostIsCostEfficiency() {
    assertThat(
            metaPursuesCostEfficiency(
                "Meta trains its models. It pays roughly 5 % of the price OpenAI pays."))
        .isTrue();
  }

  @Test
  void aFractionOfTheComputeIsCostEfficiency() {
    assertThat(
            metaPursuesCostEfficiency(
                "Meta trains its models. It needs roughly 5 % of the compute OpenAI uses."))
        .isTrue();
  }

  @Test
  void aFractionOfThePerformanceIsNot() {
    assertThat(
            metaPursuesCostEfficiency(
                "Meta trains its models. They reach roughly 60 % of the performance OpenAI reaches."))
        .isFalse();
  }

  @Test
  void aMultipleOfTheCostIsNot() {
    assertThat(
            metaPursuesCostEfficiency(
                "Meta trains its models. It pays 300 % of the price OpenAI pays."))
        .isFalse();
  }
}
