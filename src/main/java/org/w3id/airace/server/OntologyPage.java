package org.w3id.airace.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.store.Loader;

/**
 * The documentation of the airace ontology as one self-contained HTML page (inline CSS, no
 * scripts): the header, an overview of the class hierarchy and of how the object properties connect
 * the classes, then every class, property, strategy and fixed individual in English and German.
 * Every term's entry has its local name as anchor, so {@code
 * https://w3id.org/airace/ontology#Investment} lands on {@code id="Investment"}. The output depends
 * only on the graph: the same ontology gives the same bytes.
 *
 * <pre>{@code
 * String html = OntologyPage.render(Loader.ontology());   // or bundled(): with the shapes
 * }</pre>
 *
 * The build runs {@link #main} to write {@code docs/ontology.html}; the server serves the same page
 * at {@code /ontology}.
 */
public final class OntologyPage {
  /** Where the build writes the page. */
  public static final Path DOCS = Path.of("docs/ontology.html");

  private static final String CSS = "/org/w3id/airace/server/ontology.css";

  private final OntologyView view;
  private final List<Sections.Section> sections;
  private final Links links;
  private final Overview overview;
  private final ShapesSection shapes;

  private OntologyPage(Graph graph) {
    this.view = new OntologyView(graph);
    this.sections = Sections.of(view);
    this.links = new Links(view, Sections.terms(sections));
    this.overview = new Overview(view, links);
    this.shapes = new ShapesSection(view, links);
  }

  /** The page for this ontology graph, self-contained: its style inline, as in the docs. */
  public static String render(Graph ontology) {
    return new OntologyPage(ontology).html(false);
  }

  /**
   * The page {@code /ontology} serves browsers: the bundled ontology and its shapes, with the bar
   * of every page (and its search box) on top and the style from {@code /assets/ontology.css}, so
   * the page needs nothing inline and the server's Content-Security-Policy holds.
   */
  static String served() {
    return new OntologyPage(sources()).html(true);
  }

  /** The page for the bundled ontology and its shapes: what {@code /ontology} shows browsers. */
  public static String bundled() {
    return render(sources());
  }

  /**
   * Every bundled file of {@code ontology/} as one graph: the ontology (what {@link
   * Loader#ontology()} gives) and its SHACL shapes, which the page lists in a section of their own.
   */
  public static Graph sources() {
    Graph graph = GraphFactory.createDefaultGraph();
    for (String path : Bundled.list("ontology", ".ttl")) {
      try (InputStream in = Bundled.open(path)) {
        RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException(path + ": " + e.getMessage(), e);
      }
    }
    return graph;
  }

  /**
   * Writes the page for the bundled ontology to the file given (default {@code docs/ontology.html})
   * if its content changed.
   */
  public static void main(String[] args) throws IOException {
    Path out = args.length > 0 ? Path.of(args[0]) : DOCS;
    String html = bundled();
    if (Files.isRegularFile(out) && Files.readString(out, StandardCharsets.UTF_8).equals(html)) {
      System.out.println(out + " is up to date");
      return;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, html, StandardCharsets.UTF_8);
    System.out.println(out + " written");
  }

  private String html(boolean served) {
    Node ontology = OntologyView.ONTOLOGY;
    String title = view.text(ontology, DCTerms.title.asNode(), "en").orElse("airace ontology");
    StringBuilder out = new StringBuilder();
    out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>").append(Html.escape(title)).append("</title>\n");
    if (served) {
      out.append("<link rel=\"stylesheet\" href=\"/assets/ontology.css\">\n");
      out.append("<link rel=\"stylesheet\" href=\"/assets/nav.css\">\n");
      out.append("</head>\n<body>\n").append(Pages.nav());
    } else {
      out.append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
    }
    out.append("<div class=\"page\">\n").append(toc()).append("<main>\n");
    out.append(new Header(view, links, ontology).render(title)).append(overview());
    for (Sections.Section section : sections) {
      out.append(section(section));
    }
    if (!shapes.shapes().isEmpty()) {
      out.append(heading("shapes", "Shapes", "Shapes")).append(shapes.render());
      out.append("</section>\n");
    }
    out.append(footer(ontology)).append("</main>\n</div>\n</body>\n</html>\n");
    return out.toString();
  }

  private String toc() {
    StringBuilder out = new StringBuilder("<nav class=\"toc\" aria-label=\"Contents\">\n");
    out.append("<p class=\"toc-title\">Contents · Inhalt</p>\n<ol>\n");
    out.append("<li><a href=\"#overview\">Overview</a></li>\n");
    for (Sections.Section section : sections) {
      out.append("<li><a href=\"#").append(section.id()).append("\">");
      out.append(Html.escape(section.en())).append("</a>\n<ul class=\"toc-terms\">");
      for (Node term : section.terms()) {
        String name = Html.escape(term.getLocalName());
        out.append("<li><a href=\"#").append(name).append("\">").append(name).append("</a></li>");
      }
      out.append("</ul></li>\n");
    }
    if (!shapes.shapes().isEmpty()) {
      out.append("<li><a href=\"#shapes\">Shapes</a></li>\n");
    }
    return out.append("<li><a href=\"#formats\">Formats</a></li>\n</ol>\n</nav>\n").toString();
  }

  private String overview() {
    StringBuilder out = new StringBuilder(heading("overview", "Overview", "Überblick"));
    out.append("<h3>Class hierarchy <span lang=\"de\">Klassenhierarchie</span></h3>\n");
    out.append("<p>Each class under its superclass; ⊑ marks its alignment to external ");
    out.append("vocabularies.</p>\n").append(overview.classTree(termsOf("classes")));
    out.append("<h3>How the classes connect <span lang=\"de\">Wie die Klassen ");
    out.append("zusammenhängen</span></h3>\n<p>Every object property from its domain to its ");
    out.append("range; <em>any</em> where the ontology does not restrict it.</p>\n");
    out.append(overview.connections(termsOf("object-properties")));
    return out.append("</section>\n").toString();
  }

  private String section(Sections.Section section) {
    StringBuilder out = new StringBuilder(heading(section.id(), section.en(), section.de()));
    if (section.id().equals("strategies")) {
      List<Node> strategies =
          section.terms().stream()
              .filter(t -> !view.has(t, RDF.type.asNode(), SKOS.ConceptScheme.asNode()))
              .toList();
      out.append("<p>The strategies under their broader strategies, with the ones they ");
      out.append("oppose.</p>\n").append(overview.strategyTree(strategies));
    }
    TermEntry entries = new TermEntry(view, links);
    for (Node term : section.terms()) {
      out.append(entries.render(term));
    }
    return out.append("</section>\n").toString();
  }

  private static String heading(String id, String en, String de) {
    return "<section class=\"part\" id=\""
        + id
        + "\">\n<h2>"
        + Html.escape(en)
        + (de.equals(en) ? "" : " <span class=\"de\" lang=\"de\">" + Html.escape(de) + "</span>")
        + "</h2>\n";
  }

  private String footer(Node ontology) {
    return "<footer id=\"formats\">\n<h2>Formats <span class=\"de\" lang=\"de\">Formate</span>"
        + "</h2>\n<p>On an airace server this page is served at <code>/ontology</code>. The same "
        + "address gives the ontology to programs by content negotiation on the "
        + "<code>Accept</code> header: <code>text/html</code> (this page), "
        + "<code>text/turtle</code>, <code>application/rdf+xml</code>, "
        + "<code>application/ld+json</code> and <code>application/n-triples</code>. Clients that "
        + "cannot set headers add <code>?format=ttl</code>, <code>rdf</code>, <code>jsonld</code>, "
        + "<code>nt</code> or <code>html</code> instead:</p>\n"
        + "<pre>curl -H 'Accept: text/turtle' http://localhost:3030/ontology\n"
        + "curl 'http://localhost:3030/ontology?format=jsonld'</pre>\n"
        + "<p>Generated from <code>ontology/*.ttl</code>; the build writes it to "
        + "<code>docs/ontology.html</code>. License: "
        + links.all(view.objects(ontology, DCTerms.license.asNode()))
        + ".</p>\n</footer>\n";
  }

  private List<Node> termsOf(String sectionId) {
    return sections.stream()
        .filter(s -> s.id().equals(sectionId))
        .flatMap(s -> s.terms().stream())
        .toList();
  }

  private static String css() {
    try (InputStream in = OntologyPage.class.getResourceAsStream(CSS)) {
      if (in == null) {
        throw new IllegalStateException(CSS + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CSS, e);
    }
  }
}
