package org.w3id.airace.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.airace.vocab.Race;

/**
 * Linked Data: {@code https://w3id.org/airace/resource/X} is served at {@code /resource/X} — an
 * HTML page for browsers ({@link ResourcePage}), Turtle, JSON-LD, N-Triples or RDF/XML by {@code
 * Accept} or by a suffix ({@code /resource/X.ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf}). The
 * RDF is what the database says about the resource and what points at it. Answers say {@code Vary:
 * Accept}; an unknown resource gets 404 with a page that says where to look; a path with {@code ..}
 * or a control character gets 400.
 */
final class ResourceServlet extends HttpServlet {
  private static final Map<String, Format> BY_SUFFIX = new LinkedHashMap<>();
  private static final AcceptList OFFER;

  private record Format(String mediaType, String contentType, RDFFormat rdf) {}

  static {
    BY_SUFFIX.put(
        "ttl", new Format("text/turtle", "text/turtle; charset=utf-8", RDFFormat.TURTLE_PRETTY));
    BY_SUFFIX.put(
        "jsonld",
        new Format("application/ld+json", "application/ld+json", RDFFormat.JSONLD11_PRETTY));
    BY_SUFFIX.put(
        "nt",
        new Format("application/n-triples", "application/n-triples", RDFFormat.NTRIPLES_UTF8));
    BY_SUFFIX.put(
        "rdf", new Format("application/rdf+xml", "application/rdf+xml", RDFFormat.RDFXML_PRETTY));
    OFFER =
        AcceptList.create(
            "text/html",
            "text/turtle",
            "application/ld+json",
            "application/n-triples",
            "application/rdf+xml");
  }

  private final DatasetGraph dataset;
  private final String namespace;
  private final String base;

  /** The resources of our namespace at {@code /resource/}. */
  ResourceServlet(DatasetGraph dataset) {
    this(dataset, Race.RESOURCE, "/resource/");
  }

  /** The resources of {@code namespace} at {@code base} (the strategies at /strategy/). */
  ResourceServlet(DatasetGraph dataset, String namespace, String base) {
    this.dataset = dataset;
    this.namespace = namespace;
    this.base = base;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Pages.secure(response);
    response.setHeader("Vary", "Accept");
    String local =
        request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
    if (local.isEmpty()) {
      response.sendRedirect("/");
      return;
    }
    if (local.contains("..") || local.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      Pages.plain(
          response, HttpServletResponse.SC_BAD_REQUEST, "Not a resource name: /resource/" + local);
      return;
    }
    Format format = null;
    int dot = local.lastIndexOf('.');
    if (dot > 0 && BY_SUFFIX.containsKey(local.substring(dot + 1))) {
      format = BY_SUFFIX.get(local.substring(dot + 1));
      local = local.substring(0, dot);
    }
    boolean html = false;
    if (format == null) {
      String accept = request.getHeader("Accept");
      MediaType match =
          AcceptList.match(
              new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept), OFFER);
      if (match == null) {
        Pages.plain(
            response,
            HttpServletResponse.SC_NOT_ACCEPTABLE,
            "/resource/"
                + local
                + " is served as text/html, text/turtle, application/ld+json,"
                + " application/n-triples or application/rdf+xml, or with a suffix: .ttl .jsonld .nt .rdf");
        return;
      }
      html = match.getContentTypeStr().equals("text/html");
      for (Format f : BY_SUFFIX.values()) {
        if (f.mediaType().equals(match.getContentTypeStr())) {
          format = f;
        }
      }
    }
    Node resource = NodeFactory.createURI(namespace + local);
    Locale reader =
        request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
    boolean asHtml = html;
    Format asRdf = format;
    String localName = local;
    dataset.executeRead(
        () -> {
          try {
            ResourceView view = new ResourceView(dataset, resource);
            if (!view.exists()) {
              notFound(response, localName, asHtml);
            } else if (asHtml) {
              Pages.html(
                  response, HttpServletResponse.SC_OK, new ResourcePage(view, reader).render());
            } else {
              rdf(response, view.description(), asRdf);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void rdf(HttpServletResponse response, Graph graph, Format format)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, graph, format.rdf());
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(format.contentType());
    response.setContentLength(out.size());
    out.writeTo(response.getOutputStream());
  }

  private void notFound(HttpServletResponse response, String local, boolean html)
      throws IOException {
    String message =
        "Nothing is known here about "
            + namespace
            + local
            + ". Resource names are case-sensitive"
            + " and use underscores for spaces (/resource/United_States); the SPARQL endpoint"
            + " /airace/sparql lists them all.";
    if (!html) {
      Pages.plain(response, HttpServletResponse.SC_NOT_FOUND, message);
      return;
    }
    Pages.html(
        response,
        HttpServletResponse.SC_NOT_FOUND,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found —"
            + " airace</title>\n<link rel=\"stylesheet\" href=\"/assets/airace.css\">\n</head>\n<body>\n"
            + Pages.nav()
            + "<main>\n<h1>Not found</h1>\n<p>"
            + Html.escape(message)
            + "</p>\n<p>Try <a href=\"/resource/OpenAI\">OpenAI</a>, <a href=\"/resource/China\">China</a>"
            + " or <a href=\"/resource/article/wettlauf-ki\">the first article</a>.</p>\n</main>\n"
            + "</body>\n</html>\n");
  }
}
