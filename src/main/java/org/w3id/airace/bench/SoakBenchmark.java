package org.w3id.airace.bench;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bounded load test of a running server: N clients send the competency queries to its SPARQL
 * endpoint for S seconds after a warm-up, each reading every answer whole, then the latency
 * percentiles, the throughput and every error are printed. Exits 1 when any answer was a 5xx, any
 * other non-2xx, an exception, or a 200 whose body is cut short or differs in size from the first
 * answer to the same query (the data does not change while the server runs).
 *
 * <p>Each client starts at a different query and goes round them all; POST ({@code
 * application/x-www-form-urlencoded}) and GET alternate. SELECT and ASK ask for {@code
 * application/sparql-results+json}, CONSTRUCT and DESCRIBE for {@code text/turtle}.
 *
 * <pre>
 * bench/soak [--clients 32] [--seconds 60] [--warmup 5] [--queries queries/cq]
 * java -cp target/airace.jar org.w3id.airace.bench.SoakBenchmark \
 *     --url http://127.0.0.1:3030/airace/sparql --clients 32 --seconds 60
 * </pre>
 */
public final class SoakBenchmark {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

  /** One request of the measured period; {@code error} is null for a whole 2xx answer. */
  record Sample(int query, long endNanos, double millis, int status, String error) {}

  /** The measured requests and the seconds from the end of the warm-up to the last answer. */
  record Run(List<Sample> samples, double seconds) {}

  private final URI endpoint;
  private final List<SoakQuery> queries;
  private final int[] sizes;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private SoakBenchmark(URI endpoint, List<SoakQuery> queries) {
    this.endpoint = endpoint;
    this.queries = queries;
    this.sizes = new int[queries.size()];
  }

  public static void main(String[] args) throws InterruptedException {
    Options options =
        new Options(
            "SoakBenchmark",
            Map.of(
                "--url", "http://127.0.0.1:3030/airace/sparql",
                "--clients", "32",
                "--seconds", "60",
                "--warmup", "5",
                "--queries", "queries/cq"),
            args);
    int clients = options.number("--clients", 1);
    int seconds = options.number("--seconds", 1);
    int warmup = options.number("--warmup", 0);
    Path folder = Path.of(options.get("--queries"));
    URI url;
    SoakBenchmark soak;
    try {
      url = url(options.get("--url"));
      soak = new SoakBenchmark(url, SoakQuery.readAll(folder));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("SoakBenchmark: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "soak: %d clients, %d s after %d s warm-up, %d queries from %s, against %s%n",
        clients,
        seconds,
        warmup,
        soak.queries.size(),
        folder,
        url);
    if (!soak.reference()) {
      System.exit(1);
    }
    Run run = soak.run(clients, warmup, seconds);
    System.exit(SoakReport.print(soak.queries, soak.sizes, run) ? 0 : 1);
  }

  /** Sends every query once, one after the other, and keeps the size of each answer. */
  private boolean reference() {
    boolean whole = true;
    for (int q = 0; q < queries.size(); q++) {
      Sample sample = send(q, true, true);
      if (sample.error() != null) {
        System.out.printf("  reference answer: %s: %s%n", queries.get(q).name(), sample.error());
        whole = false;
      }
    }
    return whole;
  }

  private Run run(int clients, int warmupSeconds, int seconds) throws InterruptedException {
    long start = System.nanoTime();
    long measured = start + Duration.ofSeconds(warmupSeconds).toNanos();
    long end = measured + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Callable<List<Sample>>> tasks = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      tasks.add(() -> client(client, measured, end));
    }
    List<Sample> samples = new ArrayList<>();
    try {
      for (Future<List<Sample>> done : pool.invokeAll(tasks)) {
        samples.addAll(done.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    long last = samples.stream().mapToLong(Sample::endNanos).max().orElse(end);
    return new Run(samples, (last - measured) / 1e9);
  }

  /** One client: round the queries from its own offset until the end, keeping measured ones. */
  private List<Sample> client(int client, long measured, long end) {
    List<Sample> samples = new ArrayList<>();
    for (long n = 0; System.nanoTime() < end; n++) {
      int q = (int) ((client + n) % queries.size());
      long started = System.nanoTime();
      Sample sample = send(q, (client + n) % 2 == 0, false);
      if (started >= measured) {
        samples.add(sample);
      }
    }
    return samples;
  }

  /**
   * Sends a query by POST or GET and reads its answer whole. A reference answer's size is kept for
   * the query; every other answer is checked against it.
   */
  private Sample send(int q, boolean post, boolean reference) {
    SoakQuery query = queries.get(q);
    String form = "query=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        post
            ? HttpRequest.newBuilder(endpoint)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
            : HttpRequest.newBuilder(URI.create(endpoint + "?" + form)).GET();
    request.header("Accept", query.accept()).timeout(REQUEST_TIMEOUT);
    long t0 = System.nanoTime();
    int status = 0;
    String error;
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      error = check(q, response, reference);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    } catch (Exception e) {
      String name = e.getClass().getSimpleName();
      error = e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
    long t1 = System.nanoTime();
    String method = post ? "POST" : "GET";
    return new Sample(q, t1, (t1 - t0) / 1e6, status, error == null ? null : method + " " + error);
  }

  /** Null when the answer is a whole 2xx of the reference size, else what is wrong with it. */
  private String check(int q, HttpResponse<String> response, boolean reference) {
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      String body = response.body().strip().replaceAll("\\s+", " ");
      return "HTTP " + status + ": " + body.substring(0, Math.min(120, body.length()));
    }
    int size;
    try {
      size =
          queries
              .get(q)
              .count(response.headers().firstValue("Content-Type").orElse(null), response.body());
    } catch (IllegalArgumentException e) {
      return "HTTP " + status + " but " + e.getMessage();
    }
    if (reference) {
      sizes[q] = size;
    } else if (size != sizes[q]) {
      return "HTTP "
          + status
          + " of "
          + size
          + " rows or triples, the reference answer had "
          + sizes[q];
    }
    return null;
  }

  private static URI url(String text) {
    try {
      URI url = new URI(text);
      if ("http".equals(url.getScheme()) || "https".equals(url.getScheme())) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException("--url takes an http(s) URL, got '" + text + "'");
  }
}
