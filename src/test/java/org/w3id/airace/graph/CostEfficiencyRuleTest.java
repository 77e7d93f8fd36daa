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

/** Rule 11: the subject of a comparison on cost with a ratio below 1 pursues cost efficiency. */
class CostEfficiencyRuleTest {
  @TempDir Path dir;

  private Graph extract(String text) {
    Path file = Fixtures.write(dir, "cost.txt", text);
    return Extractor.bundled().extract(file, Optional.of("en")).graph();
  }

  @Test
  void aFractionOfTheCostIsCostEfficiency() {
    Graph g = extract("Meta trains its models. It pays roughly 5 % of the price OpenAI pays.");
    assertThat(
            g.contains(
                NodeFactory.createURI(Race.RESOURCE + "Meta"),
                NodeFactory.createURI(Race.NS + "pursues"),
                NodeFactory.createURI(Race.NS + "CostEfficiency")))
        .isTrue();
  }

  @Test
  void aMultipleOfTheCostIsNot() {
    Graph g = extract("Meta trains its models. It pays 300 % of the price OpenAI pays.");
    assertThat(
            g.contains(
                NodeFactory.createURI(Race.RESOURCE + "Meta"),
                NodeFactory.createURI(Race.NS + "pursues"),
                NodeFactory.createURI(Race.NS + "CostEfficiency")))
        .isFalse();
  }
}
