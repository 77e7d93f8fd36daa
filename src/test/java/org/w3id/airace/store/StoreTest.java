package org.w3id.airace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.article.ArticleException;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.vocab.Race;

class StoreTest {
  private static final Node FIRST = Race.articleGraph("wettlauf-ki");
  private static Extractor extractor;
  @TempDir Path dir;

  @BeforeAll
  static void extractor() {
    extractor = Extractor.bundled();
  }

  private static DatasetGraph snapshot(Store store) {
    DatasetGraph copy = DatasetGraphFactory.createGeneral();
    store.dataset().executeRead(() -> store.dataset().find().forEachRemaining(copy::add));
    return copy;
  }

  @Test
  void loadWritesOntologyEntitiesAndArticleGraphs() {
    try (Store store = Store.open(dir.resolve("db"))) {
      assertThat(store.isEmpty()).isTrue();
      new Loader(store, extractor).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      Map<String, Long> graphs = store.triplesPerGraph();
      assertThat(graphs.keySet())
          .containsExactlyInAnyOrder(
              Race.ONTOLOGY_GRAPH.getURI(), Race.ENTITIES_GRAPH.getURI(), FIRST.getURI());
      assertThat(graphs.values()).allSatisfy(n -> assertThat(n).isPositive());
      assertThat(store.instancesPerClass())
          .containsEntry(
              "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence", 20L);
    }
  }

  @Test
  void defaultGraphIsTheUnionOfTheNamedGraphs() {
    try (Store store = Store.open(dir.resolve("db"))) {
      new Loader(store, extractor).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      String query =
          """
          PREFIX race: <https://w3id.org/airace/ontology#>
          PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
          PREFIX owl: <http://www.w3.org/2002/07/owl#>
          SELECT ?wikidata { ?m itsrdf:taIdentRef ?e . ?e owl:sameAs ?wikidata ; a race:Organization }
          """;
      List<String> linked =
          store
              .dataset()
              .calculateRead(
                  () ->
                      QueryExec.dataset(store.dataset())
                          .query(new ParameterizedSparqlString(query).asQuery())
                          .select()
                          .materialize()
                          .stream()
                          .map(b -> b.get("wikidata").getURI())
                          .distinct()
                          .toList());
      assertThat(linked)
          .containsExactlyInAnyOrder(
              "http://www.wikidata.org/entity/Q21708200",
              "http://www.wikidata.org/entity/Q131577453",
              "http://www.wikidata.org/entity/Q312",
              "http://www.wikidata.org/entity/Q2283");
    }
  }

  @Test
  void reloadReplacesGraphAndIsIdempotent() {
    try (Store store = Store.open(dir.resolve("db"))) {
      Loader loader = new Loader(store, extractor);
      loader.load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      DatasetGraph once = snapshot(store);
      loader.load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      DatasetGraph twice = snapshot(store);
      assertThat(twice.stream().count()).isEqualTo(once.stream().count());
      assertThat(IsoMatcher.isomorphic(once, twice)).isTrue();
    }
  }

  @Test
  void replacingAGraphLeavesNoneOfItsOldTriples() {
    Node name = NodeFactory.createURI(Race.GRAPH + "article/replaced");
    Node s = NodeFactory.createURI(Race.RESOURCE + "x");
    Graph old = GraphFactory.createDefaultGraph();
    // Literals TDB2 stores in another form than they were written: they must go all the same.
    for (String value : List.of("500000000000", "0.50", "2.0", "-0")) {
      old.add(
          s,
          NodeFactory.createURI(Race.NS + "amount"),
          NodeFactory.createLiteralDT(value, XSDDatatype.XSDdecimal));
    }
    old.add(
        s,
        NodeFactory.createURI(Race.NS + "count"),
        NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger));
    old.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang("Stargate", "de"));
    Graph fresh = GraphFactory.createDefaultGraph();
    fresh.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang("DeepSeek", "de"));
    try (Store store = Store.open(dir.resolve("db"))) {
      store.replace(Map.of(name, old));
      assertThat(size(store, name)).isEqualTo(old.size());
      store.replace(Map.of(name, fresh));
      assertThat(size(store, name)).isEqualTo(1);
      store.remove(List.of(name));
      assertThat(size(store, name)).isZero();
    }
  }

  private static long size(Store store, Node name) {
    return Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getGraph(name).size());
  }

  @Test
  void badInputLeavesTheDatabaseAsItWas() throws Exception {
    try (Store store = Store.open(dir.resolve("db"))) {
      Loader loader = new Loader(store, extractor);
      loader.load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      DatasetGraph before = snapshot(store);
      Path changed =
          Fixtures.write(
              dir, "wettlauf-ki.md", "---\nlanguage: de\n---\nGanz anderer Text über Apple.\n");
      Path bad = Fixtures.write(dir, "kaputt.md", "---\nlanguage: Deutsch\n---\nText.\n");
      assertThatThrownBy(() -> loader.load(List.of(changed, bad), Optional.empty()))
          .isInstanceOf(ArticleException.class)
          .hasMessageContaining("kaputt.md:2:");
      assertThat(IsoMatcher.isomorphic(before, snapshot(store))).isTrue();
    }
  }

  @Test
  void nquadsExportRoundTripsIntoAFreshDatabase() throws Exception {
    Path out = dir.resolve("dump");
    DatasetGraph original;
    try (Store store = Store.open(dir.resolve("db"))) {
      new Loader(store, extractor).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      original = snapshot(store);
      List<Path> files = new Exporter(store).export(Exporter.Format.NQ, out, false);
      assertThat(files).containsExactly(out.resolve("airace.nq"));
      List<Path> perGraph = new Exporter(store).export(Exporter.Format.TTL, out, true);
      assertThat(perGraph)
          .extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder(
              "ontology.ttl.gz", "entities.ttl.gz", "article-wettlauf-ki.ttl.gz", "void.ttl.gz");
      Graph entities = RDFDataMgr.loadGraph(out.resolve("entities.ttl.gz").toString());
      assertThat(entities.isIsomorphicWith(original.getGraph(Race.ENTITIES_GRAPH))).isTrue();
    }
    try (Store fresh = Store.open(dir.resolve("fresh"))) {
      fresh
          .dataset()
          .executeWrite(
              () -> RDFDataMgr.read(fresh.dataset(), out.resolve("airace.nq").toString()));
      DatasetGraph loaded = snapshot(fresh);
      assertThat(loaded.getGraph(DatasetDescription.GRAPH).isEmpty()).isFalse();
      loaded.removeGraph(DatasetDescription.GRAPH);
      assertThat(IsoMatcher.isomorphic(original, loaded)).isTrue();
    }
  }

  @Test
  void theTextIndexFollowsLoadsAndIsBuiltForADatabaseWithoutOne() throws Exception {
    String search =
        "PREFIX text: <http://jena.apache.org/text#>"
            + " PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
            + " SELECT ?s WHERE { ?s text:query (rdfs:label 'DeepSeek') }";
    // Of the texts, only the sentences' are indexed: the index finds exactly the sentences that
    // hold the word, not the clauses, mentions and cues inside them.
    String texts =
        "PREFIX text: <http://jena.apache.org/text#>"
            + " PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>"
            + " SELECT ?s WHERE { ?s text:query (nif:anchorOf 'Stargate' 10000) }";
    String sentences =
        "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>"
            + " SELECT ?s WHERE { ?s a nif:Sentence ; nif:anchorOf ?t"
            + " FILTER(CONTAINS(?t, 'Stargate')) }";
    Path db = dir.resolve("indexed");
    try (Store store = Store.open(db)) {
      new Loader(store, extractor).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      assertThat(found(store, search)).contains(Race.RESOURCE + "DeepSeek");
      assertThat(found(store, sentences)).isNotEmpty();
      assertThat(found(store, texts)).containsExactlyInAnyOrderElementsOf(found(store, sentences));
    }
    // a database from before the index: the index is built when it is opened
    try (java.util.stream.Stream<Path> files = Files.walk(db.resolve("text-index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertThat(db.resolve("text-index")).doesNotExist();
    try (Store store = Store.open(db)) {
      assertThat(found(store, search)).contains(Race.RESOURCE + "DeepSeek");
      assertThat(found(store, texts)).containsExactlyInAnyOrderElementsOf(found(store, sentences));
    }
  }

  private static List<String> found(Store store, String query) {
    return store
        .dataset()
        .calculateRead(
            () ->
                org.apache.jena.sparql.exec.QueryExec.dataset(store.dataset())
                    .query(query)
                    .select()
                    .materialize()
                    .stream()
                    .map(row -> row.get("s").getURI())
                    .toList());
  }

  @Test
  void aFileWhereTheDatabaseShouldBeIsAnError() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-db"), "x");
    assertThatThrownBy(() -> Store.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessage(file + ": not a directory; --db must name a database directory");
  }
}
