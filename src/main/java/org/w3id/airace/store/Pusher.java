package org.w3id.airace.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Sends the named graphs of the database to another SPARQL 1.1 store through the Graph Store
 * Protocol: each graph with an HTTP PUT, which replaces that graph there, then counts what the
 * store holds through its query endpoint. The database is only read.
 *
 * <pre>{@code
 * List<Pusher.Pushed> sent = new Pusher(store).push(
 *     new Pusher.Target("http://host:3030/ds/sparql", "http://host:3030/ds/data", Optional.empty()),
 *     Optional.empty());
 * }</pre>
 */
public final class Pusher {
  /** Where to push: the query endpoint, the Graph Store endpoint and HTTP Basic credentials. */
  public record Target(String queryEndpoint, String graphStore, Optional<Credentials> credentials) {
    String authorization() {
      return credentials
          .map(
              c ->
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString(
                              (c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8)))
          .orElse(null);
    }
  }

  /** A user and password for HTTP Basic authentication; the password is never printed. */
  public record Credentials(String user, String password) {
    @Override
    public String toString() {
      return "Credentials[user=" + user + ", password=***]";
    }
  }

  /** One graph sent: its name, the triples sent and the triples the store then holds in it. */
  public record Pushed(String graph, long sent, long there) {}

  private final Store store;

  public Pusher(Store store) {
    this.store = store;
  }

  /**
   * Sends every named graph, or only {@code graph}, and returns what was sent per graph.
   *
   * @throws StoreException if the graph is not in the database, or the store refuses or cannot be
   *     reached — naming the URL and the HTTP status
   */
  public List<Pushed> push(Target target, Optional<String> graph) {
    DatasetGraph db = store.dataset();
    List<Node> names =
        db.calculateRead(
            () -> {
              List<Node> all = new ArrayList<>();
              db.listGraphNodes().forEachRemaining(all::add);
              return all;
            });
    if (graph.isPresent()) {
      Node wanted = NodeFactory.createURI(graph.get());
      if (!names.contains(wanted)) {
        throw StoreException.badInput(
            "No graph <" + graph.get() + "> in " + store.directory() + "; it has " + names, null);
      }
      names = List.of(wanted);
    }
    List<Pushed> pushed = new ArrayList<>();
    for (Node name : names) {
      Graph copy = GraphFactory.createDefaultGraph();
      db.executeRead(() -> db.getGraph(name).find().forEachRemaining(copy::add));
      put(target, name, copy);
      pushed.add(new Pushed(name.getURI(), copy.size(), countThere(target, name)));
    }
    return pushed;
  }

  private static void put(Target target, Node name, Graph graph) {
    GSP request = GSP.service(target.graphStore()).graphName(name);
    String authorization = target.authorization();
    if (authorization != null) {
      request.httpHeader("Authorization", authorization);
    }
    try {
      request.PUT(graph);
    } catch (HttpException e) {
      throw new StoreException(
          target.graphStore() + ": the store refused graph <" + name.getURI() + ">: " + describe(e),
          e);
    }
  }

  private static long countThere(Target target, Node name) {
    String query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + name.getURI() + "> { ?s ?p ?o } }";
    QueryExecHTTPBuilder builder = QueryExecHTTP.service(target.queryEndpoint()).query(query);
    String authorization = target.authorization();
    if (authorization != null) {
      builder.httpHeader("Authorization", authorization);
    }
    try (QueryExecHTTP qe = builder.build()) {
      RowSet rows = qe.select();
      return ((Number) rows.next().get("n").getLiteralValue()).longValue();
    } catch (HttpException e) {
      throw new StoreException(
          target.queryEndpoint() + ": cannot count what the store holds: " + describe(e), e);
    } catch (QueryException e) {
      throw new StoreException(
          target.queryEndpoint() + ": cannot count what the store holds: " + e.getMessage(), e);
    }
  }

  private static String describe(HttpException e) {
    int status = e.getStatusCode();
    if (status == 401 || status == 403) {
      return "HTTP " + status + " (check --user and --password-file)";
    }
    if (status > 0) {
      return "HTTP " + status + (e.getStatusLine() == null ? "" : " " + e.getStatusLine());
    }
    return "cannot connect: " + (e.getCause() == null ? e.getMessage() : e.getCause().toString());
  }
}
