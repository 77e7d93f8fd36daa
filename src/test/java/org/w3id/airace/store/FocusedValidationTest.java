package org.w3id.airace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.airace.Fixtures;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.rdf.ReadUnion;
import org.w3id.airace.vocab.Nif;

/**
 * The validator checks only the nodes a graph describes and runs the SHACL-SPARQL constraints once
 * per graph; what it reports must be exactly what Jena's own validation of the graph together with
 * its context reports for those nodes, constraint by constraint, message by message.
 */
class FocusedValidationTest {
  private static final Path FIXTURES = Path.of("src/test/resources/shapes");

  private static Validator validator;
  private static Inference inference;
  private static Graph context;
  private static Graph firstArticle;

  @BeforeAll
  static void setUp() {
    Extractor extractor = Extractor.bundled();
    validator = Validator.bundled();
    Graph ontology = Loader.ontology();
    inference = Inference.of(ontology);
    context = Validator.context(inference.apply(extractor.gazetteer().graph()), ontology);
    firstArticle =
        inference
            .apply(
                extractor
                    .withWords(true)
                    .extract(new ArticleReader().read(Fixtures.FIRST_ARTICLE, Optional.empty())))
            .graph();
  }

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".ttl") && !n.equals("text.ttl"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void aFixtureGetsTheEntriesOfJenasWholeValidation(String name) {
    Graph data = GraphFactory.createDefaultGraph();
    RDFDataMgr.read(data, FIXTURES.resolve("text.ttl").toString());
    RDFDataMgr.read(data, FIXTURES.resolve(name).toString());
    data = inference.apply(data);

    List<String> reference = reference(validator, data);

    assertThat(entries(validator, data)).containsExactlyInAnyOrderElementsOf(reference);
    if (!name.startsWith("valid") && !name.startsWith("pursues-narrower")) {
      assertThat(reference).as("a broken fixture is reported at all").isNotEmpty();
    }
  }

  @Test
  void theFirstArticleWithEveryAnchorAndOffsetBrokenGetsTheSameEntries() {
    Graph broken = GraphFactory.createDefaultGraph();
    firstArticle.find().forEachRemaining(broken::add);
    List<Triple> anchors = broken.find(Node.ANY, Nif.anchorOf, Node.ANY).toList();
    for (int i = 0; i < anchors.size(); i += 3) {
      Triple anchor = anchors.get(i);
      broken.delete(anchor);
      broken.add(
          anchor.getSubject(),
          Nif.anchorOf,
          NodeFactory.createLiteralString(anchor.getObject().getLiteralLexicalForm() + "!"));
    }
    List<Triple> ends = broken.find(Node.ANY, Nif.endIndex, Node.ANY).toList();
    for (int i = 1; i < ends.size(); i += 7) {
      broken.add(ends.get(i).getSubject(), Nif.endIndex, ends.get(i - 1).getObject());
    }

    List<String> reference = reference(validator, broken);

    assertThat(reference).hasSizeGreaterThan(anchors.size() / 3);
    assertThat(entries(validator, broken)).containsExactlyInAnyOrderElementsOf(reference);
    assertThat(entries(validator, firstArticle)).isEmpty();
  }

  @Test
  void aSparqlConstraintTheBatchCannotRunIsLeftToJena() {
    Graph shapes =
        RDFParser.fromString(
                """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <http://example.org/> .
                ex:Outer a sh:NodeShape ; sh:targetClass ex:Thing ; sh:node ex:Inner .
                ex:Inner a sh:NodeShape ;
                  sh:sparql [ a sh:SPARQLConstraint ; sh:message "{$this} has {?n}" ;
                    sh:select "SELECT $this ?n WHERE { $this <http://example.org/n> ?n FILTER (?n > 1) }" ] .
                ex:Counted a sh:NodeShape ; sh:targetSubjectsOf ex:n ;
                  sh:sparql [ a sh:SPARQLConstraint ; sh:message "too many" ;
                    sh:select "SELECT $this (COUNT(*) AS ?c) WHERE { $this <http://example.org/n> ?n } GROUP BY $this HAVING (COUNT(*) > 1)" ] .
                """,
                Lang.TURTLE)
            .toGraph();
    Validator own = new Validator(shapes);
    Graph data =
        RDFParser.fromString(
                """
                <http://example.org/a> a <http://example.org/Thing> ; <http://example.org/n> 1, 2, 3 .
                <http://example.org/b> a <http://example.org/Thing> ; <http://example.org/n> 0 .
                """,
                Lang.TURTLE)
            .toGraph();

    assertThat(SparqlChecks.of(own.parsed())).isEmpty();
    List<String> reference = reference(own, data, GraphFactory.createDefaultGraph());
    assertThat(reference).hasSize(2);
    assertThat(entries(own, data, GraphFactory.createDefaultGraph()))
        .containsExactlyInAnyOrderElementsOf(reference);
  }

  @Test
  void theBundledShapesAreRunOncePerGraph() {
    assertThat(SparqlChecks.of(validator.parsed())).isPresent();
  }

  private static List<String> entries(Validator validator, Graph data) {
    return entries(validator, data, context);
  }

  private static List<String> entries(Validator validator, Graph data, Graph context) {
    return shown(validator.entries(data, new ReadUnion(data, context)));
  }

  private static List<String> reference(Validator validator, Graph data) {
    return reference(validator, data, context);
  }

  /** Jena's validation of a copy of data and context together, kept to the nodes data describes. */
  private static List<String> reference(Validator validator, Graph data, Graph context) {
    Graph all = Validator.context(data, context);
    List<ReportEntry> kept = new ArrayList<>();
    for (ReportEntry entry : ShaclValidator.get().validate(validator.parsed(), all).getEntries()) {
      if (data.contains(entry.focusNode(), Node.ANY, Node.ANY)) {
        kept.add(entry);
      }
    }
    return shown(kept);
  }

  private static List<String> shown(Collection<ReportEntry> entries) {
    return entries.stream()
        .map(
            e ->
                String.join(
                    " | ",
                    String.valueOf(e.focusNode()),
                    String.valueOf(e.source()),
                    String.valueOf(e.resultPath()),
                    String.valueOf(e.value()),
                    e.message(),
                    String.valueOf(e.sourceConstraintComponent()),
                    String.valueOf(e.severity())))
        .toList();
  }
}
