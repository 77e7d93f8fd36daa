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
 * Fuseki ({@code FusekiMainCmd --tdb2}) from the same jar, over the same database. Ready means: an
 * {@code ASK {}} to its SPARQL endpoint was answered with 200, timed from the process's start.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern READY = Pattern.compile("ready in (\\d+) ms");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  /** Which server. */
  enum Kind {
    AIRACE("airace serve"),
    FUSEKI("bare Fuseki");

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
    URI sparql = URI.create("http://127.0.0.1:" + port + "/airace/sparql");
    try {
      long t0 = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      long deadline = t0 + Duration.ofMinutes(2).toNanos();
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
    try {
      Matcher m = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
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
