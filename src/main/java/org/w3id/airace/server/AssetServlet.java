package org.w3id.airace.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The pages' own files at {@code /assets/NAME}: only the names listed here are served, from the
 * classpath, so no path can reach another file; anything else is 404 without a listing.
 */
final class AssetServlet extends HttpServlet {
  private static final String FOLDER = "/org/w3id/airace/server/assets/";
  private static final Map<String, String> TYPES = Map.of("airace.css", "text/css; charset=utf-8");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Pages.secure(response);
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
    String type = TYPES.get(name);
    if (type == null) {
      Pages.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such asset: " + name);
      return;
    }
    try (InputStream in = AssetServlet.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        Pages.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such asset: " + name);
        return;
      }
      response.setContentType(type);
      response.setHeader("Cache-Control", "max-age=3600");
      in.transferTo(response.getOutputStream());
    }
  }
}
