package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.airace.store.Store;
import org.w3id.airace.vocab.Race;

/** The real server on a free loopback port over a real TDB2 database, queried by real clients. */
class ServerIT {
  private static final String MENTIONS =
      """
      PREFIX race: <https://w3id.org/airace/ontology#>
      PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      SELECT ?entity (COUNT(?m) AS ?n)
      WHERE { ?m a race:Mention ; itsrdf:taIdentRef ?entity }
      GROUP BY ?entity ORDER BY DESC(?n) ?entity
      """;
  private static final String COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

  @TempDir static Path dir;
  private static Store store;
  private static AiraceServer server;
  private static LoadedServer loaded;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    loaded = LoadedServer.start(dir);
    store = loaded.store();
    server = loaded.server();
  }

  @AfterAll
  static void stop() {
    loaded.close();
  }

  private static long countAll() {
    try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl()).query(COUNT_ALL).build()) {
      return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
    }
  }

  @Test
  void servesOnLoopbackOnly() {
    assertThat(server.url()).startsWith("http://127.0.0.1:");
    assertThat(server.port()).isPositive();
  }

  @Test
  void jenaClientGetsTheMentionCounts() {
    List<String> rows = new ArrayList<>();
    try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl()).query(MENTIONS).build()) {
      RowSet rs = qe.select();
      rs.forEachRemaining(
          b ->
              rows.add(
                  b.get("entity").getURI().replace(Race.RESOURCE, "")
                      + "="
                      + b.get("n").getLiteralLexicalForm()));
    }
    assertThat(rows)
        .startsWith("OpenAI=7")
        .contains("DeepSeek=3", "Apple=3", "Microsoft=3")
        .hasSize(7);
  }

  @Test
  void rdf4jClientGetsTheSameRowsAsJena() {
    SPARQLRepository repo = new SPARQLRepository(server.sparqlUrl());
    List<String> rows = new ArrayList<>();
    try (RepositoryConnection conn = repo.getConnection();
        TupleQueryResult result = conn.prepareTupleQuery(MENTIONS).evaluate()) {
      for (BindingSet b : result) {
        rows.add(
            b.getValue("entity").stringValue().replace(Race.RESOURCE, "")
                + "="
                + b.getValue("n").stringValue());
      }
    } finally {
      repo.shutDown();
    }
    List<String> jena = new ArrayList<>();
    try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl()).query(MENTIONS).build()) {
      qe.select()
          .forEachRemaining(
              b ->
                  jena.add(
                      b.get("entity").getURI().replace(Race.RESOURCE, "")
                          + "="
                          + b.get("n").getLiteralLexicalForm()));
    }
    assertThat(rows).isEqualTo(jena).contains("China=4", "United_States=3");
  }

  @Test
  void rdf4jClientReadsTheSentencesInOrder() {
    String query =
        """
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?text WHERE { ?s a nif:Sentence ; nif:anchorOf ?text ; nif:beginIndex ?b } ORDER BY ?b
        """;
    SPARQLRepository repo = new SPARQLRepository(server.sparqlUrl());
    List<String> sentences = new ArrayList<>();
    try (RepositoryConnection conn = repo.getConnection();
        TupleQueryResult result = conn.prepareTupleQuery(query).evaluate()) {
      result.forEach(b -> sentences.add(b.getValue("text").stringValue()));
    } finally {
      repo.shutDown();
    }
    assertThat(sentences).hasSize(20);
    assertThat(sentences.get(0)).startsWith("Der Wettlauf um die Zukunft").endsWith("Chinas.");
    assertThat(sentences.get(19))
        .startsWith("Dies zeigt, dass Innovation")
        .endsWith("sein könnte.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/csv",
        "text/tab-separated-values",
        "application/sparql-results+json",
        "application/sparql-results+xml"
      })
  void selectAnswersInEveryStandardFormat(String accept) throws Exception {
    HttpResponse<String> response = get("airace/sparql?query=" + encode(COUNT_ALL), accept);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
    assertThat(response.body()).contains(Long.toString(countAll()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/turtle",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml"
      })
  void constructAnswersInEveryRdfFormat(String accept) throws Exception {
    String construct =
        "CONSTRUCT { ?e ?p ?o } WHERE { GRAPH <"
            + Race.ENTITIES_GRAPH.getURI()
            + "> { ?e ?p ?o } }";
    HttpResponse<String> response = post("airace/sparql", "query=" + encode(construct), accept);
    assertThat(response.statusCode()).isEqualTo(200);
    Graph graph = RDFParser.fromString(response.body(), langOf(accept)).toGraph();
    assertThat(
            graph.isIsomorphicWith(store.dataset().calculateRead(() -> copy(Race.ENTITIES_GRAPH))))
        .isTrue();
  }

  @Test
  void graphStoreReadReturnsAnArticleGraph() {
    Graph graph =
        GSP.service(server.url() + "airace/get").graphName(Race.articleGraph("wettlauf-ki")).GET();
    assertThat(graph.size())
        .isEqualTo(
            store
                .dataset()
                .calculateRead(
                    () -> store.dataset().getGraph(Race.articleGraph("wettlauf-ki")).size()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"airace", "airace/sparql", "airace/update", "airace/get", "airace/query", ""})
  void updatesAreRefusedEverywhere(String path) throws Exception {
    long before = countAll();
    URI uri = URI.create(server.url() + path);
    String update = "DROP ALL";
    List<HttpRequest> attempts =
        List.of(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build(),
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update)))
                .build(),
            HttpRequest.newBuilder(URI.create(uri + "?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))
                .build());
    for (HttpRequest attempt : attempts) {
      // A client of its own for each: the server may close a connection after refusing a body,
      // and a pooled connection would then race with that close.
      int status =
          HttpClient.newHttpClient()
              .send(attempt, HttpResponse.BodyHandlers.ofString())
              .statusCode();
      assertThat(status).as(attempt.method() + " " + attempt.uri()).isBetween(400, 499);
    }
    assertThat(countAll()).isEqualTo(before).isPositive();
  }

  @Test
  void theDatasetDescriptionIsServedAtWellKnownVoid() throws Exception {
    HttpResponse<String> turtle = get(".well-known/void", "text/turtle");
    assertThat(turtle.statusCode()).isEqualTo(200);
    assertThat(turtle.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
    assertThat(turtle.headers().firstValue("Vary")).hasValue("Accept");
    Graph description =
        org.apache.jena.riot.RDFParser.fromString(turtle.body(), org.apache.jena.riot.Lang.TURTLE)
            .toGraph();
    Node dataset = NodeFactory.createURI("https://w3id.org/airace/dataset");
    assertThat(
            description.contains(
                dataset,
                NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"),
                NodeFactory.createURI(server.sparqlUrl())))
        .isTrue();
    long triples =
        ((Number)
                description
                    .find(
                        dataset, NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY)
                    .next()
                    .getObject()
                    .getLiteralValue())
            .longValue();
    assertThat(triples).isEqualTo(countAll());
    assertThat(get(".well-known/void", "application/ld+json").statusCode()).isEqualTo(200);
    // the dump it names answers with the whole dataset as N-Quads
    HttpResponse<String> dump = get("airace", "application/n-quads");
    assertThat(dump.statusCode()).isEqualTo(200);
    assertThat(dump.body().lines().count()).isEqualTo(triples);
  }

  @Test
  void serviceCallsAreRefused() throws Exception {
    String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }";
    HttpResponse<String> response =
        get("airace/sparql?query=" + encode(query), "application/sparql-results+json");
    assertThat(response.statusCode()).isBetween(400, 499);
  }

  @Test
  void aQueryOverItsTimeLimitIsStopped() throws Exception {
    AiraceServer strict =
        AiraceServer.builder()
            .dataset(store.dataset())
            .port(0)
            .timeout(Duration.ofSeconds(1))
            .build()
            .start();
    try {
      String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
      long start = System.nanoTime();
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(strict.sparqlUrl() + "?query=" + encode(heavy)))
                  .header("Accept", "text/csv")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    } finally {
      strict.stop();
    }
    // the other server's limit is its own
    assertThat(countAll()).isPositive();
  }

  @Test
  void homePageSaysWhereTheEndpointIs() throws Exception {
    HttpResponse<String> response = get("", "text/html");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/airace/sparql");
  }

  private static Graph copy(org.apache.jena.graph.Node name) {
    Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    store.dataset().getGraph(name).find().forEachRemaining(g::add);
    return g;
  }

  private static Lang langOf(String accept) {
    return switch (accept) {
      case "text/turtle" -> Lang.TURTLE;
      case "application/n-triples" -> Lang.NTRIPLES;
      case "application/ld+json" -> Lang.JSONLD;
      default -> Lang.RDFXML;
    };
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Accept", accept)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String form, String accept)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Accept", accept)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
