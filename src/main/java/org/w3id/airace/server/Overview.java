package org.w3id.airace.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The overviews: the class hierarchy as a tree, the object properties as a table of domain -> range
 * connections, and the strategy taxonomy as a tree with its opposing pairs.
 */
final class Overview {
  private static final int MAX_DEPTH = 20;

  private final OntologyView view;
  private final Links links;

  Overview(OntologyView view, Links links) {
    this.view = view;
    this.links = links;
  }

  /** The class hierarchy: every class under its superclasses among {@code classes}. */
  String classTree(List<Node> classes) {
    Set<Node> members = Set.copyOf(classes);
    List<Node> roots =
        classes.stream()
            .filter(c -> superclasses(c).stream().noneMatch(members::contains))
            .toList();
    return "<ul class=\"tree\">\n" + classItems(roots, members, 0) + "</ul>\n";
  }

  private String classItems(List<Node> nodes, Set<Node> members, int depth) {
    StringBuilder out = new StringBuilder();
    for (Node c : nodes) {
      out.append("<li>").append(links.to(c)).append(gloss(c));
      List<Node> external =
          superclasses(c).stream().filter(n -> n.isURI() && !members.contains(n)).toList();
      if (!external.isEmpty()) {
        out.append(" <span class=\"align\">⊑ ").append(links.all(external)).append("</span>");
      }
      List<Node> children =
          view.subjects(RDFS.subClassOf.asNode(), c).stream().filter(members::contains).toList();
      if (!children.isEmpty() && depth < MAX_DEPTH) {
        out.append("\n<ul>\n").append(classItems(children, members, depth + 1)).append("</ul>\n");
      }
      out.append("</li>\n");
    }
    return out.toString();
  }

  private List<Node> superclasses(Node c) {
    return view.objects(c, RDFS.subClassOf.asNode());
  }

  /** One row per object property and domain/range pair; "any" where none is declared. */
  String connections(List<Node> objectProperties) {
    StringBuilder out = new StringBuilder();
    out.append("<table class=\"links\">\n<thead><tr><th>Domain</th><th>Property</th>");
    out.append("<th>Range</th></tr></thead>\n<tbody>\n");
    for (Node p : objectProperties) {
      for (String domain : endsOf(p, RDFS.domain.asNode())) {
        for (String range : endsOf(p, RDFS.range.asNode())) {
          out.append("<tr><td>").append(domain).append("</td><td>").append(links.to(p));
          out.append(gloss(p)).append("</td><td>").append(range).append("</td></tr>\n");
        }
      }
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  private List<String> endsOf(Node property, Node predicate) {
    List<Node> ends = view.objects(property, predicate);
    if (ends.isEmpty()) {
      return List.of("<span class=\"any\">any</span>");
    }
    return ends.stream().map(links::to).toList();
  }

  /** The strategies under their broader ones, each with the strategies it opposes. */
  String strategyTree(List<Node> strategies) {
    Set<Node> members = Set.copyOf(strategies);
    List<Node> roots =
        strategies.stream().filter(s -> broader(s).stream().noneMatch(members::contains)).toList();
    return "<ul class=\"tree\">\n" + strategyItems(roots, members, 0) + "</ul>\n";
  }

  private String strategyItems(List<Node> nodes, Set<Node> members, int depth) {
    StringBuilder out = new StringBuilder();
    for (Node s : nodes) {
      out.append("<li>").append(links.to(s)).append(gloss(s));
      List<Node> opposed = view.bothWays(s, OntologyView.race("opposes"));
      if (!opposed.isEmpty()) {
        out.append(" <span class=\"opp\">⇄ opposes ").append(links.all(opposed)).append("</span>");
      }
      List<Node> narrower =
          members.stream()
              .filter(n -> broader(n).contains(s))
              .sorted(OntologyView.BY_NAME)
              .toList();
      if (!narrower.isEmpty() && depth < MAX_DEPTH) {
        out.append("\n<ul>\n").append(strategyItems(narrower, members, depth + 1));
        out.append("</ul>\n");
      }
      out.append("</li>\n");
    }
    return out.toString();
  }

  private List<Node> broader(Node strategy) {
    List<Node> up = new ArrayList<>(view.objects(strategy, SKOS.broader.asNode()));
    up.addAll(view.subjects(SKOS.narrower.asNode(), strategy));
    return up;
  }

  /** The labels, where they say more than the local name: "Akteur", "Open release · Offene…". */
  private String gloss(Node term) {
    List<String> parts = new ArrayList<>();
    String en = view.englishLabel(term);
    if (!sameWords(en, term.getLocalName())) {
      parts.add(Html.escape(en));
    }
    view.label(term, "de")
        .filter(de -> !sameWords(de, en))
        .ifPresent(de -> parts.add("<span lang=\"de\">" + Html.escape(de) + "</span>"));
    return parts.isEmpty() ? "" : " <span class=\"gloss\">" + String.join(" · ", parts) + "</span>";
  }

  private static boolean sameWords(String a, String b) {
    return letters(a).equals(letters(b));
  }

  private static String letters(String text) {
    return text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
  }
}
