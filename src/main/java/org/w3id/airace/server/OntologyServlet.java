package org.w3id.airace.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.airace.store.Loader;

/**
 * The ontology at {@code /ontology} (and {@code /ontology/}): its documentation page ({@link
 * OntologyPage}) for browsers, Turtle, RDF/XML, JSON-LD or N-Triples for programs, as the {@code
 * Accept} header asks; the page for a wildcard and for no header. {@code ?format=html|ttl|rdf|
 * jsonld|nt} overrides the header for clients that cannot set one. An Accept header none of these
 * meets gets 406 with the list of types; an unknown format 400. Answers say {@code Vary: Accept}.
 * Every representation is rendered once, when the servlet is made, not per request.
 */
final class OntologyServlet extends HttpServlet {
  /** One way the ontology is served: its {@code ?format=} key, media type and bytes. */
  record Representation(String key, String mediaType, String contentType, byte[] body) {}

  private final List<Representation> representations;
  private final AcceptList offer;

  /** Serves the ontology bundled with airace; the page also lists its shapes. */
  OntologyServlet() {
    this(Loader.ontology(), OntologyPage.bundled());
  }

  /** Serves {@code ontology} as RDF and {@code page} as its documentation. */
  OntologyServlet(Graph ontology, String page) {
    this.representations =
        List.of(
            new Representation(
                "html",
                "text/html",
                "text/html; charset=utf-8",
                page.getBytes(StandardCharsets.UTF_8)),
            rdf(ontology, "ttl", "text/turtle", "; charset=utf-8", RDFFormat.TURTLE_PRETTY),
            rdf(ontology, "rdf", "application/rdf+xml", "", RDFFormat.RDFXML_PRETTY),
            rdf(ontology, "jsonld", "application/ld+json", "", RDFFormat.JSONLD11_PRETTY),
            rdf(ontology, "nt", "application/n-triples", "", RDFFormat.NTRIPLES_UTF8));
    this.offer =
        AcceptList.create(
            representations.stream().map(Representation::mediaType).toArray(String[]::new));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
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
      plain(response, status, "/ontology cannot answer " + asked + ". " + supported());
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
