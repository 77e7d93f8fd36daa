package org.w3id.airace.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.airace.vocab.Race;

/**
 * The ontology graph as the documentation reads it: the {@code race:} terms of each kind, sorted by
 * local name, and their labels, definitions and relations.
 */
final class OntologyView {
  /** The ontology's IRI. */
  static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/airace/ontology");

  /** Orders terms by local name, case-insensitively, then by IRI. */
  static final Comparator<Node> BY_NAME =
      Comparator.comparing(OntologyView::name, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(OntologyView::name)
          .thenComparing(n -> n.toString());

  private final Graph graph;

  OntologyView(Graph graph) {
    this.graph = graph;
  }

  /** The {@code race:} term with this local name. */
  static Node race(String localName) {
    return NodeFactory.createURI(Race.NS + localName);
  }

  private static String name(Node node) {
    return node.isURI() ? node.getLocalName() : node.toString();
  }

  static boolean isRace(Node node) {
    return node.isURI() && node.getURI().startsWith(Race.NS);
  }

  /** Every {@code race:} IRI that is the subject of a triple, sorted. */
  List<Node> raceSubjects() {
    Set<Node> found = new TreeSet<>(BY_NAME);
    graph
        .find(Node.ANY, Node.ANY, Node.ANY)
        .mapWith(Triple::getSubject)
        .filterKeep(OntologyView::isRace)
        .forEach(found::add);
    return List.copyOf(found);
  }

  /** The {@code race:} terms typed {@code type}, sorted. */
  List<Node> ofType(Node type) {
    Set<Node> found = new TreeSet<>(BY_NAME);
    found.addAll(subjects(RDF.type.asNode(), type));
    found.removeIf(n -> !isRace(n));
    return List.copyOf(found);
  }

  /** The objects of {@code subject predicate ?o}, sorted. */
  List<Node> objects(Node subject, Node predicate) {
    Set<Node> found = new TreeSet<>(BY_NAME);
    graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).forEach(found::add);
    return List.copyOf(found);
  }

  /** The subjects of {@code ?s predicate object}, sorted. */
  List<Node> subjects(Node predicate, Node object) {
    Set<Node> found = new TreeSet<>(BY_NAME);
    graph.find(Node.ANY, predicate, object).mapWith(Triple::getSubject).forEach(found::add);
    return List.copyOf(found);
  }

  /** A symmetric relation read both ways, without the node itself, sorted. */
  List<Node> bothWays(Node node, Node predicate) {
    Set<Node> found = new TreeSet<>(BY_NAME);
    found.addAll(objects(node, predicate));
    found.addAll(subjects(predicate, node));
    found.remove(node);
    return List.copyOf(found);
  }

  boolean has(Node subject, Node predicate, Node object) {
    return graph.contains(subject, predicate, object);
  }

  /** The literal values of {@code subject predicate} in that language, sorted. */
  List<String> texts(Node subject, Node predicate, String lang) {
    Set<String> found = new TreeSet<>();
    graph
        .find(subject, predicate, Node.ANY)
        .mapWith(Triple::getObject)
        .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang))
        .forEach(o -> found.add(o.getLiteralLexicalForm()));
    return List.copyOf(found);
  }

  /** The first (sorted) literal of {@code subject predicate} in that language. */
  Optional<String> text(Node subject, Node predicate, String lang) {
    return texts(subject, predicate, lang).stream().findFirst();
  }

  /** The label in that language: {@code rdfs:label}, else {@code skos:prefLabel}. */
  Optional<String> label(Node term, String lang) {
    return text(term, RDFS.label.asNode(), lang)
        .or(() -> text(term, SKOS.prefLabel.asNode(), lang));
  }

  /** The English label, else the local name. */
  String englishLabel(Node term) {
    return label(term, "en").orElse(term.isURI() ? term.getLocalName() : term.toString());
  }

  /** The members of an RDF list. */
  List<Node> list(Node head) {
    List<Node> members = new ArrayList<>();
    Node cell = head;
    while (cell != null && !cell.equals(RDF.nil.asNode()) && members.size() < 1000) {
      objects(cell, RDF.first.asNode()).stream().findFirst().ifPresent(members::add);
      cell = objects(cell, RDF.rest.asNode()).stream().findFirst().orElse(null);
    }
    return members;
  }
}
