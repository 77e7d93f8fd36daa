package org.w3id.airace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;

/**
 * Every dump format, read back by a second implementation — RDF4J's Rio — is isomorphic to what
 * Jena holds, graph by graph, and carries the dataset's description.
 */
class ExportRoundTripTest {
  @TempDir static Path dir;
  private static DatasetGraph original;
  private static Path db;

  @BeforeAll
  static void load() {
    db = dir.resolve("db");
    try (Store store = Store.open(db)) {
      new Loader(store, Extractor.bundled())
          .load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      original = DatasetGraphFactory.createGeneral();
      store.dataset().executeRead(() -> store.dataset().find().forEachRemaining(original::add));
    }
  }

  @ParameterizedTest(name = "{0}, read by RDF4J Rio")
  @EnumSource(Exporter.Format.class)
  void eachDumpReadByRioIsWhatJenaHolds(Exporter.Format format) throws IOException {
    Path out = dir.resolve("dump-" + format);
    List<Path> files;
    try (Store store = Store.open(db)) {
      files = new Exporter(store).export(format, out, format == Exporter.Format.TTL);
    }
    DatasetGraph read = DatasetGraphFactory.createGeneral();
    for (Path file : files) {
      Model model = parse(file);
      assertThat(model).as(file.toString()).isNotEmpty();
      Node graph = format.quads() ? null : graphOf(file);
      Map<String, Node> blanks = new HashMap<>();
      for (Statement st : model) {
        Node g = graph != null ? graph : node(st.getContext(), blanks);
        assertThat(g).as("a named graph for every quad in " + file).isNotNull();
        read.add(
            g,
            node(st.getSubject(), blanks),
            node(st.getPredicate(), blanks),
            node(st.getObject(), blanks));
      }
    }
    Graph description = read.getGraph(DatasetDescription.GRAPH);
    assertThat(description.isEmpty()).as("the VoID description in the dump").isFalse();
    assertThat(
            description.contains(
                NodeFactory.createURI(DatasetDescription.DATASET),
                NodeFactory.createURI("http://rdfs.org/ns/void#triples"),
                Node.ANY))
        .isTrue();
    read.removeGraph(DatasetDescription.GRAPH);
    assertThat(IsoMatcher.isomorphic(original, read)).as(format + " read by Rio").isTrue();
  }

  /** The named graph a per-graph file holds, from the graph IRIs of the original. */
  private static Node graphOf(Path file) {
    String stem = file.getFileName().toString().replaceAll("\\..*$", "");
    if (stem.equals(Exporter.fileStem(DatasetDescription.GRAPH))) {
      return DatasetDescription.GRAPH;
    }
    for (Node graph : (Iterable<Node>) original::listGraphNodes) {
      if (Exporter.fileStem(graph).equals(stem)) {
        return graph;
      }
    }
    throw new AssertionError("no graph for " + file);
  }

  private static Model parse(Path file) throws IOException {
    String name = file.getFileName().toString().replaceAll("\\.gz$", "");
    RDFFormat format =
        Rio.getParserFormatForFileName(name)
            .orElseThrow(() -> new AssertionError("Rio knows no format for " + name));
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return Rio.parse(in, "", format);
    }
  }

  private static Node node(Value value, Map<String, Node> blanks) {
    if (value instanceof IRI iri) {
      return NodeFactory.createURI(iri.stringValue());
    }
    if (value instanceof BNode bnode) {
      return blanks.computeIfAbsent(bnode.getID(), id -> NodeFactory.createBlankNode());
    }
    Literal literal = (Literal) value;
    Optional<String> language = literal.getLanguage();
    return language.isPresent()
        ? NodeFactory.createLiteralLang(literal.getLabel(), language.get())
        : NodeFactory.createLiteralDT(
            literal.getLabel(),
            org.apache.jena.datatypes.TypeMapper.getInstance()
                .getSafeTypeByName(literal.getDatatype().stringValue()));
  }
}
