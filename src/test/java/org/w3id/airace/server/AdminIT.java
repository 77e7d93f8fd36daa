package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.query.UpdateExecutionException;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.store.Store;

/**
 * Writing to the dataset: impossible on a server started without an admin password, possible with
 * one only for the user {@code admin} with that password, and never from a page of another origin.
 * A wrong or missing password gets 401 and changes nothing; the password shows in no log.
 */
class AdminIT {
  private static final String PASSWORD = "c0rrect-h0rse-" + System.nanoTime();
  private static final String INSERT =
      "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"written\" } }";

  @TempDir static Path dir;
  private static Store store;
  private static AiraceServer readOnly;
  private static AiraceServer admin;

  @BeforeAll
  static void start() {
    store = Store.open(dir.resolve("tdb2"));
    readOnly = AiraceServer.builder().dataset(store.dataset()).port(0).build().start();
    admin =
        AiraceServer.builder()
            .dataset(store.dataset())
            .port(0)
            .adminPassword(PASSWORD)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    readOnly.stop();
    admin.stop();
    store.close();
  }

  private static long size() {
    DatasetGraph data = store.dataset();
    return Txn.calculateRead(data, () -> (long) data.stream().count());
  }

  private static HttpResponse<String> send(
      AiraceServer server, String method, String path, String type, String body, String auth)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", type);
    if (auth != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
    }
    return fresh().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A client of its own for each request: the server may close a connection after refusing a
   * request whose body it did not read, and a pooled connection would then fail the next one.
   */
  private static HttpClient fresh() {
    return HttpClient.newHttpClient();
  }

  @Test
  void withoutAPasswordNothingCanBeWritten() throws Exception {
    long before = size();
    String form = "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8);
    for (String path : List.of("airace/update", "airace", "airace/sparql", "airace/get")) {
      assertThat(
              send(readOnly, "POST", path, "application/x-www-form-urlencoded", form, null)
                  .statusCode())
          .as("update form to /%s", path)
          .isBetween(400, 499);
      assertThat(
              send(readOnly, "POST", path, "application/sparql-update", INSERT, null).statusCode())
          .as("update body to /%s", path)
          .isBetween(400, 499);
    }
    for (String path : List.of("airace/data", "airace/get", "airace")) {
      for (String method : List.of("PUT", "POST", "DELETE")) {
        assertThat(
                send(
                        readOnly,
                        method,
                        path + "?graph=urn:test:g",
                        "text/turtle",
                        "<urn:test:s> <urn:test:p> 1 .",
                        "admin:" + PASSWORD)
                    .statusCode())
            .as("%s /%s", method, path)
            .isBetween(400, 499);
      }
    }
    assertThat(size()).isEqualTo(before);
  }

  @Test
  void aMissingOrWrongPasswordIsRefusedAndChangesNothing() throws Exception {
    long before = size();
    for (String auth : new String[] {null, "admin:wrong", "root:" + PASSWORD, "admin:"}) {
      HttpResponse<String> update =
          send(admin, "POST", "airace/update", "application/sparql-update", INSERT, auth);
      assertThat(update.statusCode()).as("update as %s", auth).isEqualTo(401);
      assertThat(update.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
      HttpResponse<String> put =
          send(
              admin,
              "PUT",
              "airace/data?graph=urn:test:g",
              "text/turtle",
              "<urn:test:s> <urn:test:p> 1 .",
              auth);
      assertThat(put.statusCode()).as("Graph Store PUT as %s", auth).isEqualTo(401);
    }
    assertThat(size()).isEqualTo(before);
  }

  @Test
  void theAdminWritesWithRdf4jAndItIsReadBack() throws Exception {
    SPARQLRepository repository =
        new SPARQLRepository(admin.sparqlUrl(), admin.url() + "airace/update");
    repository.setUsernameAndPassword(AiraceServer.ADMIN_USER, PASSWORD);
    try (RepositoryConnection connection = repository.getConnection()) {
      connection.prepareUpdate(INSERT).execute();
      assertThat(
              connection
                  .prepareBooleanQuery("ASK { <urn:test:s> <urn:test:p> \"written\" }")
                  .evaluate())
          .isTrue();
      connection.prepareUpdate("DROP GRAPH <urn:test:g>").execute();
      assertThat(connection.prepareBooleanQuery("ASK { <urn:test:s> ?p ?o }").evaluate()).isFalse();
    } finally {
      repository.shutDown();
    }
    SPARQLRepository wrong = new SPARQLRepository(admin.sparqlUrl(), admin.url() + "airace/update");
    wrong.setUsernameAndPassword(AiraceServer.ADMIN_USER, "not-it");
    try (RepositoryConnection connection = wrong.getConnection()) {
      long before = size();
      assertThatThrownBy(() -> connection.prepareUpdate(INSERT).execute())
          .isInstanceOf(UpdateExecutionException.class);
      assertThat(size()).isEqualTo(before);
    } finally {
      wrong.shutDown();
    }
  }

  @Test
  void theAdminPutsAGraphThroughTheGraphStore() throws Exception {
    HttpResponse<String> put =
        send(
            admin,
            "PUT",
            "airace/data?graph=urn:test:gsp",
            "text/turtle",
            "<urn:test:a> <urn:test:b> 1 , 2 .",
            "admin:" + PASSWORD);
    assertThat(put.statusCode()).isBetween(200, 204);
    assertThat(
            Txn.calculateRead(
                store.dataset(),
                () ->
                    store
                        .dataset()
                        .getGraph(org.apache.jena.graph.NodeFactory.createURI("urn:test:gsp"))
                        .size()))
        .isEqualTo(2);
    HttpResponse<String> delete =
        send(
            admin,
            "DELETE",
            "airace/data?graph=urn:test:gsp",
            "text/turtle",
            "",
            "admin:" + PASSWORD);
    assertThat(delete.statusCode()).isBetween(200, 204);
  }

  @Test
  void aPageOfAnotherOriginCannotWriteEvenWithThePassword() throws Exception {
    long before = size();
    HttpResponse<String> response =
        fresh()
            .send(
                HttpRequest.newBuilder(URI.create(admin.url() + "airace/update"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "https://attacker.example")
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("another origin", "https://attacker.example");
    assertThat(size()).isEqualTo(before);
  }

  /**
   * The real command: {@code airace serve --admin-password-file F} in a child process, used with
   * the right and wrong passwords; its output, and that of {@code --help}, never holds the
   * password.
   */
  @Test
  void thePasswordAppearsInNoOutput() throws Exception {
    Path file = dir.resolve("admin-password");
    Files.writeString(file, PASSWORD + "\n");
    Path db = dir.resolve("child-db");
    Path log = dir.resolve("serve.log");
    Process serve =
        new ProcessBuilder(
                "java",
                "-jar",
                "target/airace.jar",
                "serve",
                "--db",
                db.toString(),
                "--port",
                "0",
                "--admin-password-file",
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      String url = awaitUrl(serve, log);
      List<Integer> statuses = new java.util.ArrayList<>();
      for (String auth : new String[] {"admin:" + PASSWORD, "admin:" + PASSWORD + "x", null}) {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create(url + "airace/update"))
                .POST(HttpRequest.BodyPublishers.ofString(INSERT))
                .header("Content-Type", "application/sparql-update");
        if (auth != null) {
          request.header(
              "Authorization",
              "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        statuses.add(
            fresh().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
      }
      assertThat(statuses).containsExactly(204, 401, 401);
    } finally {
      serve.destroy();
      serve.waitFor(30, TimeUnit.SECONDS);
    }
    String output = Files.readString(log);
    assertThat(output).contains("updates at", "admin-password");
    assertThat(output)
        .doesNotContain(PASSWORD)
        .doesNotContain(
            Base64.getEncoder()
                .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    Process help =
        new ProcessBuilder("java", "-jar", "target/airace.jar", "serve", "--help")
            .redirectErrorStream(true)
            .start();
    String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(help.waitFor()).isZero();
    assertThat(text).contains("--admin-password-file").doesNotContain(PASSWORD);
  }

  private static String awaitUrl(Process serve, Path log) throws Exception {
    Pattern ready = Pattern.compile("ready in \\d+ ms at (http://\\S+/) ");
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!serve.isAlive()) {
        throw new IOException("airace serve ended: " + Files.readString(log));
      }
      Matcher m = ready.matcher(Files.exists(log) ? Files.readString(log) : "");
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new IOException("airace serve was not ready in 120 s: " + Files.readString(log));
  }
}
