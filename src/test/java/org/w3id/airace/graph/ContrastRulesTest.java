package org.w3id.airace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.vocab.Race;

/** The contrast rules on short texts written for them: within a sentence, back, and with "zu X". */
class ContrastRulesTest {
  private static Extractor extractor;
  @TempDir Path dir;

  @BeforeAll
  static void extractor() {
    extractor = Extractor.bundled();
  }

  private Graph extract(String language, String text) {
    Path file = Fixtures.write(dir, "contrast.txt", text);
    return extractor.extract(file, Optional.of(language)).graph();
  }

  private static List<String> contrasts(Graph graph) {
    return graph.find(Node.ANY, Race.contrastsWith, Node.ANY).toList().stream()
        .map(t -> local(t.getSubject()) + "/" + local(t.getObject()))
        .sorted()
        .toList();
  }

  private static String local(Node n) {
    String iri = n.getURI();
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }

  @Test
  void hingegenSetsTheAgentAgainstTheOneOfTheSentenceBefore() {
    Graph g =
        extract(
            "de",
            "Die EU setzt auf Regulierung. Washington hingegen verfolgt einen Kurs der"
                + " Deregulierung.");
    assertThat(contrasts(g))
        .contains(
            "European_Union/United_States",
            "United_States/European_Union",
            "Deregulation/Regulation",
            "Regulation/Deregulation");
  }

  @Test
  void theActorNamedByTheContrastCueIsSetAgainstTheAgent() {
    Graph g =
        extract("en", "Alibaba is different. In contrast to Meta, it keeps its models closed.");
    assertThat(contrasts(g)).contains("Alibaba/Meta", "Meta/Alibaba");
  }

  @Test
  void anOrganisationIsNotContrastedWithItsOwnCountry() {
    Graph g = extract("de", "China setzt auf Effizienz. DeepSeek hingegen veröffentlicht Modelle.");
    assertThat(contrasts(g)).isEmpty();
    assertThat(
            g.contains(
                NodeFactory.createURI(Race.RESOURCE + "DeepSeek"), Race.contrastsWith, Node.ANY))
        .isFalse();
  }
}
