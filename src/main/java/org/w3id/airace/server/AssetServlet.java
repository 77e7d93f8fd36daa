package org.w3id.airace.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' own files at {@code /assets/NAME}: only the names listed here are served, from the
 * classpath (ours, and Cytoscape.js from its WebJar), so no path can reach another file; anything
 * else is 404 without a listing.
 */
final class AssetServlet extends HttpServlet {
  private static final String FOLDER = "/org/w3id/airace/server/assets/";
  private static final String JS = "text/javascript; charset=utf-8";

  /** Each asset's media type and where it is on the classpath. */
  private record Asset(String type, String resource) {}

  private static final Map<String, Asset> ASSETS =
      Map.of(
          "airace.css", new Asset("text/css; charset=utf-8", FOLDER + "airace.css"),
          "nav.css", new Asset("text/css; charset=utf-8", FOLDER + "nav.css"),
          "ontology.css",
              new Asset("text/css; charset=utf-8", "/org/w3id/airace/server/ontology.css"),
          "graph.js", new Asset(JS, FOLDER + "graph.js"),
          "favicon.svg", new Asset("image/svg+xml", FOLDER + "favicon.svg"),
          "editor.js", new Asset(JS, FOLDER + "editor.js"),
          "fragment.js", new Asset(JS, FOLDER + "fragment.js"),
          "yasgui.min.js", new Asset(JS, webjar("zazuko__yasgui", "build/yasgui.min.js")),
          "yasgui.min.css",
              new Asset(
                  "text/css; charset=utf-8", webjar("zazuko__yasgui", "build/yasgui.min.css")),
          "cytoscape.min.js", new Asset(JS, webjar("cytoscape", "dist/cytoscape.min.js")));

  /** A file of an npm WebJar on the classpath, at the version the build put there. */
  private static String webjar(String name, String file) {
    String properties = "/META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
    try (InputStream in = AssetServlet.class.getResourceAsStream(properties)) {
      Properties pom = new Properties();
      if (in != null) {
        pom.load(in);
      }
      return "/META-INF/resources/webjars/"
          + name
          + "/"
          + pom.getProperty("version", "missing")
          + "/"
          + file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Pages.secure(response);
    String name =
        request.getServletPath().equals("/favicon.ico")
            ? "favicon.svg"
            : request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
    Asset asset = ASSETS.get(name);
    if (asset == null) {
      Pages.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such asset: " + name);
      return;
    }
    String type = asset.type();
    try (InputStream in = AssetServlet.class.getResourceAsStream(asset.resource())) {
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
