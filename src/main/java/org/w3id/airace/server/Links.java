package org.w3id.airace.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.airace.vocab.Race;

/**
 * Writes terms as links: a term with an entry on the page links to its anchor ({@code
 * #Investment}), any other IRI to itself, shown as a prefixed name where the prefix is known.
 */
final class Links {
  /** The prefixes the page shows, in the order they are tried. */
  static final Map<String, String> PREFIXES = prefixes();

  private static final Pattern PREFIXED =
      Pattern.compile(
          "(?<![\\w/:.#-])(" + String.join("|", PREFIXES.keySet()) + "):([A-Za-z][A-Za-z0-9_]*)");

  private final OntologyView view;
  private final Set<Node> anchored;

  Links(OntologyView view, Set<Node> anchored) {
    this.view = view;
    this.anchored = Set.copyOf(anchored);
  }

  /** The node as HTML: a link for an IRI, escaped text for a literal. */
  String to(Node node) {
    if (node.isURI() && anchored.contains(node)) {
      String name = Html.escape(node.getLocalName());
      return "<a href=\"#"
          + name
          + "\" title=\""
          + Html.escape(view.englishLabel(node))
          + "\"><code>"
          + name
          + "</code></a>";
    }
    if (node.isURI()) {
      return "<a class=\"ext\" href=\""
          + Html.escape(node.getURI())
          + "\"><code>"
          + Html.escape(shortForm(node.getURI()))
          + "</code></a>";
    }
    if (node.isLiteral()) {
      String lang = node.getLiteralLanguage();
      String text = Html.escape(node.getLiteralLexicalForm());
      return lang.isEmpty() ? text : "<span lang=\"" + Html.escape(lang) + "\">" + text + "</span>";
    }
    return "<span class=\"anon\">an anonymous expression</span>";
  }

  /** Several nodes, comma-separated. */
  String all(List<Node> nodes) {
    return nodes.stream().map(this::to).collect(Collectors.joining(", "));
  }

  /** Escaped prose in which every prefixed name ({@code race:Rivalry}) becomes a link. */
  String prose(String text) {
    Matcher m = PREFIXED.matcher(text);
    StringBuilder out = new StringBuilder();
    int done = 0;
    while (m.find()) {
      out.append(Html.escape(text.substring(done, m.start())));
      out.append(to(NodeFactory.createURI(PREFIXES.get(m.group(1)) + m.group(2))));
      done = m.end();
    }
    return out.append(Html.escape(text.substring(done))).toString();
  }

  /** The IRI as a prefixed name if a known prefix fits, else the IRI itself. */
  static String shortForm(String iri) {
    for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
      if (iri.startsWith(p.getValue())) {
        String rest = iri.substring(p.getValue().length());
        if (rest.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
          return p.getKey() + ":" + rest;
        }
      }
    }
    return iri;
  }

  private static Map<String, String> prefixes() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("race", Race.NS);
    p.put("rsh", "https://w3id.org/airace/shapes#");
    p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    p.put("owl", "http://www.w3.org/2002/07/owl#");
    p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    p.put("skos", "http://www.w3.org/2004/02/skos/core#");
    p.put("dct", "http://purl.org/dc/terms/");
    p.put("vann", "http://purl.org/vocab/vann/");
    p.put("schema", "http://schema.org/");
    p.put("org", "http://www.w3.org/ns/org#");
    p.put("foaf", "http://xmlns.com/foaf/0.1/");
    p.put("prov", "http://www.w3.org/ns/prov#");
    p.put("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
    p.put("itsrdf", "http://www.w3.org/2005/11/its/rdf#");
    p.put("time", "http://www.w3.org/2006/time#");
    p.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
    p.put("sh", "http://www.w3.org/ns/shacl#");
    p.put("wd", "http://www.wikidata.org/entity/");
    p.put("dbr", "http://dbpedia.org/resource/");
    return Collections.unmodifiableMap(p);
  }
}
