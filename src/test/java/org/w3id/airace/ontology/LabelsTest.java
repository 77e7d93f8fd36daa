package org.w3id.airace.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.airace.vocab.Race;

/**
 * Every term of the ontology is documented in English and German: classes, properties and
 * individuals have an {@code rdfs:label}, SKOS concepts a {@code skos:prefLabel}, and all of them a
 * {@code skos:definition}, in {@code @en} and in {@code @de}.
 */
class LabelsTest {
  private static final List<String> LANGUAGES = List.of("en", "de");
  private static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/airace/ontology");
  private static Graph ontology;

  @BeforeAll
  static void read() {
    ontology = OntologyConsistencyTest.ontology();
  }

  @Test
  void everyTermHasLabelAndDefinitionInEnglishAndGerman() {
    Set<Node> terms = terms();
    // Not vacuous: classes, properties, strategies and the fixed individuals are all there.
    assertThat(terms)
        .contains(
            Race.Actor,
            NodeFactory.createURI(Race.NS + "pursues"),
            NodeFactory.createURI(Race.NS + "Centralization"),
            NodeFactory.createURI(Race.NS + "Hedged"))
        .hasSizeGreaterThan(80);
    List<String> offenders = new ArrayList<>();
    for (Node term : terms) {
      Node label = isConcept(term) ? SKOS.prefLabel.asNode() : RDFS.label.asNode();
      for (String lang : LANGUAGES) {
        for (Node property : List.of(label, SKOS.definition.asNode())) {
          if (!hasText(term, property, lang)) {
            offenders.add("race:" + term.getLocalName() + " has no " + name(property) + "@" + lang);
          }
        }
      }
    }
    assertThat(offenders).as("terms without labels or definitions").isEmpty();
  }

  @Test
  void everyConceptAlsoHasAnAlternativeLabelInEnglishAndGerman() {
    List<String> offenders = new ArrayList<>();
    for (Node term : terms()) {
      for (String lang : LANGUAGES) {
        if (ontology.contains(term, SKOS.prefLabel.asNode(), Node.ANY)
            && !hasText(term, SKOS.altLabel.asNode(), lang)) {
          offenders.add("race:" + term.getLocalName() + " has no skos:altLabel@" + lang);
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void headerSaysWhatTheOntologyIsAndWhoMayUseIt() {
    List<String> missing = new ArrayList<>();
    for (Node property :
        List.of(
            OWL.versionIRI.asNode(),
            OWL.versionInfo.asNode(),
            DCTerms.license.asNode(),
            DCTerms.creator.asNode(),
            DCTerms.created.asNode(),
            DCTerms.modified.asNode(),
            NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespacePrefix"))) {
      if (!ontology.contains(ONTOLOGY, property, Node.ANY)) {
        missing.add(name(property));
      }
    }
    for (Node property :
        List.of(DCTerms.title.asNode(), DCTerms.description.asNode(), SKOS.changeNote.asNode())) {
      for (String lang : LANGUAGES) {
        if (!hasText(ONTOLOGY, property, lang)) {
          missing.add(name(property) + "@" + lang);
        }
      }
    }
    assertThat(missing).as("missing from the ontology header").isEmpty();
    assertThat(ontology.contains(ONTOLOGY, RDF.type.asNode(), OWL.Ontology.asNode())).isTrue();
    assertThat(
            ontology.contains(
                ONTOLOGY,
                DCTerms.license.asNode(),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")))
        .as("licensed CC BY 4.0")
        .isTrue();
  }

  /** Every IRI in the race: namespace that the two files give a type. */
  static Set<Node> terms() {
    Set<Node> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
    ontology
        .find(Node.ANY, RDF.type.asNode(), Node.ANY)
        .forEachRemaining(
            t -> {
              if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Race.NS)) {
                terms.add(t.getSubject());
              }
            });
    return terms;
  }

  private static boolean isConcept(Node term) {
    return ontology.contains(term, RDF.type.asNode(), SKOS.Concept.asNode())
        || ontology.contains(term, RDF.type.asNode(), NodeFactory.createURI(Race.NS + "Strategy"));
  }

  private static boolean hasText(Node subject, Node property, String lang) {
    return ontology.find(subject, property, Node.ANY).toList().stream()
        .map(t -> t.getObject())
        .anyMatch(
            o ->
                o.isLiteral()
                    && o.getLiteralLanguage().equalsIgnoreCase(lang)
                    && !o.getLiteralLexicalForm().isBlank());
  }

  private static String name(Node property) {
    String iri = property.getURI();
    for (String[] prefix :
        new String[][] {
          {"rdfs:", RDFS.uri}, {"skos:", SKOS.uri}, {"dct:", DCTerms.NS}, {"owl:", OWL.NS}
        }) {
      if (iri.startsWith(prefix[1])) {
        return prefix[0] + iri.substring(prefix[1].length());
      }
    }
    return "<" + iri + ">";
  }
}
