package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.CommandRun;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.Store;

/**
 * {@code airace push} against a second Fuseki on loopback with an updatable dataset: afterwards the
 * store there holds, graph by graph, what the local database holds, as RDF4J's client counts it;
 * with HTTP Basic authentication, a wrong password is refused and changes nothing.
 */
class PushIT {
  private static final String COUNTS =
      "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

  @TempDir static Path dir;
  private static Path db;
  private static Map<String, Long> local;
  private static FusekiServer open;
  private static FusekiServer guarded;

  @BeforeAll
  static void start() throws Exception {
    db = dir.resolve("tdb2");
    try (Store store = Store.open(db)) {
      new Loader(store, Extractor.bundled())
          .load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      local = store.triplesPerGraph();
    }
    open =
        FusekiServer.create()
            .loopback(true)
            .port(0)
            .add("/remote", DatasetGraphFactory.createTxnMem())
            .build()
            .start();
    Path passwords = dir.resolve("realm.properties");
    Files.writeString(passwords, "loader: s3cret-Pa55\n");
    guarded =
        FusekiServer.create()
            .loopback(true)
            .port(0)
            .passwordFile(passwords.toString())
            .auth(AuthScheme.BASIC)
            .serverAuthPolicy(Auth.policyAllowSpecific("loader"))
            .add("/remote", DatasetGraphFactory.createTxnMem())
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    open.stop();
    guarded.stop();
  }

  private static String base(FusekiServer server) {
    return "http://127.0.0.1:" + server.getHttpPort() + "/remote";
  }

  /** Triples per named graph at the store, counted with RDF4J's SPARQL client. */
  private static Map<String, Long> remote(FusekiServer server, String user, String password) {
    SPARQLRepository repository = new SPARQLRepository(base(server) + "/sparql");
    if (user != null) {
      repository.setUsernameAndPassword(user, password);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    try (RepositoryConnection connection = repository.getConnection();
        TupleQueryResult result = connection.prepareTupleQuery(COUNTS).evaluate()) {
      for (BindingSet row : result) {
        counts.put(
            row.getValue("g").stringValue(), Long.parseLong(row.getValue("n").stringValue()));
      }
    } finally {
      repository.shutDown();
    }
    return counts;
  }

  @Test
  void everyGraphArrivesWhole() {
    CommandRun run =
        CommandRun.of(
            "push",
            "--db",
            db.toString(),
            "--endpoint",
            base(open) + "/sparql",
            "--graph-store",
            base(open) + "/data");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(local).hasSizeGreaterThanOrEqualTo(3);
    assertThat(remote(open, null, null)).isEqualTo(local);
    assertThat(run.out()).contains("pushed " + local.size() + " graph(s)");

    // a second push replaces the graphs: the counts stay the same
    assertThat(
            CommandRun.of(
                    "push",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    base(open) + "/sparql",
                    "--graph-store",
                    base(open) + "/data")
                .code())
        .isZero();
    assertThat(remote(open, null, null)).isEqualTo(local);
  }

  @Test
  void aWrongPasswordIsRefusedAndChangesNothing() throws Exception {
    Path wrong = dir.resolve("wrong.txt");
    Files.writeString(wrong, "guess\n");
    Path right = dir.resolve("right.txt");
    Files.writeString(right, "s3cret-Pa55\n");
    String[] common = {
      "push",
      "--db",
      db.toString(),
      "--endpoint",
      base(guarded) + "/sparql",
      "--graph-store",
      base(guarded) + "/data",
      "--user",
      "loader",
      "--password-file"
    };

    CommandRun refused = CommandRun.of(concat(common, wrong.toString()));
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("401").doesNotContain("guess");
    assertThat(remote(guarded, "loader", "s3cret-Pa55")).isEmpty();

    CommandRun accepted = CommandRun.of(concat(common, right.toString()));
    assertThat(accepted.code()).as(accepted.err()).isZero();
    assertThat(accepted.out() + accepted.err()).doesNotContain("s3cret-Pa55");
    assertThat(remote(guarded, "loader", "s3cret-Pa55")).isEqualTo(local);
  }

  private static String[] concat(String[] first, String last) {
    String[] all = java.util.Arrays.copyOf(first, first.length + 1);
    all[first.length] = last;
    return all;
  }
}
