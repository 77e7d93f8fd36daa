package org.w3id.airace.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** One term's entry: its labels and definitions in English and German, then its relations. */
final class TermEntry {
  static final List<String> LANGUAGES = List.of("en", "de");

  /** The kinds of term the heading names, by the type that makes them so. */
  private static final Map<Node, String> KINDS =
      Map.of(
          OWL2.Class.asNode(), "Class",
          RDFS.Class.asNode(), "Class",
          OWL2.ObjectProperty.asNode(), "Object property",
          OWL2.DatatypeProperty.asNode(), "Datatype property",
          OWL2.AnnotationProperty.asNode(), "Annotation property",
          RDF.Property.asNode(), "Property",
          SKOS.ConceptScheme.asNode(), "Concept scheme");

  private static final Map<Node, String> CHARACTERISTICS = characteristics();

  /** A row of the relations list: its title and the nodes it shows for a term. */
  private record Row(String title, Function<Node, List<Node>> values) {}

  private final OntologyView view;
  private final Links links;
  private final List<Row> rows;

  TermEntry(OntologyView view, Links links) {
    this.view = view;
    this.links = links;
    this.rows = rows();
  }

  String render(Node term) {
    String id = Html.escape(term.getLocalName());
    StringBuilder out = new StringBuilder();
    out.append("<article class=\"term\" id=\"").append(id).append("\">\n");
    out.append("<h3><a class=\"self\" href=\"#").append(id).append("\">").append(id);
    out.append("</a> <span class=\"kind\">").append(Html.escape(kind(term)));
    out.append("</span></h3>\n<p class=\"iri\"><code>").append(Html.escape(term.getURI()));
    out.append("</code></p>\n<div class=\"langs\">\n");
    for (String lang : LANGUAGES) {
      out.append(languageBlock(term, lang));
    }
    out.append("</div>\n").append(relations(term)).append("</article>\n");
    return out.toString();
  }

  /** What the term is: "Class", "Object property", or the label of its class ("Strategy"). */
  String kind(Node term) {
    List<Node> types = view.objects(term, RDF.type.asNode());
    for (Node type : types) {
      if (KINDS.containsKey(type)) {
        return KINDS.get(type);
      }
    }
    return types.stream()
        .filter(OntologyView::isRace)
        .findFirst()
        .map(view::englishLabel)
        .orElse("Term");
  }

  private String languageBlock(Node term, String lang) {
    StringBuilder out = new StringBuilder();
    out.append("<div class=\"lang\" lang=\"").append(lang).append("\">");
    out.append("<span class=\"tag\">").append(lang.toUpperCase(Locale.ROOT));
    out.append("</span>\n<p class=\"label\">");
    out.append(Html.escape(view.label(term, lang).orElse("—"))).append("</p>\n");
    List<String> alt = view.texts(term, SKOS.altLabel.asNode(), lang);
    if (!alt.isEmpty()) {
      out.append("<p class=\"alt\">")
          .append(lang.equals("de") ? "auch: " : "also: ")
          .append(alt.stream().map(Html::escape).collect(Collectors.joining(" · ")))
          .append("</p>\n");
    }
    for (String definition : view.texts(term, SKOS.definition.asNode(), lang)) {
      out.append("<p class=\"def\">").append(links.prose(definition)).append("</p>\n");
    }
    return out.append("</div>\n").toString();
  }

  private String relations(Node term) {
    StringBuilder out = new StringBuilder();
    for (Row row : rows) {
      List<Node> values = row.values().apply(term);
      if (!values.isEmpty()) {
        out.append("<dt>").append(row.title()).append("</dt><dd>");
        out.append(links.all(values)).append("</dd>\n");
      }
    }
    String traits = characteristicsOf(term);
    if (!traits.isEmpty()) {
      out.append("<dt>Characteristics</dt><dd>").append(traits).append("</dd>\n");
    }
    for (Node chain : view.objects(term, OWL2.propertyChainAxiom.asNode())) {
      out.append("<dt>Property chain</dt><dd>").append(chain(chain)).append("</dd>\n");
    }
    for (Node note : notes(term)) {
      out.append("<dt>Note</dt><dd lang=\"").append(Html.escape(note.getLiteralLanguage()));
      out.append("\">").append(links.prose(note.getLiteralLexicalForm())).append("</dd>\n");
    }
    return out.isEmpty() ? "" : "<dl class=\"facts\">\n" + out + "</dl>\n";
  }

  private String characteristicsOf(Node term) {
    List<String> traits = new ArrayList<>();
    CHARACTERISTICS.forEach(
        (type, word) -> {
          if (view.has(term, RDF.type.asNode(), type)) {
            traits.add(word);
          }
        });
    return String.join(", ", traits);
  }

  private String chain(Node head) {
    List<String> steps = new ArrayList<>();
    for (Node step : view.list(head)) {
      List<Node> inverse = view.objects(step, OWL2.inverseOf.asNode());
      steps.add(
          step.isBlank() && !inverse.isEmpty()
              ? "(inverse of " + links.to(inverse.get(0)) + ")"
              : links.to(step));
    }
    return String.join(" ∘ ", steps);
  }

  private List<Node> notes(Node term) {
    List<Node> notes = new ArrayList<>();
    for (Node p :
        List.of(
            SKOS.scopeNote.asNode(),
            SKOS.note.asNode(),
            SKOS.example.asNode(),
            SKOS.editorialNote.asNode(),
            RDFS.comment.asNode())) {
      view.objects(term, p).stream().filter(Node::isLiteral).forEach(notes::add);
    }
    return notes;
  }

  private List<Row> rows() {
    Node type = RDF.type.asNode();
    Node subClassOf = RDFS.subClassOf.asNode();
    Node subPropertyOf = RDFS.subPropertyOf.asNode();
    return List.of(
        new Row("Instance of", t -> without(view.objects(t, type), structuralTypes())),
        new Row("Subclass of", t -> view.objects(t, subClassOf)),
        new Row("Subclasses", t -> view.subjects(subClassOf, t)),
        new Row(
            "Equivalent to",
            t ->
                union(
                    view.bothWays(t, OWL2.equivalentClass.asNode()),
                    view.bothWays(t, OWL2.equivalentProperty.asNode()))),
        new Row("Disjoint with", t -> view.bothWays(t, OWL2.disjointWith.asNode())),
        new Row("Domain", t -> view.objects(t, RDFS.domain.asNode())),
        new Row("Range", t -> view.objects(t, RDFS.range.asNode())),
        new Row("Subproperty of", t -> view.objects(t, subPropertyOf)),
        new Row("Subproperties", t -> view.subjects(subPropertyOf, t)),
        new Row("Inverse of", t -> named(view.bothWays(t, OWL2.inverseOf.asNode()))),
        new Row("In scheme", t -> view.objects(t, SKOS.inScheme.asNode())),
        new Row("Top concepts", t -> view.objects(t, SKOS.hasTopConcept.asNode())),
        new Row("Broader", t -> related(t, SKOS.broader.asNode(), SKOS.narrower.asNode())),
        new Row("Narrower", t -> related(t, SKOS.narrower.asNode(), SKOS.broader.asNode())),
        new Row("Opposes", t -> view.bothWays(t, OntologyView.race("opposes"))),
        new Row("Related", t -> view.bothWays(t, SKOS.related.asNode())),
        new Row(
            "Matches",
            t ->
                union(
                    view.objects(t, SKOS.exactMatch.asNode()),
                    view.objects(t, SKOS.closeMatch.asNode()))),
        new Row("Domain of", t -> view.subjects(RDFS.domain.asNode(), t)),
        new Row("Range of", t -> view.subjects(RDFS.range.asNode(), t)),
        new Row("Instances", t -> view.subjects(type, t)));
  }

  private List<Node> related(Node term, Node forward, Node backward) {
    return union(view.objects(term, forward), view.subjects(backward, term));
  }

  private static Set<Node> structuralTypes() {
    Set<Node> structural = new LinkedHashSet<>(KINDS.keySet());
    structural.addAll(CHARACTERISTICS.keySet());
    structural.add(OWL2.NamedIndividual.asNode());
    return structural;
  }

  private static List<Node> without(List<Node> nodes, Set<Node> excluded) {
    return nodes.stream().filter(n -> !excluded.contains(n)).toList();
  }

  private static List<Node> named(List<Node> nodes) {
    return nodes.stream().filter(Node::isURI).toList();
  }

  private static List<Node> union(List<Node> a, List<Node> b) {
    Set<Node> all = new TreeSet<>(OntologyView.BY_NAME);
    all.addAll(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static Map<Node, String> characteristics() {
    Map<Node, String> m = new LinkedHashMap<>();
    m.put(OWL2.FunctionalProperty.asNode(), "functional");
    m.put(OWL2.InverseFunctionalProperty.asNode(), "inverse functional");
    m.put(OWL2.SymmetricProperty.asNode(), "symmetric");
    m.put(OWL2.AsymmetricProperty.asNode(), "asymmetric");
    m.put(OWL2.TransitiveProperty.asNode(), "transitive");
    m.put(OWL2.ReflexiveProperty.asNode(), "reflexive");
    m.put(OWL2.IrreflexiveProperty.asNode(), "irreflexive");
    return m;
  }
}
