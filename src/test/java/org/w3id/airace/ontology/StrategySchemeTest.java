package org.w3id.airace.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.airace.Fixtures;
import org.w3id.airace.vocab.Race;

/**
 * The strategy scheme and the fixed individuals are exactly those of the vocabulary contract in
 * DESIGN.md: the fifteen strategies with their broader concepts and opposing pairs, the outcome
 * types, the comparison dimensions and the certainty values.
 */
class StrategySchemeTest {
  private static final Map<String, String> BROADER =
      Map.of(
          "OpenRelease", "Decentralization",
          "ProprietaryControl", "Centralization",
          "CompetitiveMoat", "Centralization",
          "VerticalIntegration", "Centralization",
          "Commoditization", "Decentralization");
  private static final Set<String> OPPOSING_PAIRS =
      Set.of(
          "Centralization-Decentralization",
          "OpenRelease-ProprietaryControl",
          "Commoditization-VerticalIntegration",
          "Deregulation-Regulation");
  private static Graph ontology;

  @BeforeAll
  static void read() {
    ontology = OntologyConsistencyTest.ontology();
  }

  @Test
  void schemeHasExactlyTheFifteenStrategiesOfTheContract() {
    assertThat(localNames(instancesOf("Strategy")))
        .containsExactlyInAnyOrderElementsOf(Fixtures.STRATEGIES);
    Node scheme = term("StrategyScheme");
    assertThat(instancesOf("Strategy"))
        .allSatisfy(s -> assertThat(ontology.contains(s, SKOS.inScheme.asNode(), scheme)).isTrue());
  }

  @Test
  void broaderLinksAreThoseOfTheContractAndNarrowerMirrorsThem() {
    Map<String, String> broader = new TreeMap<>();
    ontology
        .find(Node.ANY, SKOS.broader.asNode(), Node.ANY)
        .forEachRemaining(
            t -> broader.put(t.getSubject().getLocalName(), t.getObject().getLocalName()));
    assertThat(broader).isEqualTo(new TreeMap<>(BROADER));
    Map<String, String> narrower = new TreeMap<>();
    ontology
        .find(Node.ANY, SKOS.narrower.asNode(), Node.ANY)
        .forEachRemaining(
            t -> narrower.put(t.getObject().getLocalName(), t.getSubject().getLocalName()));
    assertThat(narrower).isEqualTo(broader);
    Set<Node> topConcepts = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
    ontology
        .find(term("StrategyScheme"), SKOS.hasTopConcept.asNode(), Node.ANY)
        .forEachRemaining(t -> topConcepts.add(t.getObject()));
    assertThat(localNames(topConcepts)).hasSize(10).doesNotContainAnyElementsOf(BROADER.keySet());
  }

  @Test
  void opposingPairsAreThoseOfTheContractWrittenBothWays() {
    Set<String> pairs = new TreeSet<>();
    Node opposes = term("opposes");
    ontology
        .find(Node.ANY, opposes, Node.ANY)
        .forEachRemaining(
            t -> {
              assertThat(ontology.contains(t.getObject(), opposes, t.getSubject()))
                  .as(t.getObject().getLocalName() + " opposes " + t.getSubject().getLocalName())
                  .isTrue();
              String a = t.getSubject().getLocalName();
              String b = t.getObject().getLocalName();
              pairs.add(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
            });
    assertThat(pairs).isEqualTo(OPPOSING_PAIRS);
  }

  @Test
  void fixedIndividualsAreThoseOfTheContract() {
    assertThat(localNames(instancesOf("OutcomeType")))
        .containsExactlyInAnyOrder("MarketDominance", "ProfitableNiche", "Parity", "Decline");
    assertThat(localNames(instancesOf("ComparisonDimension")))
        .containsExactlyInAnyOrder("Cost", "Performance", "Resources");
    assertThat(localNames(instancesOf("Certainty")))
        .containsExactlyInAnyOrder("Asserted", "Hedged");
  }

  private static Set<Node> instancesOf(String localName) {
    Set<Node> instances = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
    ontology
        .find(Node.ANY, RDF.type.asNode(), term(localName))
        .forEachRemaining(t -> instances.add(t.getSubject()));
    return instances;
  }

  private static Set<String> localNames(Set<Node> nodes) {
    Set<String> names = new TreeSet<>();
    nodes.forEach(n -> names.add(n.getLocalName()));
    return names;
  }

  private static Node term(String localName) {
    return NodeFactory.createURI(Race.NS + localName);
  }
}
