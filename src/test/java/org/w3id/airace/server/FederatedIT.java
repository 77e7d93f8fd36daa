package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.Store;

/**
 * SERVICE and its allow-list, offline: a second Fuseki on loopback stands in for Wikidata with a
 * small fixture in Wikidata's shape, the allow-list points at it, and the example query of {@code
 * queries/federated/} joins our actors with it; a SERVICE to any other URL is refused and a
 * listener there receives no connection.
 */
class FederatedIT {
  private static final String WIKIDATA = "https://query.wikidata.org/sparql";

  @TempDir static Path dir;
  private static Store store;
  private static FusekiServer wikidata;
  private static String wikidataUrl;
  private static final AtomicInteger wikidataRequests = new AtomicInteger();
  private static AiraceServer server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
    RDFDataMgr.read(fixture, "src/test/resources/federated/wikidata-fixture.ttl");
    wikidata =
        FusekiServer.create()
            .loopback(true)
            .port(0)
            .add("/wikidata", fixture, false)
            .addFilter(
                "/*",
                (request, response, chain) -> {
                  wikidataRequests.incrementAndGet();
                  chain.doFilter(request, response);
                })
            .build()
            .start();
    wikidataUrl = "http://127.0.0.1:" + wikidata.getHttpPort() + "/wikidata/sparql";

    store = Store.open(dir.resolve("tdb2"));
    new Loader(store, Extractor.bundled()).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
    server =
        AiraceServer.builder()
            .dataset(store.dataset())
            .port(0)
            .timeout(Duration.ofSeconds(20))
            .serviceAllow(List.of(wikidataUrl))
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
    wikidata.stop();
    store.close();
  }

  @Test
  void theWikidataExampleJoinsOurActorsWithTheAllowedEndpoint() throws IOException {
    String query =
        Files.readString(Path.of("queries/federated/01-wikidata-organisations.rq"))
            .replace("<" + WIKIDATA + ">", "<" + wikidataUrl + ">");
    int before = wikidataRequests.get();
    List<String> rows = new ArrayList<>();
    try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl()).query(query).build()) {
      ResultSet results = ResultSet.adapt(qe.select());
      while (results.hasNext()) {
        QuerySolution row = results.next();
        rows.add(
            row.getLiteral("name").getLexicalForm()
                + " | "
                + (row.contains("inception") ? row.getLiteral("inception").getLexicalForm() : "-")
                + " | "
                + (row.contains("countryName")
                    ? row.getLiteral("countryName").getLexicalForm()
                    : "-")
                + " | "
                + (row.contains("website") ? row.getResource("website").getURI() : "-"));
      }
    }
    assertThat(rows)
        .containsExactly(
            "Apple | 1976-04-01T00:00:00Z | United States of America | https://www.apple.com/",
            "DeepSeek | - | People's Republic of China | https://www.deepseek.com/",
            "OpenAI | 2015-12-11T00:00:00Z | United States of America | https://openai.com/");
    // one call per linked actor, each with its item bound, never one call for all of Wikidata
    assertThat(wikidataRequests.get() - before).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aServiceOutsideTheAllowListIsRefusedBeforeAnyConnection() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread accept =
          new Thread(
              () -> {
                while (!listener.isClosed()) {
                  try (Socket socket = listener.accept()) {
                    connections.incrementAndGet();
                  } catch (SocketException closed) {
                    return;
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      accept.start();
      String target = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
      for (String query :
          List.of(
              "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }",
              "SELECT * WHERE { SERVICE SILENT <" + target + "> { ?s ?p ?o } }",
              "SELECT * WHERE { BIND(<" + target + "> AS ?e) SERVICE ?e { ?s ?p ?o } }")) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            server.sparqlUrl()
                                + "?query="
                                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(query).isBetween(400, 499);
        assertThat(response.body()).as(query).contains("refused");
      }
      Thread.sleep(300);
      assertThat(connections.get()).as("connections the refused endpoint received").isZero();
    }
  }
}
