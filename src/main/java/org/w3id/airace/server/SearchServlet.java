package org.w3id.airace.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Search at {@code /search?q=...}: the full-text index (Lucene through jena-text) over labels,
 * alternative labels and sentences. Resources come grouped by type, then the matching sentences,
 * quoted, the words searched for marked, each linked to its place in the article. The text is
 * Lucene's query syntax ("DeepSeek", "Kosten OR cost"); a text it cannot read is said so.
 */
final class SearchServlet extends HttpServlet {
  private final DatasetGraph dataset;

  SearchServlet(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Pages.secure(response);
    String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
    StringBuilder out = new StringBuilder();
    out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(q.isEmpty() ? "Search" : "Search: " + Html.escape(q))
        .append(" — airace</title>\n<link rel=\"stylesheet\" href=\"/assets/airace.css\">\n")
        .append("</head>\n<body>\n")
        .append(Pages.nav())
        .append("<main>\n<h1>Search</h1>\n")
        .append(Pages.searchForm(q));
    if (!q.isEmpty()) {
      try {
        dataset.executeRead(() -> results(out, q));
      } catch (RuntimeException e) {
        out.append("<p class=\"error\">The search could not read “")
            .append(Html.escape(q))
            .append("”: use words, quotes for phrases, OR between alternatives.</p>\n");
      }
    }
    out.append("</main>\n</body>\n</html>\n");
    Pages.html(response, HttpServletResponse.SC_OK, out.toString());
  }

  private void results(StringBuilder out, String q) {
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (Binding row : PageQueries.rows(dataset, "search-resources", q)) {
      Node resource = row.get("resource");
      if (!resource.isURI()) {
        continue;
      }
      String type =
          row.get("kind") == null ? "Other" : PageQueries.shortName(row.get("kind").getURI());
      String label =
          row.get("label") != null
              ? row.get("label").getLiteralLexicalForm()
              : PageQueries.shortName(resource.getURI());
      byType
          .computeIfAbsent(type, t -> new ArrayList<>())
          .add(
              "<a href=\""
                  + Html.escape(ResourcePage.path(resource.getURI()))
                  + "\">"
                  + Html.escape(label)
                  + "</a>");
    }
    List<Binding> sentences = PageQueries.rows(dataset, "search-sentences", q);
    if (byType.isEmpty() && sentences.isEmpty()) {
      out.append("<p>Nothing found for “").append(Html.escape(q)).append("”.</p>\n");
      return;
    }
    for (Map.Entry<String, List<String>> group : byType.entrySet()) {
      out.append("<section class=\"results\">\n<h2>")
          .append(Html.escape(group.getKey()))
          .append("</h2>\n<ul>\n");
      group.getValue().forEach(link -> out.append("<li>").append(link).append("</li>\n"));
      out.append("</ul>\n</section>\n");
    }
    if (!sentences.isEmpty()) {
      out.append("<section class=\"results\">\n<h2>Sentences</h2>\n");
      for (Binding row : sentences) {
        out.append("<blockquote class=\"source\"><a class=\"place\" href=\"")
            .append(Html.escape(ResourcePage.path(row.get("sentence").getURI())))
            .append("\">")
            .append(marked(row.get("text").getLiteralLexicalForm(), q))
            .append("</a></blockquote>\n");
      }
      out.append("</section>\n");
    }
  }

  /** The sentence with every word of the search marked (case-insensitive, whole words' starts). */
  static String marked(String text, String q) {
    List<String> words = new ArrayList<>();
    for (String word : q.split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 1 && !List.of("OR", "AND", "NOT").contains(word)) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < text.length()) {
      int next = -1;
      String hit = null;
      for (String word : words) {
        int i = lower.indexOf(word, at);
        if (i >= 0 && (next < 0 || i < next)) {
          next = i;
          hit = word;
        }
      }
      if (next < 0) {
        break;
      }
      out.append(Html.escape(text.substring(at, next)))
          .append("<mark>")
          .append(Html.escape(text.substring(next, next + hit.length())))
          .append("</mark>");
      at = next + hit.length();
    }
    out.append(Html.escape(text.substring(at)));
    return out.toString();
  }
}
