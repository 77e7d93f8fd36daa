package org.w3id.airace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.cli.Main;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.vocab.Race;

class InferenceTest {
  private static final String EX = "http://example.org/";
  private static final String RES = Race.RESOURCE;
  private static Extractor extractor;
  @TempDir Path dir;

  @BeforeAll
  static void extractor() {
    extractor = Extractor.bundled();
  }

  private static Node ex(String local) {
    return NodeFactory.createURI(EX + local);
  }

  private static Graph turtle(String text) {
    return RDFParser.fromString(text, Lang.TURTLE).toGraph();
  }

  private static List<String> select(Store store, String query, String var) {
    return select(store, new ParameterizedSparqlString(query), var);
  }

  private static List<String> select(Store store, ParameterizedSparqlString query, String var) {
    return store
        .dataset()
        .calculateRead(
            () ->
                QueryExec.dataset(store.dataset())
                    .query(query.asQuery())
                    .select()
                    .materialize()
                    .stream()
                    .map(b -> b.get(var).getURI())
                    .distinct()
                    .sorted()
                    .toList());
  }

  @Test
  void typesGetEveryClassAboveThemAndNothingElse() {
    Inference inference =
        Inference.of(
            turtle(
                """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX : <http://example.org/>
                :Country rdfs:subClassOf :Actor .
                :Actor rdfs:subClassOf :Agent .
                :Agent rdfs:subClassOf :Actor .
                :Actor rdfs:subClassOf [ a <http://www.w3.org/2002/07/owl#Restriction> ] .
                """));
    Graph data = turtle("<http://example.org/china> a <http://example.org/Country> .");

    Graph closed = inference.apply(data);

    assertThat(closed.find(ex("china"), RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject()))
        .toIterable()
        .containsExactlyInAnyOrder(ex("Country"), ex("Actor"), ex("Agent"));
    assertThat(closed.size()).isEqualTo(3);
    assertThat(data.size()).as("the input is left as it was").isEqualTo(1);
    assertThat(inference.superClassesOf(ex("Unknown"))).isEmpty();
  }

  @Test
  void propertiesGetEveryPropertyAboveThem() {
    Inference inference =
        Inference.of(
            turtle(
                """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX : <http://example.org/>
                :note rdfs:subPropertyOf :comment .
                :comment rdfs:subPropertyOf :annotation .
                :kind rdfs:subPropertyOf <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> .
                :Country rdfs:subClassOf :Actor .
                """));
    Graph closed =
        inference.apply(
            turtle(
                """
                PREFIX : <http://example.org/>
                :a :note "n" ; :kind :Country .
                """));
    assertThat(closed.contains(ex("a"), ex("comment"), Node.ANY)).isTrue();
    assertThat(closed.contains(ex("a"), ex("annotation"), Node.ANY)).isTrue();
    assertThat(closed.contains(ex("a"), RDF.type.asNode(), ex("Country"))).isTrue();
    assertThat(closed.contains(ex("a"), RDF.type.asNode(), ex("Actor"))).isTrue();
    assertThat(closed.size()).isEqualTo(6);
  }

  @Test
  void theBundledOntologyMakesEveryGazetteerClassAnActor() {
    Inference inference = Inference.bundled();
    for (Node type : List.of(Race.Country, Race.Organization, Race.Person, Race.Project)) {
      assertThat(inference.superClassesOf(type)).as(type.getURI()).contains(Race.Actor);
    }
    assertThat(inference.superClassesOf(Race.Organization))
        .contains(NodeFactory.createURI("http://schema.org/Organization"));
    assertThat(inference.superClassesOf(Race.Mention))
        .contains(NodeFactory.createURI(org.w3id.airace.vocab.Nif.NS + "Phrase"));
    assertThat(inference.superClassesOf(Race.Actor)).doesNotContain(Race.Actor);
  }

  @Test
  void afterLoadEveryActorIsFoundAsRaceActor() {
    try (Store store = Store.open(dir.resolve("db"))) {
      new Loader(store, extractor).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      List<String> actors =
          select(
              store,
              """
              PREFIX race: <https://w3id.org/airace/ontology#>
              SELECT ?x { ?x a race:Actor }
              """,
              "x");
      // The same, without inference: the raw entities and article graphs with the ontology,
      // following rdfs:subClassOf in the query.
      DatasetGraph raw = DatasetGraphFactory.createGeneral();
      extractor.gazetteer().graph().find().forEachRemaining(raw.getDefaultGraph()::add);
      extractor
          .extract(Fixtures.FIRST_ARTICLE, Optional.empty())
          .graph()
          .find()
          .forEachRemaining(raw.getDefaultGraph()::add);
      Loader.ontology().find().forEachRemaining(raw.getDefaultGraph()::add);
      List<String> declared =
          QueryExec.dataset(raw)
              .query(
                  new ParameterizedSparqlString(
                          """
                          PREFIX race: <https://w3id.org/airace/ontology#>
                          PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                          SELECT DISTINCT ?x { ?x a/rdfs:subClassOf* race:Actor }
                          """)
                      .asQuery())
              .select()
              .materialize()
              .stream()
              .map(b -> b.get("x").getURI())
              .sorted()
              .toList();
      assertThat(actors)
          .containsAll(
              List.of(
                  RES + "United_States",
                  RES + "China",
                  RES + "OpenAI",
                  RES + "DeepSeek",
                  RES + "Apple",
                  RES + "Microsoft",
                  RES + "Stargate_Project",
                  RES + "Arnaud_Bertrand"))
          .isEqualTo(declared);
      List<String> organizations =
          select(store, "SELECT ?x { ?x a <http://schema.org/Organization> }", "x");
      assertThat(organizations)
          .contains(RES + "OpenAI", RES + "DeepSeek", RES + "Apple", RES + "Microsoft")
          .doesNotContain(RES + "China");
    }
  }

  @Test
  void aStrategyQueryFindsTheActorsOfItsNarrowerStrategies() {
    try (Store store = Store.open(dir.resolve("db"))) {
      new Loader(store, extractor).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      Graph facts = GraphFactory.createDefaultGraph();
      RDFDataMgr.read(facts, "src/test/resources/shapes/text.ttl");
      RDFDataMgr.read(facts, "src/test/resources/shapes/pursues-narrower-strategy.ttl");
      store.replace(Map.of(Race.articleGraph("shapes-fixture"), Inference.bundled().apply(facts)));
      String lab = RES + "Fixture_Lab";
      // Who pursues ?top or a strategy below it? The lab pursues race:Commoditization only.
      ParameterizedSparqlString query =
          new ParameterizedSparqlString(
              """
              PREFIX race: <https://w3id.org/airace/ontology#>
              PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
              SELECT ?actor
              WHERE {
                ?actor a race:Actor ;
                    race:pursues ?strategy .
                ?strategy skos:broader* ?top .
              }
              """);
      query.setIri("top", Race.NS + "Decentralization");
      assertThat(select(store, query, "actor")).contains(lab);
      query.setIri("top", Race.NS + "Commoditization");
      assertThat(select(store, query, "actor")).contains(lab);
      query.setIri("top", Race.NS + "Centralization");
      assertThat(select(store, query, "actor")).doesNotContain(lab);
      ParameterizedSparqlString direct =
          new ParameterizedSparqlString(
              """
              PREFIX race: <https://w3id.org/airace/ontology#>
              SELECT ?actor { ?actor race:pursues race:Decentralization }
              """);
      assertThat(select(store, direct, "actor")).doesNotContain(lab);
    }
  }

  @Test
  void extractPrintsWhatLoadStores() {
    DatasetGraph extracted =
        RDFParser.fromString(
                run("extract", "--format", "nq", Fixtures.FIRST_ARTICLE.toString()), Lang.NQUADS)
            .toDatasetGraph();
    Node name = Race.articleGraph("wettlauf-ki");
    try (Store store = Store.open(dir.resolve("db"))) {
      new Loader(store, extractor).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      Graph stored = GraphFactory.createDefaultGraph();
      store
          .dataset()
          .executeRead(() -> store.dataset().getGraph(name).find().forEachRemaining(stored::add));
      Graph printed = extracted.getGraph(name);
      assertThat(printed.size()).isEqualTo(stored.size());
      // TDB2 keeps literals by value: "5"^^xsd:decimal comes back as "5.0"^^xsd:decimal.
      assertThat(canonical(printed).isIsomorphicWith(canonical(stored))).isTrue();
      Graph raw = extractor.extract(Fixtures.FIRST_ARTICLE, Optional.empty()).graph();
      assertThat(printed.size())
          .as("extract prints the inferred triples too (race:note is an rdfs:comment)")
          .isGreaterThan(raw.size());
      assertThat(printed.contains(Node.ANY, RDFS.comment.asNode(), Node.ANY)).isTrue();
    }
  }

  /** The graph with every literal in its canonical form, as the database gives it back. */
  static Graph canonical(Graph graph) {
    Graph out = GraphFactory.createDefaultGraph();
    graph
        .find()
        .forEachRemaining(
            t ->
                out.add(
                    t.getSubject(),
                    t.getPredicate(),
                    CanonicalizeLiteral.canonicalValue(t.getObject())));
    return out;
  }

  private static synchronized String run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertThat(Main.run(args)).isZero();
      return bytes.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(out);
    }
  }
}
