package org.w3id.airace.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.airace.vocab.Race;

/**
 * The graph view: {@code /graph} is a page that draws the network of actors, strategies, rivalries
 * and analogies with Cytoscape.js ({@code /assets/graph.js}), with filters by kind and article and
 * a click through to each node's page; {@code /graph.json} is the network it draws (the query is
 * {@code queries/pages/graph.rq}). Both are built once, at the first request.
 */
final class GraphServlet extends HttpServlet {
  private final DatasetGraph dataset;
  private volatile byte[] json;

  GraphServlet(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Pages.secure(response);
    String path = request.getServletPath();
    if (path.equals("/graph.json")) {
      if (json == null) {
        json = dataset.calculateRead(this::network).toString().getBytes(StandardCharsets.UTF_8);
      }
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("application/json");
      response.setContentLength(json.length);
      response.getOutputStream().write(json);
      return;
    }
    Pages.html(response, HttpServletResponse.SC_OK, page());
  }

  /** Nodes with their kind, label and page; edges with their label and article. */
  private JsonObject network() {
    Map<String, JsonObject> nodes = new LinkedHashMap<>();
    JsonArray edges = new JsonArray();
    Set<String> articles = new TreeSet<>();
    for (Binding row : PageQueries.rows(dataset, "graph")) {
      String edge = row.get("edge").getLocalName();
      Node from = row.get("from");
      Node to = row.get("to");
      node(nodes, from, row.get("fromLabel"), kind(from, edge, true));
      node(nodes, to, row.get("toLabel"), kind(to, edge, false));
      String article = article(row.get("graph"));
      if (article != null) {
        articles.add(article);
      }
      JsonObject e = new JsonObject();
      e.put("source", id(from));
      e.put("target", id(to));
      e.put("label", edge);
      e.put("article", article == null ? "" : article);
      edges.add(e);
    }
    // A rivalry is shown by its sides ("Apple – Microsoft"), an analogy as such: their labels are
    // the words of a clause, too long for a node.
    Map<String, List<String>> sides = new LinkedHashMap<>();
    for (int i = 0; i < edges.size(); i++) {
      JsonObject e = edges.get(i).getAsObject();
      if (e.get("label").getAsString().value().equals("participant")) {
        String target = e.get("target").getAsString().value();
        sides
            .computeIfAbsent(e.get("source").getAsString().value(), r -> new ArrayList<>())
            .add(nodes.get(target).get("label").getAsString().value());
      }
    }
    for (JsonObject n : nodes.values()) {
      String kind = n.get("kind").getAsString().value();
      List<String> names = sides.get(n.get("id").getAsString().value());
      if (kind.equals("rivalry") && names != null) {
        n.put("label", String.join(" – ", new TreeSet<>(names)));
      } else if (kind.equals("analogy")) {
        n.put("label", "analogy");
      }
    }
    JsonObject network = new JsonObject();
    JsonArray nodeList = new JsonArray();
    nodes.values().forEach(nodeList::add);
    network.put("nodes", nodeList);
    network.put("edges", edges);
    JsonArray articleList = new JsonArray();
    articles.forEach(articleList::add);
    network.put("articles", articleList);
    return network;
  }

  private static void node(Map<String, JsonObject> nodes, Node node, Node label, String kind) {
    JsonObject n = nodes.get(id(node));
    if (n == null) {
      n = new JsonObject();
      n.put("id", id(node));
      n.put(
          "label",
          label != null ? label.getLiteralLexicalForm() : PageQueries.shortName(node.getURI()));
      n.put("href", ResourcePage.path(node.getURI()));
      n.put("kind", kind);
      nodes.put(id(node), n);
    } else if (kind.equals("rivalry") || kind.equals("analogy")) {
      n.put("kind", kind);
    }
  }

  /** What a node is, from where it stands in an edge. */
  private static String kind(Node node, String edge, boolean from) {
    if (node.getURI().startsWith(Race.NS)) {
      return "strategy";
    }
    if (edge.equals("participant") && from) {
      return "rivalry";
    }
    if (edge.equals("source") || edge.equals("target")) {
      return from ? "analogy" : "rivalry";
    }
    return "actor";
  }

  private static String article(Node graph) {
    String prefix = Race.GRAPH + "article/";
    return graph.getURI().startsWith(prefix) ? graph.getURI().substring(prefix.length()) : null;
  }

  private static String id(Node node) {
    return node.getURI();
  }

  private static String page() {
    return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Graph — airace</title>\n"
        // Cytoscape.js inserts a <style> element unless one with this id exists; the stylesheet
        // holds its rule, as the Content-Security-Policy allows no inline style.
        + "<link id=\"__________cytoscape_stylesheet\" rel=\"stylesheet\""
        + " href=\"/assets/airace.css\">\n</head>\n<body>\n"
        + Pages.nav()
        + "<main class=\"wide\">\n"
        + "<h1>The network</h1>\n<p>Actors, the strategies they pursue, the rivalries they take"
        + " part in and the analogies drawn between rivalries. Click a node for its page.</p>\n"
        + "<form class=\"filters\" id=\"filters\">\n"
        + "<label><input type=\"checkbox\" data-kind=\"actor\" checked> actors</label>\n"
        + "<label><input type=\"checkbox\" data-kind=\"strategy\" checked> strategies</label>\n"
        + "<label><input type=\"checkbox\" data-kind=\"rivalry\" checked> rivalries</label>\n"
        + "<label><input type=\"checkbox\" data-kind=\"analogy\" checked> analogies</label>\n"
        + "<label>article <select id=\"article\"><option value=\"\">all</option></select></label>\n"
        + "</form>\n<div id=\"graph\" class=\"graph\"></div>\n"
        + "<noscript><p>The graph needs JavaScript; <a href=\"/graph.json\">the network as"
        + " JSON</a> does not.</p></noscript>\n</main>\n"
        + "<script src=\"/assets/cytoscape.min.js\"></script>\n"
        + "<script src=\"/assets/graph.js\"></script>\n</body>\n</html>\n";
  }
}
