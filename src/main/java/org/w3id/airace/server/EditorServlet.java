package org.w3id.airace.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.airace.resources.Bundled;

/**
 * The query editor: {@code /editor} is YASGUI against {@code /airace/sparql} ({@code
 * /assets/editor.js}), with every competency question of {@code queries/cq/} as a ready example,
 * listed by {@code /editor/examples.json} (name, the question from the file's first comment line,
 * the query). Its prefix completion reads {@code /editor/prefixes.json}, not prefix.cc. YASGUI's
 * result table sizes its columns with style elements it makes itself, so this page alone allows
 * inline styles (never inline scripts, never another origin).
 */
final class EditorServlet extends HttpServlet {
  private static final String FOLDER = "queries/cq";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Pages.secure(response);
    String rest = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (rest.equals("/examples.json") || rest.equals("/prefixes.json")) {
      JsonValue json = rest.equals("/examples.json") ? examples() : prefixes();
      byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("application/json");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    if (!rest.isEmpty() && !rest.equals("/")) {
      Pages.plain(
          response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + request.getRequestURI());
      return;
    }
    Pages.secureAllowingInlineStyles(response);
    Pages.html(response, HttpServletResponse.SC_OK, PAGE);
  }

  /** The prefixes the editor completes, in prefix.cc's format, instead of asking prefix.cc. */
  static JsonObject prefixes() {
    JsonObject prefixes = new JsonObject();
    Links.PREFIXES.forEach(prefixes::put);
    prefixes.put("res", org.w3id.airace.vocab.Race.RESOURCE);
    return prefixes;
  }

  static JsonArray examples() {
    JsonArray examples = new JsonArray();
    for (String path : Bundled.list(FOLDER, ".rq")) {
      String query = Bundled.read(path);
      String name = path.substring(FOLDER.length() + 1, path.length() - ".rq".length());
      String question =
          query
              .lines()
              .filter(l -> l.startsWith("#"))
              .findFirst()
              .map(l -> l.replaceFirst("^#+\\s*(CQ \\(en\\):\\s*)?", ""))
              .orElse(name);
      JsonObject example = new JsonObject();
      example.put("name", name);
      example.put("question", question);
      example.put("query", query);
      examples.add(example);
    }
    return examples;
  }

  private static final String PAGE =
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          + "<title>Query editor — airace</title>\n"
          + "<link rel=\"stylesheet\" href=\"/assets/airace.css\">\n"
          + "<link rel=\"stylesheet\" href=\"/assets/yasgui.min.css\">\n</head>\n<body>\n"
          + Pages.nav()
          + "<main class=\"wide\">\n<h1>Query editor</h1>\n"
          + "<p>SPARQL against <code>/airace/sparql</code>. The competency questions, ready to run:"
          + "</p>\n<ol id=\"examples\" class=\"examples\"></ol>\n<div id=\"yasgui\"></div>\n"
          + "<noscript><p>The editor needs JavaScript; the form on <a href=\"/\">the home page</a>"
          + " does not.</p></noscript>\n</main>\n"
          + "<script src=\"/assets/yasgui.min.js\"></script>\n"
          + "<script src=\"/assets/editor.js\"></script>\n</body>\n</html>\n";
}
