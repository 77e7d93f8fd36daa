package org.w3id.airace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * A competency query as the soak test sends it: its file name, its text, the result format it asks
 * for, and how to tell that an answer in that format arrived whole.
 */
record SoakQuery(String name, String text, String accept) {
  static final String JSON_RESULTS = "application/sparql-results+json";
  static final String TURTLE = "text/turtle";

  /** Every {@code .rq} file of a folder, in file-name order. */
  static List<SoakQuery> readAll(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<SoakQuery> queries =
          files
              .filter(f -> f.getFileName().toString().endsWith(".rq"))
              .sorted()
              .map(SoakQuery::read)
              .toList();
      if (queries.isEmpty()) {
        throw new IllegalArgumentException(folder + ": no .rq files to send");
      }
      return queries;
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot list the queries", e);
    }
  }

  private static SoakQuery read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
    Query query;
    try {
      query = QueryFactory.create(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + ": not a SPARQL query: " + e.getMessage(), e);
    }
    boolean graph = query.isConstructType() || query.isDescribeType();
    return new SoakQuery(file.getFileName().toString(), text, graph ? TURTLE : JSON_RESULTS);
  }

  /** This query as a form-encoded POST to a SPARQL endpoint, asking for its format. */
  HttpRequest post(URI sparql) {
    return HttpRequest.newBuilder(sparql)
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", accept)
        .timeout(Duration.ofSeconds(120))
        .build();
  }

  /** The rows (or triples) of a whole answer with a 200: see {@link #count(String, String)}. */
  int count(HttpResponse<String> response) {
    return count(response.headers().firstValue("Content-Type").orElse(null), response.body());
  }

  /**
   * The rows (or triples) of a whole answer: 1 for an ASK.
   *
   * @throws IllegalArgumentException when the answer is of another type, or cut short or malformed,
   *     quoting the parser's message
   */
  int count(String contentType, String body) {
    if (contentType == null || !contentType.startsWith(accept)) {
      throw new IllegalArgumentException(
          "Content-Type '" + contentType + "', asked for '" + accept + "'");
    }
    return accept.equals(TURTLE) ? triples(body) : rows(body);
  }

  private static int rows(String body) {
    JsonObject results;
    try {
      results = JSON.parse(body);
    } catch (JsonException e) {
      throw new IllegalArgumentException("incomplete JSON results: " + e.getMessage(), e);
    }
    if (!results.hasKey("head")) {
      throw new IllegalArgumentException("JSON results without \"head\"");
    }
    if (results.hasKey("boolean")) {
      return 1;
    }
    JsonValue bindings = results.hasKey("results") ? results.get("results") : null;
    if (bindings == null || !bindings.isObject() || !bindings.getAsObject().hasKey("bindings")) {
      throw new IllegalArgumentException("JSON results without \"results\".\"bindings\"");
    }
    return bindings.getAsObject().get("bindings").getAsArray().size();
  }

  private static int triples(String body) {
    try {
      return RDFParser.fromString(body, Lang.TURTLE).toGraph().size();
    } catch (RiotException e) {
      throw new IllegalArgumentException("incomplete Turtle: " + e.getMessage(), e);
    }
  }
}
