package org.w3id.airace.bench.rdf4j;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.rdf4j.query.BooleanQuery;
import org.eclipse.rdf4j.query.MalformedQueryException;
import org.eclipse.rdf4j.query.Query;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.resultio.sparqljson.SPARQLBooleanJSONWriter;
import org.eclipse.rdf4j.query.resultio.sparqljson.SPARQLResultsJSONWriter;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;

/**
 * RDF4J's NativeStore behind a minimal SPARQL endpoint, the third server of {@code
 * ThroughputBenchmark}: it loads N-Quads into a fresh NativeStore in {@code --dir} (one
 * transaction, timed and printed as "loaded N statements in M ms"), then answers {@code GET
 * ?query=} and {@code POST} (form-encoded {@code query=} or {@code application/sparql-query}) on
 * {@code http://127.0.0.1:PORT/airace/sparql} with SPARQL JSON results written by RDF4J's own
 * writers, one JDK {@code HttpServer} thread per request. SELECT and ASK only.
 *
 * <p>A query without a dataset sees every context of the store as its default graph, which is
 * airace's union default graph ({@code tdb:unionDefaultGraph}), and {@code GRAPH ?g} its named
 * graphs.
 *
 * <p>It is not part of {@code target/airace.jar}: {@code bench/run} compiles it against the class
 * path of the Maven profile {@code bench} and runs it as a child process.
 *
 * <pre>
 * java -cp target/bench-classes:$(cat target/bench.classpath) \
 *     org.w3id.airace.bench.rdf4j.NativeStoreServer \
 *     --nquads airace.nq --dir /tmp/native --port 3031
 * </pre>
 */
public final class NativeStoreServer {
  private NativeStoreServer() {}

  public static void main(String[] args) throws IOException {
    Path nquads = null;
    Path dir = null;
    int port = -1;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--nquads" -> nquads = Path.of(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (nquads == null || dir == null || port < 0 || args.length % 2 != 0) {
      System.err.println("usage: NativeStoreServer --nquads FILE --dir DIR --port PORT");
      System.exit(2);
    }
    Files.createDirectories(dir);
    SailRepository repository = new SailRepository(new NativeStore(dir.toFile()));
    repository.init();
    long t0 = System.nanoTime();
    long size;
    try (RepositoryConnection connection = repository.getConnection()) {
      connection.begin();
      connection.clear();
      connection.add(nquads.toFile(), RDFFormat.NQUADS);
      connection.commit();
      size = connection.size();
    }
    System.out.printf(
        Locale.ROOT, "loaded %d statements in %.0f ms%n", size, (System.nanoTime() - t0) / 1e6);

    // Else the JDK's server leaves Nagle's algorithm on, and a small answer written as headers,
    // then body waits for the client's delayed ACK (about 40 ms on Linux) on a kept-alive
    // connection.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    ExecutorService threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext("/airace/sparql", exchange -> answer(repository, exchange));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop(0);
                  threads.shutdownNow();
                  repository.shutDown();
                }));
    server.start();
    System.out.println("serving " + dir + " on http://127.0.0.1:" + port + "/airace/sparql");
  }

  private static void answer(SailRepository repository, HttpExchange exchange) throws IOException {
    try {
      String query;
      try {
        query = queryOf(exchange);
      } catch (IllegalArgumentException e) {
        send(exchange, 400, "text/plain", e.getMessage().getBytes(StandardCharsets.UTF_8));
        return;
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      try (RepositoryConnection connection = repository.getConnection()) {
        Query prepared = connection.prepareQuery(QueryLanguage.SPARQL, query);
        if (prepared instanceof TupleQuery tuple) {
          tuple.evaluate(new SPARQLResultsJSONWriter(body));
        } else if (prepared instanceof BooleanQuery ask) {
          new SPARQLBooleanJSONWriter(body).handleBoolean(ask.evaluate());
        } else {
          send(exchange, 400, "text/plain", "SELECT and ASK only".getBytes(StandardCharsets.UTF_8));
          return;
        }
      } catch (MalformedQueryException e) {
        send(exchange, 400, "text/plain", e.getMessage().getBytes(StandardCharsets.UTF_8));
        return;
      } catch (RuntimeException e) {
        send(exchange, 500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        return;
      }
      send(exchange, 200, "application/sparql-results+json", body.toByteArray());
    } finally {
      exchange.close();
    }
  }

  /** The query of a GET's {@code ?query=} or a POST's body, form-encoded or not. */
  private static String queryOf(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (method.equals("GET")) {
      return parameter(exchange.getRequestURI().getRawQuery());
    }
    if (!method.equals("POST")) {
      throw new IllegalArgumentException("GET or POST, not " + method);
    }
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && type.startsWith("application/sparql-query")) {
      return body;
    }
    return parameter(body);
  }

  private static String parameter(String form) {
    if (form != null) {
      for (String pair : form.split("&")) {
        if (pair.startsWith("query=")) {
          return URLDecoder.decode(pair.substring("query=".length()), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IllegalArgumentException("no query parameter");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
