package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limits of every query, on a real server over the first article: the time limit holds for the
 * kinds of query known to slip past it, a query stopped while its answer is being written gets an
 * error status and never a partial 200, the row and size caps are stated when hit, and an ordinary
 * query still answers while a runaway one is being stopped. Also CORS on the endpoint.
 */
class QueryLimitsIT {
  private static final Duration LIMIT = Duration.ofSeconds(1);

  /** How much later than the limit a stopped query may answer on a busy machine. */
  private static final Duration GRACE = Duration.ofSeconds(4);

  /**
   * A query whose first rows come at once and whose rest never comes: stopped while its answer is
   * being written.
   */
  private static final String STREAMED =
      "SELECT ?x WHERE { { ?x a <http://www.w3.org/2002/07/owl#Class> } UNION"
          + " { ?a ?b ?x . ?d ?e ?f . ?g ?h ?i FILTER(STR(?i) = \"nowhere at all\") } }";

  @TempDir static Path dir;
  private static LoadedServer loaded;
  private static AiraceServer strict;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    loaded = LoadedServer.start(dir);
    strict =
        AiraceServer.builder()
            .dataset(loaded.store().dataset())
            .port(0)
            .limits(new QueryLimits(LIMIT, 500, 64 * 1024))
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    strict.stop();
    loaded.close();
  }

  private static HttpResponse<String> query(AiraceServer server, String query, String accept)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "cartesian product => SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "unbounded property paths => SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:x:p>|!<urn:x:p>)* ?b ."
            + " ?b (^<urn:x:p>|!^<urn:x:p>)* ?c }",
        "huge ORDER BY => SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
        "aggregate over everything => SELECT ?c (COUNT(*) AS ?n) (GROUP_CONCAT(STR(?f)) AS ?all)"
            + " WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?c",
        "results streamed past the limit => " + STREAMED,
      })
  void everyKindOfQueryIsStoppedAtTheLimit(String kind, String query) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = query(strict, query, "application/sparql-results+json");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(response.statusCode()).as(kind).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(response.body())
        .as(kind)
        .contains("limit of 1 s (--timeout)", "nothing of its result is sent")
        .doesNotContain("bindings");
    assertThat(took).as(kind).isLessThan(LIMIT.plus(GRACE));
    assertNoQueryStillRuns(kind);
  }

  /** The query was stopped, not only answered: no thread is left evaluating it. */
  private static void assertNoQueryStillRuns(String kind) throws InterruptedException {
    long deadline = System.nanoTime() + GRACE.toNanos();
    List<String> running = evaluating();
    while (!running.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      running = evaluating();
    }
    assertThat(running).as("threads still evaluating the %s query", kind).isEmpty();
  }

  private static List<String> evaluating() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(
            e ->
                Arrays.stream(e.getValue())
                    .anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.engine")))
        .map(e -> e.getKey().getName())
        .toList();
  }

  @Test
  void anOrdinaryQueryAnswersWithinASecondWhileARunawayOneRuns() throws Exception {
    AiraceServer patient =
        AiraceServer.builder()
            .dataset(loaded.store().dataset())
            .port(0)
            .timeout(Duration.ofSeconds(8))
            .build()
            .start();
    try {
      CompletableFuture<HttpResponse<String>> runaway =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return query(
                      patient,
                      "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                      "text/csv");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      Thread.sleep(500);
      assertThat(runaway).as("the runaway query is still running").isNotDone();
      String ordinary = Files.readString(Path.of("queries/cq/01-actor-strategies.rq"));
      for (int i = 0; i < 3; i++) {
        long start = System.nanoTime();
        HttpResponse<String> response = query(patient, ordinary, "text/csv");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines().count()).isGreaterThan(5);
        assertThat(took)
            .as("an ordinary query beside the runaway one")
            .isLessThan(Duration.ofSeconds(1));
      }
      assertThat(runaway.get().statusCode()).isEqualTo(503);
    } finally {
      patient.stop();
    }
  }

  @Test
  void jenasClientSeesTheTimeoutAsAnError() {
    try (QueryExecHTTP exec =
        QueryExecHTTPBuilder.service(strict.sparqlUrl()).query(STREAMED).build()) {
      assertThatThrownBy(() -> RowSetOps.count(exec.select()))
          .isInstanceOfAny(QueryExceptionHTTP.class, QueryCancelledException.class)
          .satisfies(
              e -> {
                if (e instanceof QueryExceptionHTTP h) {
                  assertThat(h.getStatusCode()).isEqualTo(503);
                }
              });
    }
  }

  @Test
  void aResultOverTheRowLimitIsRefusedAndSaysSo() throws Exception {
    HttpResponse<String> over = query(strict, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 501", "text/csv");
    assertThat(over.statusCode()).isEqualTo(422);
    assertThat(over.body()).contains("limit of 500 rows (--max-rows)", "LIMIT");
    HttpResponse<String> at = query(strict, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 500", "text/csv");
    assertThat(at.statusCode()).isEqualTo(200);
    assertThat(at.body().lines().count()).isEqualTo(501); // header and 500 rows
    HttpResponse<String> construct =
        query(strict, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 501", "text/turtle");
    assertThat(construct.statusCode()).isEqualTo(422);
    assertThat(construct.body()).contains("501 triples", "--max-rows");
  }

  @Test
  void aResultOverTheSizeLimitIsRefusedAndSaysSo() throws Exception {
    // 400 rows of long literals: under the row limit, over 64 KiB.
    String big =
        "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>"
            + " SELECT ?text ?n WHERE { ?s nif:anchorOf ?text FILTER(STRLEN(?text) > 100)"
            + " VALUES ?n { 1 2 3 4 5 6 7 8 9 10 } } LIMIT 400";
    HttpResponse<String> response = query(strict, big, "application/sparql-results+json");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("limit of 65536 bytes (--max-result-size)");
    HttpResponse<String> whole = query(loaded.server(), big, "application/sparql-results+json");
    assertThat(whole.statusCode()).as("the same query under the default limits").isEqualTo(200);
    assertThat(whole.body().length()).isGreaterThan(64 * 1024);
    assertThat(whole.headers().firstValueAsLong("Content-Length"))
        .hasValue(whole.body().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void theEndpointAnswersBrowsersOfOtherOrigins() throws Exception {
    HttpResponse<String> preflight =
        http.send(
            HttpRequest.newBuilder(URI.create(strict.sparqlUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
        .hasValueSatisfying(m -> assertThat(m).contains("GET", "POST"));
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValueSatisfying(h -> assertThat(h).containsIgnoringCase("content-type"));
    HttpResponse<String> get =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        strict.sparqlUrl()
                            + "?query="
                            + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                .header("Origin", "https://elsewhere.example")
                .header("Accept", "application/sparql-results+json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(get.body()).contains("true");
  }
}
