package org.w3id.airace.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The term sections of the page, in order. Every {@code race:} term of the ontology is in exactly
 * one of them (the first that claims it), so it has exactly one anchor.
 */
final class Sections {
  /** One section: its anchor, its titles in English and German, and its terms. */
  record Section(String id, String en, String de, List<Node> terms) {}

  private Sections() {}

  static List<Section> of(OntologyView view) {
    List<Section> sections = new ArrayList<>();
    Set<Node> placed = new LinkedHashSet<>();
    Set<Node> classes = new TreeSet<>(OntologyView.BY_NAME);
    classes.addAll(view.ofType(OWL.Class.asNode()));
    classes.addAll(view.ofType(RDFS.Class.asNode()));
    add(sections, placed, "classes", "Classes", "Klassen", List.copyOf(classes));
    add(
        sections,
        placed,
        "object-properties",
        "Object properties",
        "Objekteigenschaften",
        view.ofType(OWL.ObjectProperty.asNode()));
    add(
        sections,
        placed,
        "datatype-properties",
        "Datatype properties",
        "Datentypeigenschaften",
        view.ofType(OWL.DatatypeProperty.asNode()));
    add(
        sections,
        placed,
        "annotation-properties",
        "Annotation properties",
        "Annotationseigenschaften",
        view.ofType(OWL.AnnotationProperty.asNode()));
    List<Node> strategies = new ArrayList<>(view.ofType(SKOS.ConceptScheme.asNode()));
    strategies.addAll(view.ofType(OntologyView.race("Strategy")));
    add(sections, placed, "strategies", "Strategies", "Strategien", strategies);
    add(
        sections,
        placed,
        "outcome-types",
        "Outcome types",
        "Ergebnisarten",
        view.ofType(OntologyView.race("OutcomeType")));
    add(
        sections,
        placed,
        "comparison-dimensions",
        "Comparison dimensions",
        "Vergleichsdimensionen",
        view.ofType(OntologyView.race("ComparisonDimension")));
    add(
        sections,
        placed,
        "certainty-values",
        "Certainty values",
        "Gewissheitsgrade",
        view.ofType(OntologyView.race("Certainty")));
    List<Node> others = new ArrayList<>(view.raceSubjects());
    others.removeIf(n -> isShape(view, n));
    add(sections, placed, "other-terms", "Other terms", "Weitere Begriffe", others);
    return List.copyOf(sections);
  }

  /** Every term with an entry on the page. */
  static Set<Node> terms(List<Section> sections) {
    Set<Node> all = new LinkedHashSet<>();
    sections.forEach(s -> all.addAll(s.terms()));
    return all;
  }

  static boolean isShape(OntologyView view, Node node) {
    return view.has(node, RDF.type.asNode(), SHACL.NodeShape)
        || view.has(node, RDF.type.asNode(), SHACL.PropertyShape);
  }

  private static void add(
      List<Section> sections, Set<Node> placed, String id, String en, String de, List<Node> terms) {
    List<Node> fresh = terms.stream().filter(placed::add).toList();
    if (!fresh.isEmpty()) {
      sections.add(new Section(id, en, de, fresh));
    }
  }
}
