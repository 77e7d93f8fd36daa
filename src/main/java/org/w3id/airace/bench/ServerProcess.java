package org.w3id.airace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL server run as a child process on a free loopback port: {@code airace serve} or a bare
 * Fuseki ({@code FusekiMainCmd --tdb2}) from the same jar, over the same database, or RDF4J's
 * NativeStore loaded with the same data ({@code NativeStoreServer}, compiled by {@code bench/run}
 * from {@code src/bench/java}). Ready means: an {@code ASK {}} to its SPARQL endpoint was answered
 * with 200, timed from the process's start.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern READY = Pattern.compile("ready in (\\d+) ms");
  private static final Pattern LOADED = Pattern.compile("loaded \\d+ statements in (\\d+) ms");
  private static final String NATIVE_STORE_SERVER = "org.w3id.airace.bench.rdf4j.NativeStoreServer";
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  /** Which server. */
  enum Kind {
    AIRACE("airace serve"),
    FUSEKI("bare Fuseki"),
    RDF4J("RDF4J NativeStore");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private final Process process;
  private final Path log;
  final URI sparql;
  final double readyMillis;

  private ServerProcess(Process process, Path log, URI sparql, double readyMillis) {
    this.process = process;
    this.log = log;
    this.sparql = sparql;
    this.readyMillis = readyMillis;
  }

  /** Starts the server on {@code db} and waits until it answers, at most two minutes. */
  static ServerProcess start(Kind kind, String jar, Path db, Path log) {
    int port = freePort();
    List<String> command =
        kind == Kind.AIRACE
            ? List.of(
                "java",
                "-jar",
                jar,
                "serve",
                "--db",
                db.toString(),
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port))
            : List.of(
                "java",
                "-cp",
                jar,
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--localhost",
                "--port",
                Integer.toString(port),
                "--set",
                "tdb:unionDefaultGraph=true",
                "--tdb2",
                "--loc",
                db.toString(),
                "/airace");
    return launch(kind, command, port, log, Duration.ofMinutes(2));
  }

  /**
   * Starts RDF4J's NativeStore in a fresh folder {@code dir}, loads {@code nquads} into it and
   * waits until it answers, at most ten minutes; {@code classpath} holds {@code NativeStoreServer}
   * and RDF4J.
   */
  static ServerProcess startNativeStore(String classpath, Path nquads, Path dir, Path log) {
    int port = freePort();
    Child.delete(dir);
    List<String> command =
        List.of(
            "java",
            "-cp",
            classpath,
            NATIVE_STORE_SERVER,
            "--nquads",
            nquads.toString(),
            "--dir",
            dir.toString(),
            "--port",
            Integer.toString(port));
    return launch(Kind.RDF4J, command, port, log, Duration.ofMinutes(10));
  }

  private static ServerProcess launch(
      Kind kind, List<String> command, int port, Path log, Duration patience) {
    URI sparql = URI.create("http://127.0.0.1:" + port + "/airace/sparql");
    try {
      long t0 = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      long deadline = t0 + patience.toNanos();
      while (!answers(sparql)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          process.destroyForcibly().waitFor();
          throw new IllegalStateException(
              kind.label
                  + " did not become ready: "
                  + String.join(" ", command)
                  + "\n"
                  + Child.tail(log));
        }
        Thread.sleep(10);
      }
      return new ServerProcess(process, log, sparql, (System.nanoTime() - t0) / 1e6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** What {@code airace serve} says its ready time is ("ready in N ms"), if it said it. */
  Optional<Double> ownReadyMillis() {
    return logged(READY);
  }

  /** How long the NativeStore took to load ("loaded N statements in M ms"), if it said it. */
  Optional<Double> loadMillis() {
    return logged(LOADED);
  }

  private Optional<Double> logged(Pattern pattern) {
    try {
      Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
      return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean answers(URI sparql) {
    String query = "query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sparql + "?" + query))
            .header("Accept", "application/sparql-results+json")
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server (SIGTERM, so it closes the database) and waits for it. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
