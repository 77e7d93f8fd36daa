package org.w3id.airace.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The page at {@code /}: what the dataset is, its figures from the store (articles, actors, facts
 * by kind, triples, links), and the ways in — the articles, the actors most named, the strategies,
 * the endpoints, the ontology, the description and the dump. Rendered once, at the first request:
 * the server is read-only. Any other path under {@code /} that no servlet serves is 404.
 */
final class HomePage extends HttpServlet {
  private final DatasetGraph dataset;
  private volatile String page;

  HomePage(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Pages.secure(response);
    String path = request.getPathInfo() == null ? request.getServletPath() : request.getPathInfo();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      Pages.plain(
          response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + request.getRequestURI());
      return;
    }
    if (page == null) {
      page = dataset.calculateRead(this::render);
    }
    Pages.html(response, HttpServletResponse.SC_OK, page);
  }

  private String render() {
    StringBuilder out = new StringBuilder();
    out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>airace — the AI race as a knowledge graph</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/assets/airace.css\">\n</head>\n<body>\n")
        .append(Pages.nav())
        .append("<main>\n")
        .append("<h1>airace</h1>\n<p class=\"subtitle\">The public argument about the AI race as a")
        .append(" knowledge graph: who pursues which strategy, who invests how much in what, which")
        .append(" past rivalry is held up as an analogy, which claims are hedged — every fact")
        .append(" traced to the sentence it came from.</p>\n");

    Map<String, Long> figures = new LinkedHashMap<>();
    for (Binding row : PageQueries.rows(dataset, "home-figures")) {
      figures.put(row.get("kind").getLiteralLexicalForm(), PageQueries.number(row.get("n")));
    }
    long triples = dataset.stream().count();
    out.append("<section class=\"figures\">\n<h2>In figures</h2>\n<ul>\n");
    for (String kind :
        List.of(
            "articles",
            "actors known",
            "strategies pursued",
            "investments",
            "comparisons",
            "rivalries",
            "historical analogies",
            "claims",
            "open questions",
            "actors linked to Wikidata",
            "actors linked to DBpedia")) {
      out.append("<li><strong>")
          .append(figures.getOrDefault(kind, 0L))
          .append("</strong> ")
          .append(Html.escape(kind))
          .append("</li>\n");
    }
    out.append("<li><strong>")
        .append(triples)
        .append("</strong> triples</li>\n</ul>\n</section>\n");

    out.append("<section>\n<h2>Articles</h2>\n<ul>\n");
    for (Binding row : PageQueries.rows(dataset, "home-articles")) {
      out.append("<li>").append(link(row.get("article"), row.get("title")));
      if (row.get("author") != null) {
        out.append(" — ").append(Html.escape(row.get("author").getLiteralLexicalForm()));
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n");

    List<Binding> analogies = PageQueries.rows(dataset, "home-analogies");
    if (!analogies.isEmpty()) {
      out.append("<section>\n<h2>Historical analogies</h2>\n<ul>\n");
      for (Binding row : analogies) {
        out.append("<li><a href=\"")
            .append(Html.escape(ResourcePage.path(row.get("analogy").getURI())))
            .append("\">")
            .append(Html.escape(row.get("sides").getLiteralLexicalForm()))
            .append("</a> — held up in ")
            .append(link(row.get("article"), row.get("title")))
            .append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }

    out.append("<section>\n<h2>Actors most named</h2>\n<p class=\"cloud\">\n");
    for (Binding row : PageQueries.rows(dataset, "home-actors")) {
      out.append(link(row.get("actor"), row.get("label")))
          .append(" <span class=\"count\">")
          .append(PageQueries.number(row.get("n")))
          .append("</span> ·\n");
    }
    out.append("</p>\n</section>\n");

    out.append("<section>\n<h2>Strategies</h2>\n<ul class=\"columns\">\n");
    for (Binding row : PageQueries.rows(dataset, "home-strategies")) {
      out.append("<li>")
          .append(link(row.get("strategy"), row.get("label")))
          .append(" <span class=\"count\">")
          .append(PageQueries.number(row.get("n")))
          .append("</span></li>\n");
    }
    out.append("</ul>\n</section>\n");

    out.append("<section>\n<h2>For machines</h2>\n<ul>\n")
        .append("<li><a href=\"/airace/sparql\"><code>/airace/sparql</code></a> — SPARQL 1.1 query")
        .append(" (GET and POST)</li>\n")
        .append("<li><a href=\"/airace/get\"><code>/airace/get</code></a> — Graph Store Protocol,")
        .append(" read only</li>\n")
        .append(
            "<li><a href=\"/resource/OpenAI\"><code>/resource/X</code></a> — every resource as a")
        .append(" page or as RDF</li>\n")
        .append("<li><a href=\"/editor\"><code>/editor</code></a> — a SPARQL editor with the")
        .append(" competency questions as examples</li>\n")
        .append("<li><a href=\"/graph\"><code>/graph</code></a> — the network of actors,")
        .append(" strategies, rivalries and analogies, drawn</li>\n")
        .append(
            "<li><a href=\"/ontology\"><code>/ontology</code></a> — the ontology, in English and")
        .append(" German</li>\n")
        .append(
            "<li><a href=\"/.well-known/void\"><code>/.well-known/void</code></a> — the dataset")
        .append(" described in VoID and DCAT</li>\n")
        .append(
            "<li><code>/airace</code> with <code>Accept: application/n-quads</code> — the whole")
        .append(" dataset as a dump</li>\n</ul>\n")
        .append("<form action=\"/airace/sparql\" method=\"get\">\n<p><label for=\"q\">Ask in")
        .append(" SPARQL</label><br>\n<textarea id=\"q\" name=\"query\" rows=\"5\" cols=\"70\">")
        .append("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        .append("</textarea></p>\n<p><button type=\"submit\">Run</button></p>\n</form>\n")
        .append("</section>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String link(Node node, Node label) {
    String shown = label != null ? label.getLiteralLexicalForm() : node.getURI();
    return "<a href=\""
        + Html.escape(ResourcePage.path(node.getURI()))
        + "\">"
        + Html.escape(shown)
        + "</a>";
  }
}
