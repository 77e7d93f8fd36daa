package org.w3id.airace.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.SKOS;

/** The head of the page: title, description, the ontology's metadata and its change notes. */
final class Header {
  private static final String VANN = "http://purl.org/vocab/vann/";

  private final OntologyView view;
  private final Links links;
  private final Node ontology;

  Header(OntologyView view, Links links, Node ontology) {
    this.view = view;
    this.links = links;
    this.ontology = ontology;
  }

  String render(String title) {
    StringBuilder out = new StringBuilder("<header class=\"top\">\n");
    out.append("<p class=\"eyebrow\">Ontology documentation · Dokumentation der Ontologie</p>\n");
    out.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    for (String de : view.texts(ontology, DCTerms.title.asNode(), "de")) {
      out.append("<p class=\"subtitle\" lang=\"de\">").append(Html.escape(de)).append("</p>\n");
    }
    out.append("<div class=\"langs\">\n");
    for (String lang : TermEntry.LANGUAGES) {
      out.append("<div class=\"lang\" lang=\"").append(lang).append("\">");
      out.append("<span class=\"tag\">").append(lang.toUpperCase(Locale.ROOT)).append("</span>\n");
      for (String d : view.texts(ontology, DCTerms.description.asNode(), lang)) {
        out.append("<p class=\"def\">").append(links.prose(d)).append("</p>\n");
      }
      out.append("</div>\n");
    }
    out.append("</div>\n").append(metadata()).append(changeNotes()).append("</header>\n");
    return out.toString();
  }

  private String metadata() {
    StringBuilder out = new StringBuilder("<dl class=\"meta\">\n");
    row(out, "IRI", "<code>" + Html.escape(ontology.getURI()) + "</code>");
    row(out, "Version IRI", values(OWL2.versionIRI.asNode()));
    row(out, "Version", values(OWL2.versionInfo.asNode()));
    String prefix = values(NodeFactory.createURI(VANN + "preferredNamespacePrefix"));
    String namespace = values(NodeFactory.createURI(VANN + "preferredNamespaceUri"));
    if (!prefix.isEmpty()) {
      row(
          out,
          "Preferred prefix",
          "<code>"
              + prefix
              + ":</code>"
              + (namespace.isEmpty() ? "" : " <code>" + namespace + "</code>"));
    }
    row(out, "License", values(DCTerms.license.asNode()));
    row(out, "Creator", values(DCTerms.creator.asNode()));
    row(out, "Created", values(DCTerms.created.asNode()));
    row(out, "Modified", values(DCTerms.modified.asNode()));
    return out.append("</dl>\n").toString();
  }

  private String values(Node predicate) {
    return links.all(view.objects(ontology, predicate));
  }

  private static void row(StringBuilder out, String title, String html) {
    if (!html.isEmpty()) {
      out.append("<dt>").append(title).append("</dt><dd>").append(html).append("</dd>\n");
    }
  }

  /**
   * The change notes, newest first: they start with their date and version ("2026-11-29 - 0.2.0:
   * ..."), English before German for the same one.
   */
  private String changeNotes() {
    record Note(String text, String lang) {}
    List<Note> notes = new ArrayList<>();
    for (String lang : TermEntry.LANGUAGES) {
      view.texts(ontology, SKOS.changeNote.asNode(), lang)
          .forEach(text -> notes.add(new Note(text, lang)));
    }
    notes.sort(
        Comparator.comparing((Note n) -> n.text().split(":", 2)[0])
            .reversed()
            .thenComparing(n -> TermEntry.LANGUAGES.indexOf(n.lang()))
            .thenComparing(Note::text));
    StringBuilder out = new StringBuilder();
    for (Note note : notes) {
      out.append("<li lang=\"").append(note.lang()).append("\">");
      out.append(links.prose(note.text())).append("</li>\n");
    }
    return out.isEmpty()
        ? ""
        : "<details class=\"changes\" open>\n<summary>Change notes · Änderungen</summary>\n<ul>\n"
            + out
            + "</ul>\n</details>\n";
  }
}
