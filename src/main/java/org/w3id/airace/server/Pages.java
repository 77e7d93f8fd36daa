package org.w3id.airace.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writing answers: the security headers every page carries, HTML and plain-text bodies. */
final class Pages {
  private Pages() {}

  /** The policy of every page: this server's own origin only, no inline script or style. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
          + " frame-ancestors 'self'; form-action 'self'";

  /**
   * The headers of every page: a Content-Security-Policy that allows only this server's own origin
   * (no inline script or style), no MIME sniffing, and no referrer sent to other sites.
   */
  static void secure(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
  }

  /**
   * The headers of a page whose library makes its own style elements (YASGUI): the same policy,
   * with inline styles allowed; scripts still only from this origin.
   */
  static void secureAllowingInlineStyles(HttpServletResponse response) {
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'");
  }

  /** The bar at the top of every page, with the search box. */
  static String nav() {
    return "<nav class=\"top\"><a href=\"/\">airace</a> · <a href=\"/ontology\">ontology</a>"
        + " · <a href=\"/graph\">graph</a> · <a href=\"/editor\">editor</a>"
        + "<form class=\"search\" action=\"/search\" method=\"get\"><input type=\"search\""
        + " name=\"q\" placeholder=\"Search\" aria-label=\"Search\"></form></nav>\n";
  }

  /** The search form of the search page, holding the text searched for. */
  static String searchForm(String q) {
    return "<form action=\"/search\" method=\"get\"><p><input type=\"search\" name=\"q\""
        + " id=\"q\" value=\""
        + Html.escape(q)
        + "\" size=\"40\"> <button type=\"submit\">Search</button></p></form>\n";
  }

  static void html(HttpServletResponse response, int status, String page) throws IOException {
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/html; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static void plain(HttpServletResponse response, int status, String message) throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
