package org.w3id.airace.server;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** A short table of the SHACL node shapes, if the ontology graph has any. */
final class ShapesSection {
  private final OntologyView view;
  private final Links links;

  ShapesSection(OntologyView view, Links links) {
    this.view = view;
    this.links = links;
  }

  /** The named node shapes, sorted; none if the graph has no shapes. */
  List<Node> shapes() {
    return view.subjects(RDF.type.asNode(), SHACL.NodeShape).stream().filter(Node::isURI).toList();
  }

  String render() {
    StringBuilder out = new StringBuilder();
    out.append("<p>What a valid fact looks like: the SHACL node shapes of ");
    out.append(
        "<code>ontology/shapes.ttl</code>, which every article's graph must meet before it ");
    out.append("is stored. They are rules for the data, not part of the ontology graph.</p>\n");
    out.append("<table class=\"shapes\">\n<thead><tr>");
    out.append("<th>Shape</th><th>Applies to</th><th>Constrains</th><th>Description</th>");
    out.append("</tr></thead>\n<tbody>\n");
    for (Node shape : shapes()) {
      out.append("<tr><td><code>").append(Html.escape(Links.shortForm(shape.getURI())));
      out.append("</code></td><td>").append(orDash(links.all(targets(shape))));
      out.append("</td><td>").append(orDash(links.all(paths(shape))));
      out.append("</td><td>").append(description(shape)).append("</td></tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  private static String orDash(String html) {
    return html.isEmpty() ? "<span class=\"any\">—</span>" : html;
  }

  private List<Node> targets(Node shape) {
    Set<Node> targets = new TreeSet<>(OntologyView.BY_NAME);
    for (Node p :
        List.of(
            SHACL.targetClass, SHACL.targetNode, SHACL.targetSubjectsOf, SHACL.targetObjectsOf)) {
      targets.addAll(view.objects(shape, p));
    }
    if (view.has(shape, RDF.type.asNode(), RDFS.Class.asNode())
        || view.has(shape, RDF.type.asNode(), OWL2.Class.asNode())) {
      targets.add(shape);
    }
    return List.copyOf(targets);
  }

  private List<Node> paths(Node shape) {
    Set<Node> paths = new TreeSet<>(OntologyView.BY_NAME);
    for (Node property : view.objects(shape, SHACL.property)) {
      view.objects(property, SHACL.path).stream().filter(Node::isURI).forEach(paths::add);
    }
    return List.copyOf(paths);
  }

  private String description(Node shape) {
    for (Node p :
        List.of(SHACL.description, RDFS.comment.asNode(), RDFS.label.asNode(), SHACL.message)) {
      for (String lang : TermEntry.LANGUAGES) {
        Optional<String> text = view.text(shape, p, lang);
        if (text.isPresent()) {
          return "<span lang=\"" + lang + "\">" + links.prose(text.get()) + "</span>";
        }
      }
    }
    return "";
  }
}
