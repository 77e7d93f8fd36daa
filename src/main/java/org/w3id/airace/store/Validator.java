package org.w3id.airace.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.airace.rdf.ReadUnion;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Nif;
import org.w3id.airace.vocab.Race;

/**
 * Checks graphs against the SHACL shapes of {@code ontology/shapes.ttl} (Jena SHACL, with
 * SHACL-SPARQL). A graph is checked together with the graphs it relies on — an article's graph with
 * the entities and the ontology, so that {@code race:Country} counts as {@code race:Actor} and
 * strategies are known — and the report keeps the violations whose focus node the checked graph
 * describes (is the subject of one of its triples).
 *
 * <pre>{@code
 * Validator validator = Validator.bundled();
 * ValidationReport report = validator.validate("x.md", articleGraph, entitiesGraph, ontology);
 * if (!report.conforms()) System.out.print(report.text());
 * }</pre>
 */
public final class Validator {
  /** The bundled shapes file. */
  public static final String SHAPES = Bundled.SHAPES;

  private static final String SHACL_NS = "http://www.w3.org/ns/shacl#";

  private static final String SOURCE_SENTENCE = "queries/shapes/source-sentence.rq";

  private final Shapes shapes;
  private final Optional<SparqlChecks> sparqlChecks;
  private final Shapes checkedByJena;
  private final Graph shapesGraph;
  private final PrefixMap prefixes;
  private final Prologue prologue;
  private final Query sentenceQuery;

  /**
   * A validator for these shapes.
   *
   * @throws StoreException when the shapes are not valid SHACL
   */
  public Validator(Graph shapesGraph) {
    try {
      this.shapes = Shapes.parse(shapesGraph);
    } catch (RuntimeException e) {
      throw new StoreException("the SHACL shapes cannot be parsed: " + e.getMessage(), e);
    }
    this.shapesGraph = shapesGraph;
    this.sparqlChecks = SparqlChecks.of(shapes);
    this.checkedByJena =
        sparqlChecks.isPresent() ? Shapes.parse(withoutSparql(shapesGraph)) : shapes;
    this.prefixes = shapes.getPrefixMap();
    this.prologue = new Prologue(Prefixes.adapt(prefixes));
    this.sentenceQuery = new ParameterizedSparqlString(Bundled.read(SOURCE_SENTENCE)).asQuery();
  }

  /**
   * A validator of the same shapes for another thread: Jena's parsed shapes and queries are not
   * meant to be shared between threads at work.
   */
  public Validator copy() {
    return new Validator(shapesGraph);
  }

  /** The validator of the shapes bundled with airace. */
  public static Validator bundled() {
    return new Validator(shapes());
  }

  /** The bundled shapes as a graph. */
  public static Graph shapes() {
    Graph graph = GraphFactory.createDefaultGraph();
    try (InputStream in = Bundled.open(SHAPES)) {
      RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
    } catch (IOException | RuntimeException e) {
      throw new StoreException(SHAPES + ": " + e.getMessage(), e);
    }
    return graph;
  }

  /** The shapes, parsed. */
  public Shapes parsed() {
    return shapes;
  }

  /**
   * Validates {@code data} with {@code context} visible (for types and the things it points at),
   * and reports the violations of the nodes {@code data} describes.
   *
   * @param source the file or graph name the report gives
   */
  public ValidationReport validate(String source, Graph data, Graph... context) {
    return validate(source, data, context(context));
  }

  /**
   * Validates {@code data} as {@link #validate(String, Graph, Graph...)} does, with {@code context}
   * (from {@link #context(Graph...)}, made once for many graphs) visible.
   *
   * <p>Only the nodes {@code data} describes (the subjects of its triples) are validated, each
   * against the shapes whose targets it is in, in {@code data} and {@code context} read as one
   * graph: the nodes of the context alone are not validated again for every graph checked with it.
   * Jena validates the core constraints; the SHACL-SPARQL ones run once per graph ({@link
   * SparqlChecks}) where they can.
   */
  public ValidationReport validate(String source, Graph data, Graph context) {
    Graph all = new ReadUnion(data, context);
    Collection<ReportEntry> entries;
    try {
      entries = entries(data, all);
    } catch (RuntimeException e) {
      throw new StoreException(source + ": the SHACL validation failed: " + e.getMessage(), e);
    }
    List<ValidationReport.Violation> violations = new ArrayList<>();
    for (ReportEntry entry : entries) {
      violations.add(violation(entry, all));
    }
    violations.sort(
        Comparator.comparing(ValidationReport.Violation::focus)
            .thenComparing(ValidationReport.Violation::shape)
            .thenComparing(ValidationReport.Violation::path)
            .thenComparing(v -> v.value().orElse("")));
    return new ValidationReport(source, violations);
  }

  /** Jena's report entries of the nodes {@code data} describes, validated in {@code all}. */
  Collection<ReportEntry> entries(Graph data, Graph all) {
    Set<Node> described = new HashSet<>();
    GraphUtil.listSubjects(data, Node.ANY, Node.ANY).forEachRemaining(described::add);
    Map<Node, Set<Node>> focus = SparqlChecks.focusNodes(checkedByJena, all, described);
    ValidationContext run = ValidationContext.create(checkedByJena, all);
    for (Shape shape : checkedByJena.getTargetShapes()) {
      for (Node node : focus.get(shape.getShapeNode())) {
        VLib.validateShape(run, all, shape, node);
      }
    }
    sparqlChecks.ifPresent(checks -> checks.validate(run, all, focus));
    return run.generateReport().getEntries();
  }

  /** The shapes graph without its SHACL-SPARQL constraints (the triples of sh:sparql). */
  private static Graph withoutSparql(Graph shapesGraph) {
    Graph core = GraphFactory.createDefaultGraph();
    Node sparql = NodeFactory.createURI(SHACL_NS + "sparql");
    shapesGraph.find().filterDrop(t -> t.getPredicate().equals(sparql)).forEachRemaining(core::add);
    core.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
    return core;
  }

  /** The graphs a validation sees besides the one checked, as one graph (a copy). */
  public static Graph context(Graph... graphs) {
    Graph merged = GraphFactory.createDefaultGraph();
    for (Graph graph : graphs) {
      graph.find().forEachRemaining(merged::add);
    }
    return merged;
  }

  /**
   * Validates every graph of a database but the ontology: the entities graph with the ontology,
   * every other graph with the entities and the ontology. One report per graph, named by its IRI.
   */
  public List<ValidationReport> validate(DatasetGraph dataset) {
    return dataset.calculateRead(
        () -> {
          Graph ontology = dataset.getGraph(Race.ONTOLOGY_GRAPH);
          Graph entities = dataset.getGraph(Race.ENTITIES_GRAPH);
          Graph articleContext = context(entities, ontology);
          List<ValidationReport> reports = new ArrayList<>();
          List<Node> names = new ArrayList<>();
          dataset.listGraphNodes().forEachRemaining(names::add);
          names.sort(
              Comparator.comparing((Node n) -> !n.equals(Race.ENTITIES_GRAPH))
                  .thenComparing(n -> n.toString()));
          for (Node name : names) {
            if (name.equals(Race.ONTOLOGY_GRAPH)) {
              continue;
            }
            Graph graph = dataset.getGraph(name);
            reports.add(
                name.equals(Race.ENTITIES_GRAPH)
                    ? validate(name.getURI(), graph, ontology)
                    : validate(name.getURI(), graph, entities, ontology));
          }
          return reports;
        });
  }

  private ValidationReport.Violation violation(ReportEntry entry, Graph data) {
    Node focus = entry.focusNode();
    String shown = show(focus, data);
    return new ValidationReport.Violation(
        shown,
        label(focus, data).orElse(shown),
        entry.resultPath() == null ? "" : entry.resultPath().toString(prologue),
        Optional.ofNullable(entry.value()).map(value -> show(value, data)),
        entry.message(),
        show(entry.source()),
        label(entry.source(), shapesGraph).orElse(show(entry.source())),
        show(entry.sourceConstraintComponent()),
        sentence(focus, data));
  }

  /** An IRI in prefixed form where a prefix of the shapes file fits, else in angle brackets. */
  private String show(Node node) {
    return NodeFmtLib.str(node, prefixes);
  }

  /**
   * Like {@link #show(Node)}, but a blank node as what it says: {@code [ schema:value 5 ; ... ]}.
   */
  private String show(Node node, Graph data) {
    if (!node.isBlank()) {
      return show(node);
    }
    List<String> parts = new ArrayList<>();
    data.find(node, Node.ANY, Node.ANY)
        .forEachRemaining(
            t ->
                parts.add(
                    (t.getPredicate().equals(RDF.type.asNode()) ? "a" : show(t.getPredicate()))
                        + " "
                        + (t.getObject().isBlank() ? "[]" : show(t.getObject()))));
    parts.sort(Comparator.comparing((String p) -> !p.startsWith("a ")).thenComparing(p -> p));
    return parts.isEmpty() ? "[]" : "[ " + String.join(" ; ", parts) + " ]";
  }

  /** The English or plain rdfs:label, else any label, else the nif:anchorOf. */
  private static Optional<String> label(Node node, Graph graph) {
    List<Node> labels =
        graph.find(node, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
    Optional<Node> best =
        labels.stream()
            .filter(Node::isLiteral)
            .min(
                Comparator.comparing((Node l) -> rank(l.getLiteralLanguage()))
                    .thenComparing(Node::getLiteralLexicalForm));
    if (best.isPresent()) {
      return best.map(Node::getLiteralLexicalForm);
    }
    return graph
        .find(node, Nif.anchorOf, Node.ANY)
        .mapWith(t -> t.getObject())
        .filterKeep(Node::isLiteral)
        .toList()
        .stream()
        .findFirst()
        .map(Node::getLiteralLexicalForm);
  }

  private static int rank(String language) {
    return switch (language) {
      case "en" -> 0;
      case "" -> 1;
      default -> 2;
    };
  }

  /**
   * The text of the sentence the focus node comes from; ?focus is bound as a value, blank or not.
   */
  private Optional<String> sentence(Node focus, Graph data) {
    Binding row =
        QueryExec.graph(data)
            .query(sentenceQuery)
            .substitution(Var.alloc("focus"), focus)
            .select()
            .materialize()
            .stream()
            .findFirst()
            .orElse(null);
    return row == null
        ? Optional.empty()
        : Optional.of(row.get(Var.alloc("text")).getLiteralLexicalForm());
  }
}
