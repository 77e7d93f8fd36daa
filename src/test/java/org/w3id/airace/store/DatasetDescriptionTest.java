package org.w3id.airace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;

/** The VoID and DCAT description states the figures the store itself gives. */
class DatasetDescriptionTest {
  private static final String VOID = "http://rdfs.org/ns/void#";
  private static final Node DATASET = NodeFactory.createURI(DatasetDescription.DATASET);

  @TempDir static Path dir;
  private static Store store;
  private static Graph description;

  @BeforeAll
  static void describe() {
    store = Store.open(dir.resolve("db"));
    new Loader(store, Extractor.bundled()).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
    description =
        new DatasetDescription(store)
            .describe(
                "http://localhost:3030/airace/sparql",
                List.of(
                    new DatasetDescription.Dump(
                        "http://localhost:3030/airace", "application/n-quads")));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static long figure(Node subject, String property) {
    List<Triple> found =
        description.find(subject, NodeFactory.createURI(VOID + property), Node.ANY).toList();
    assertThat(found).as(property).hasSize(1);
    return ((Number) found.get(0).getObject().getLiteralValue()).longValue();
  }

  private static long count(String select) {
    DatasetGraph db = store.dataset();
    return db.calculateRead(
        () -> {
          RowSet rows = QueryExec.dataset(db).query(select).select();
          return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        });
  }

  @Test
  void theTotalsAreTheStoresOwn() {
    assertThat(figure(DATASET, "triples"))
        .isEqualTo(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        .isPositive();
    assertThat(figure(DATASET, "distinctSubjects"))
        .isEqualTo(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
    assertThat(figure(DATASET, "entities"))
        .isEqualTo(
            count(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } FILTER(isIRI(?s)) }"));
  }

  @Test
  void eachNamedGraphIsASubsetWithItsTriples() {
    for (var entry : store.triplesPerGraph().entrySet()) {
      assertThat(figure(NodeFactory.createURI(entry.getKey()), "triples"))
          .as(entry.getKey())
          .isEqualTo(entry.getValue());
    }
  }

  @Test
  void theLinksetsCountTheLinksToWikidataAndDbpedia() {
    long wikidata =
        count(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <http://www.w3.org/2002/07/owl#sameAs>"
                + " ?o } FILTER(STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) }");
    long dbpedia =
        count(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s"
                + " <http://www.w3.org/2004/02/skos/core#exactMatch> ?o }"
                + " FILTER(STRSTARTS(STR(?o), 'http://dbpedia.org/resource/')) }");
    assertThat(wikidata).isPositive();
    assertThat(
            figure(
                NodeFactory.createURI(DatasetDescription.DATASET + "#links-wikidata"), "triples"))
        .isEqualTo(wikidata);
    assertThat(
            figure(NodeFactory.createURI(DatasetDescription.DATASET + "#links-dbpedia"), "triples"))
        .isEqualTo(dbpedia);
  }

  @Test
  void theArticleClassPartitionHasTheOneArticle() {
    List<Triple> partitions =
        description
            .find(
                Node.ANY,
                NodeFactory.createURI(VOID + "class"),
                NodeFactory.createURI("https://w3id.org/airace/ontology#Article"))
            .toList();
    assertThat(partitions).hasSize(1);
    assertThat(figure(partitions.get(0).getSubject(), "entities")).isEqualTo(1);
  }

  private static boolean states(String property, String object) {
    return description.contains(
        DATASET, NodeFactory.createURI(property), NodeFactory.createURI(object));
  }

  @Test
  void itNamesTheEndpointTheDumpAndTheLicence() {
    assertThat(states(VOID + "sparqlEndpoint", "http://localhost:3030/airace/sparql")).isTrue();
    assertThat(states(VOID + "dataDump", "http://localhost:3030/airace")).isTrue();
    assertThat(
            states(
                "http://purl.org/dc/terms/license", "https://creativecommons.org/licenses/by/4.0/"))
        .isTrue();
    assertThat(
            description
                .find(DATASET, NodeFactory.createURI(VOID + "exampleResource"), Node.ANY)
                .toList())
        .isNotEmpty();
  }
}
