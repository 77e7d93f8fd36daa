package org.w3id.airace.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.airace.store.Loader;

/**
 * One RDF document at one path — the ontology at {@code /ontology}, the dataset's description at
 * {@code /.well-known/void} — as Turtle, RDF/XML, JSON-LD or N-Triples for programs, as the {@code
 * Accept} header asks, and as an HTML page for browsers where it has one (the page for a wildcard
 * and for no header; Turtle when there is no page). {@code ?format=html|ttl|rdf|jsonld|nt}
 * overrides the header for clients that cannot set one. An Accept header none of these meets gets
 * 406 with the list of types; an unknown format 400. Answers say {@code Vary: Accept}. Every
 * representation is rendered once, at the first request, not per request: the server is read-only.
 */
final class RdfDocumentServlet extends HttpServlet {
  /** One way the ontology is served: its {@code ?format=} key, media type and bytes. */
  record Representation(String key, String mediaType, String contentType, byte[] body) {}

  private final String path;
  private final Supplier<Graph> graph;
  private final Supplier<String> page;
  private volatile List<Representation> representations;
  private volatile AcceptList offer;

  /** The ontology bundled with airace at {@code /ontology}; its page also lists the shapes. */
  static RdfDocumentServlet ontology() {
    return new RdfDocumentServlet("/ontology", Loader::ontology, OntologyPage::served);
  }

  /**
   * Serves {@code graph} at {@code path}, with {@code page} as its HTML page (null: none). Both are
   * asked for once, at the first request.
   */
  RdfDocumentServlet(String path, Supplier<Graph> graph, Supplier<String> page) {
    this.path = path;
    this.graph = graph;
    this.page = page;
  }

  private synchronized void render() {
    if (representations != null) {
      return;
    }
    Graph document = graph.get();
    List<Representation> all = new ArrayList<>();
    if (page != null) {
      all.add(
          new Representation(
              "html",
              "text/html",
              "text/html; charset=utf-8",
              page.get().getBytes(StandardCharsets.UTF_8)));
    }
    all.add(rdf(document, "ttl", "text/turtle", "; charset=utf-8", RDFFormat.TURTLE_PRETTY));
    all.add(rdf(document, "rdf", "application/rdf+xml", "", RDFFormat.RDFXML_PRETTY));
    all.add(rdf(document, "jsonld", "application/ld+json", "", RDFFormat.JSONLD11_PRETTY));
    all.add(rdf(document, "nt", "application/n-triples", "", RDFFormat.NTRIPLES_UTF8));
    offer = AcceptList.create(all.stream().map(Representation::mediaType).toArray(String[]::new));
    representations = List.copyOf(all);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    render();
    Pages.secure(response);
    String rest = request.getPathInfo();
    if (rest != null && !rest.equals("/")) {
      plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + request.getRequestURI());
      return;
    }
    response.setHeader("Vary", "Accept");
    String format = request.getParameter("format");
    Optional<Representation> chosen =
        format != null ? byKey(format) : byAccept(request.getHeader("Accept"));
    if (chosen.isEmpty()) {
      int status =
          format != null
              ? HttpServletResponse.SC_BAD_REQUEST
              : HttpServletResponse.SC_NOT_ACCEPTABLE;
      String asked =
          format != null ? "?format=" + format : "Accept: " + request.getHeader("Accept");
      plain(response, status, path + " cannot answer " + asked + ". " + supported());
      return;
    }
    Representation r = chosen.get();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(r.contentType());
    response.setContentLength(r.body().length);
    response.getOutputStream().write(r.body());
  }

  /** What this servlet serves, as said in its 406 and 400 answers. */
  String supported() {
    return "Supported types: "
        + representations.stream().map(Representation::mediaType).collect(Collectors.joining(", "))
        + "; or ?format="
        + representations.stream().map(Representation::key).collect(Collectors.joining("|"))
        + ".";
  }

  private Optional<Representation> byKey(String key) {
    return representations.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  private Optional<Representation> byAccept(String accept) {
    String header = accept == null || accept.isBlank() ? "*/*" : accept;
    MediaType match = AcceptList.match(new AcceptList(header), offer);
    if (match == null) {
      return Optional.empty();
    }
    return representations.stream()
        .filter(r -> r.mediaType().equals(match.getContentTypeStr()))
        .findFirst();
  }

  private static Representation rdf(
      Graph graph, String key, String mediaType, String parameters, RDFFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, graph, format);
    return new Representation(key, mediaType, mediaType + parameters, out.toByteArray());
  }

  private static void plain(HttpServletResponse response, int status, String message)
      throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
