package org.w3id.airace.server;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Race;

/**
 * The HTML page of one resource: its labels in English and German, types and definition, links to
 * Wikidata and DBpedia, then its facts grouped by property — outgoing and incoming — each with the
 * sentence it came from, quoted, the names in it marked, linked to the place in the article; then
 * the sentences that name it. An article's page shows its text, every name marked and linked, and
 * the facts found in it. Every literal is escaped; the page needs no script.
 */
final class ResourcePage {
  private static final String ONTOLOGY = Race.NS;

  /** The strategies of the contract, which have pages of their own. */
  static final Set<String> STRATEGIES = strategies();

  private static Set<String> strategies() {
    Set<String> found = new HashSet<>();
    Bundled.ontology()
        .find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(Race.NS + "Strategy"))
        .forEachRemaining(t -> found.add(t.getSubject().getURI()));
    return Set.copyOf(found);
  }

  private final ResourceView view;
  private final Locale reader;

  /** The page of the resource in {@code view}, amounts written for a reader of {@code reader}. */
  ResourcePage(ResourceView view, Locale reader) {
    this.view = view;
    this.reader = reader.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH;
  }

  String render() {
    Node resource = view.resource();
    Map<String, String> labels = view.labels(resource);
    String title =
        view.label(resource) != null
            ? view.label(resource)
            : PageQueries.shortName(resource.getURI());
    StringBuilder out = new StringBuilder();
    out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<title>").append(Html.escape(title)).append(" — airace</title>\n");
    out.append("<link rel=\"stylesheet\" href=\"/assets/airace.css\">\n");
    if (view.isArticle()) {
      out.append("<script src=\"/assets/fragment.js\" defer></script>\n");
    }
    out.append("<link rel=\"alternate\" type=\"text/turtle\" href=\"")
        .append(Html.escape(path(resource.getURI())))
        .append(".ttl\">\n</head>\n<body>\n");
    out.append(Pages.nav() + "<main>\n");
    out.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    if (labels.containsKey("de") && !labels.get("de").equals(title)) {
      out.append("<p class=\"subtitle\" lang=\"de\">")
          .append(Html.escape(labels.get("de")))
          .append("</p>\n");
    }
    out.append("<p class=\"iri\"><code>")
        .append(Html.escape(resource.getURI()))
        .append("</code></p>\n");
    types(out);
    for (Node definition : view.values(SKOS.definition.asNode())) {
      out.append("<p class=\"def\">").append(literal(definition)).append("</p>\n");
    }
    external(out);
    if (view.isArticle()) {
      article(out);
    }
    facts(out, "Facts", view.outgoing(), false);
    facts(out, "Pointing here", view.incoming(), true);
    mentions(out);
    out.append("<p class=\"formats\">As data: ");
    for (String ext : List.of("ttl", "jsonld", "nt", "rdf")) {
      out.append("<a href=\"")
          .append(Html.escape(path(resource.getURI())))
          .append('.')
          .append(ext)
          .append("\">")
          .append(ext)
          .append("</a> ");
    }
    out.append("</p>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void types(StringBuilder out) {
    List<Node> types = view.values(RDF.type.asNode());
    if (types.isEmpty()) {
      return;
    }
    out.append("<p class=\"types\">");
    for (Node type : types) {
      out.append(link(type, view.label(type))).append(' ');
    }
    out.append("</p>\n");
  }

  private void external(StringBuilder out) {
    List<Node> links = new ArrayList<>(view.values(OWL2.sameAs.asNode()));
    links.addAll(view.values(SKOS.exactMatch.asNode()));
    if (links.isEmpty()) {
      return;
    }
    out.append("<p class=\"links\">Linked data: ");
    for (Node link : links) {
      if (link.isURI()) {
        String name =
            link.getURI().contains("wikidata.org")
                ? "Wikidata"
                : link.getURI().contains("dbpedia.org") ? "DBpedia" : "elsewhere";
        out.append("<a class=\"ext\" rel=\"noopener\" href=\"")
            .append(Html.escape(link.getURI()))
            .append("\">")
            .append(name)
            .append(" <code>")
            .append(Html.escape(PageQueries.shortName(link.getURI())))
            .append("</code></a> ");
      }
    }
    out.append("</p>\n");
  }

  private void facts(
      StringBuilder out,
      String heading,
      Map<Node, List<ResourceView.Fact>> groups,
      boolean incoming) {
    groups.remove(RDF.type.asNode());
    groups.remove(RDFS.label.asNode());
    groups.remove(SKOS.definition.asNode());
    groups.remove(OWL2.sameAs.asNode());
    groups.remove(SKOS.exactMatch.asNode());
    if (groups.isEmpty()) {
      return;
    }
    out.append("<section class=\"facts\">\n<h2>").append(heading).append("</h2>\n<dl>\n");
    for (Map.Entry<Node, List<ResourceView.Fact>> group : groups.entrySet()) {
      Node property = group.getKey();
      String name =
          view.label(property) != null
              ? view.label(property)
              : PageQueries.shortName(property.getURI());
      out.append("<dt>")
          .append(Html.escape(incoming ? inverse(property, name) : name))
          .append("</dt>\n");
      for (ResourceView.Fact fact : group.getValue()) {
        out.append("<dd>")
            .append(
                fact.other().isLiteral()
                    ? literal(fact.other())
                    : link(fact.other(), fact.otherLabel()));
        for (ResourceView.Source source : fact.sources()) {
          quote(out, source);
        }
        out.append("</dd>\n");
      }
    }
    out.append("</dl>\n</section>\n");
  }

  private void mentions(StringBuilder out) {
    List<ResourceView.Source> mentions = view.mentions();
    if (mentions.isEmpty()) {
      return;
    }
    out.append("<section class=\"mentions\">\n<h2>Named in</h2>\n");
    for (ResourceView.Source source : mentions) {
      quote(out, source);
    }
    out.append("</section>\n");
  }

  private void article(StringBuilder out) {
    out.append("<section class=\"article\">\n<h2>Text</h2>\n");
    Map<Long, Node> names = view.articleNames();
    Node paragraph = null;
    for (ResourceView.ArticleSentence sentence : view.articleSentences()) {
      if (!sentence.paragraph().equals(paragraph)) {
        out.append(paragraph == null ? "<p>" : "</p>\n<p>");
        paragraph = sentence.paragraph();
      }
      out.append("<span class=\"sentence\" id=\"")
          .append(Html.escape(fragment(sentence.sentence().getURI())))
          .append("\">")
          .append(marked(sentence.text(), sentence.begin(), sentence.marks(), names, true))
          .append("</span> ");
    }
    if (paragraph != null) {
      out.append("</p>\n");
    }
    out.append("</section>\n");
    analogies(out);
    investments(out);
    List<Node[]> facts = view.articleFacts();
    if (!facts.isEmpty()) {
      out.append("<section class=\"found\">\n<h2>Facts found in it</h2>\n<ul>\n");
      for (Node[] fact : facts) {
        out.append("<li id=\"")
            .append(Html.escape(fragment(fact[0].getURI())))
            .append("\">")
            .append(link(fact[1], view.label(fact[1])));
        if (fact[2] != null) {
          out.append(" ").append(literal(fact[2]));
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
  }

  /** Each analogy of an article: the source and the target rivalry side by side, who plays whom. */
  private void analogies(StringBuilder out) {
    Map<Node, Map<String, List<String>>> sides = new LinkedHashMap<>();
    Map<Node, String> periods = new HashMap<>();
    for (var row : view.rows("article-analogies")) {
      String side = row.get("side").getLiteralLexicalForm();
      Node participant = row.get("participant");
      String label = text(row.get("participantLabel"), PageQueries.shortName(participant.getURI()));
      String outcome =
          row.get("outcomeLabel") == null
              ? ""
              : " — " + Html.escape(text(row.get("outcomeLabel"), ""));
      sides
          .computeIfAbsent(row.get("analogy"), a -> new LinkedHashMap<>())
          .computeIfAbsent(side, s -> new ArrayList<>())
          .add(link(participant, label) + outcome);
      if (side.equals("source") && row.get("from") != null && row.get("to") != null) {
        periods.put(
            row.get("analogy"),
            row.get("from").getLiteralLexicalForm() + "–" + row.get("to").getLiteralLexicalForm());
      }
    }
    if (sides.isEmpty()) {
      return;
    }
    Map<Node, List<String>> mappings = new LinkedHashMap<>();
    for (var row : view.rows("article-mappings")) {
      mappings
          .computeIfAbsent(row.get("analogy"), a -> new ArrayList<>())
          .add(
              link(
                      row.get("source"),
                      text(
                          row.get("sourceLabel"),
                          PageQueries.shortName(row.get("source").getURI())))
                  + " → "
                  + link(
                      row.get("target"),
                      text(
                          row.get("targetLabel"),
                          PageQueries.shortName(row.get("target").getURI()))));
    }
    out.append("<section class=\"analogies\">\n<h2>Historical analogies</h2>\n");
    for (var analogy : sides.entrySet()) {
      out.append("<div class=\"analogy\" id=\"")
          .append(Html.escape(fragment(analogy.getKey().getURI())))
          .append("\">\n");
      for (String side : List.of("source", "target")) {
        out.append("<div class=\"side\"><h3>").append(side.equals("source") ? "Then" : "Now");
        if (side.equals("source") && periods.containsKey(analogy.getKey())) {
          out.append(" (").append(Html.escape(periods.get(analogy.getKey()))).append(")");
        }
        out.append("</h3>\n<ul>\n");
        for (String participant : analogy.getValue().getOrDefault(side, List.of())) {
          out.append("<li>").append(participant).append("</li>\n");
        }
        out.append("</ul></div>\n");
      }
      out.append("<div class=\"mappings\"><h3>Who plays whose part</h3>\n<ul>\n");
      for (String mapping : mappings.getOrDefault(analogy.getKey(), List.of())) {
        out.append("<li>").append(mapping).append("</li>\n");
      }
      out.append("</ul></div>\n</div>\n");
    }
    out.append("</section>\n");
  }

  /** Each investment of an article, its amount written for the reader's language. */
  private void investments(StringBuilder out) {
    List<Binding> rows = view.rows("article-investments");
    if (rows.isEmpty()) {
      return;
    }
    out.append("<section class=\"investments\">\n<h2>Investments</h2>\n<ul>\n");
    Map<Node, List<String>> targets = new LinkedHashMap<>();
    Map<Node, Binding> first = new LinkedHashMap<>();
    for (var row : rows) {
      first.putIfAbsent(row.get("investment"), row);
      List<String> in = targets.computeIfAbsent(row.get("investment"), i -> new ArrayList<>());
      if (row.get("target") != null && !in.contains(literal(row.get("target")))) {
        in.add(literal(row.get("target")));
      }
    }
    for (var row : first.values()) {
      out.append("<li id=\"")
          .append(Html.escape(fragment(row.get("investment").getURI())))
          .append("\">")
          .append(
              link(
                  row.get("investor"),
                  text(
                      row.get("investorLabel"),
                      PageQueries.shortName(row.get("investor").getURI()))))
          .append(": <strong>")
          .append(
              Html.escape(
                  money(
                      new BigDecimal(row.get("value").getLiteralLexicalForm()),
                      row.get("currency").getLiteralLexicalForm(),
                      reader)))
          .append("</strong>");
      List<String> in = targets.get(row.get("investment"));
      if (!in.isEmpty()) {
        out.append(" in ").append(String.join(", ", in));
      }
      if (row.get("project") != null) {
        out.append(", part of ")
            .append(
                link(
                    row.get("project"),
                    text(
                        row.get("projectLabel"),
                        PageQueries.shortName(row.get("project").getURI()))));
      }
      if (row.get("purpose") != null) {
        out.append(", for ").append(literal(row.get("purpose")));
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  /**
   * An amount of money as a reader of the language writes it: "$500 billion", "500 Milliarden $".
   */
  static String money(BigDecimal value, String currency, Locale locale) {
    NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.LONG);
    compact.setMaximumFractionDigits(1);
    String amount = compact.format(value.doubleValue()); // BigDecimal ignores the fraction digits
    String symbol;
    try {
      symbol = Currency.getInstance(currency).getSymbol(locale);
    } catch (IllegalArgumentException e) {
      symbol = currency;
    }
    return locale.getLanguage().equals("de") ? amount + " " + symbol : symbol + amount;
  }

  private static String text(Node literal, String fallback) {
    return literal == null ? fallback : literal.getLiteralLexicalForm();
  }

  /** A sentence, quoted, its names marked, linked to its place in the article. */
  private void quote(StringBuilder out, ResourceView.Source source) {
    String at = path(source.sentence().getURI());
    out.append("<blockquote class=\"source\"><a class=\"place\" href=\"")
        .append(Html.escape(at))
        .append("\">")
        .append(marked(source.text(), source.begin(), source.marks(), Map.of(), false))
        .append("</a>");
    if (source.rule() != null && source.rule().isURI()) {
      out.append(" <span class=\"rule\">")
          .append(Html.escape(PageQueries.shortName(source.rule().getURI())))
          .append("</span>");
    }
    out.append("</blockquote>\n");
  }

  /** The sentence's text with its marks, escaped; marked names link to their pages when known. */
  /**
   * The sentence's text, escaped, with its names marked and, where {@code names} knows the entity,
   * linked. In the article's text ({@code anchors}) each mark carries its span as id, {@code
   * char=B,E}, so a mention's IRI lands on it.
   */
  private static String marked(
      String text, long begin, List<long[]> spans, Map<Long, Node> names, boolean anchors) {
    StringBuilder out = new StringBuilder();
    int cp = 0;
    int index = 0;
    List<long[]> marks = spans.stream().sorted((a, b) -> Long.compare(a[0], b[0])).toList();
    for (long[] mark : marks) {
      if (mark[0] < cp || mark[1] > text.codePointCount(0, text.length())) {
        continue;
      }
      int from = text.offsetByCodePoints(index, (int) (mark[0] - cp));
      int to = text.offsetByCodePoints(from, (int) (mark[1] - mark[0]));
      out.append(Html.escape(text.substring(index, from)));
      Node entity = names.get(begin + mark[0]);
      out.append(
          anchors
              ? "<mark id=\"char=" + (begin + mark[0]) + "," + (begin + mark[1]) + "\">"
              : "<mark>");
      if (entity != null && entity.isURI()) {
        out.append("<a href=\"")
            .append(Html.escape(path(entity.getURI())))
            .append("\">")
            .append(Html.escape(text.substring(from, to)))
            .append("</a>");
      } else {
        out.append(Html.escape(text.substring(from, to)));
      }
      out.append("</mark>");
      index = to;
      cp = (int) mark[1];
    }
    out.append(Html.escape(text.substring(index)));
    return out.toString();
  }

  private String link(Node node, String label) {
    if (!node.isURI()) {
      return "<span class=\"anon\">"
          + Html.escape(label != null ? label : "(a node without a name)")
          + "</span>";
    }
    String shown = label != null ? label : PageQueries.shortName(node.getURI());
    boolean ours = node.getURI().startsWith(Race.RESOURCE) || node.getURI().startsWith(ONTOLOGY);
    return "<a "
        + (ours ? "" : "class=\"ext\" rel=\"noopener\" ")
        + "href=\""
        + Html.escape(path(node.getURI()))
        + "\">"
        + Html.escape(shown)
        + "</a>";
  }

  private static String literal(Node node) {
    String lang = node.getLiteralLanguage();
    String text = Html.escape(node.getLiteralLexicalForm());
    return lang.isEmpty() ? text : "<span lang=\"" + Html.escape(lang) + "\">" + text + "</span>";
  }

  /** How a property reads from its object's side: "pursued by", "has as investor". */
  private static String inverse(Node property, String name) {
    return switch (property.getLocalName()) {
      case "pursues" -> "pursued by";
      case "participant" -> "takes part in";
      case "contrastsWith" -> "contrasted with";
      case "analogousTo" -> "plays the part of it";
      case "opposes" -> "opposed by";
      default -> "is “" + name + "” of";
    };
  }

  /**
   * Where an IRI is served here: our resources under /resource/, the strategies under /strategy/ (a
   * page with who pursues them), the other terms on the ontology's page.
   */
  static String path(String iri) {
    if (iri.startsWith(Race.RESOURCE)) {
      return "/resource/" + iri.substring(Race.RESOURCE.length());
    }
    if (STRATEGIES.contains(iri)) {
      return "/strategy/" + iri.substring(ONTOLOGY.length());
    }
    if (iri.startsWith(ONTOLOGY)) {
      return "/ontology#" + iri.substring(ONTOLOGY.length());
    }
    return iri;
  }

  private static String fragment(String iri) {
    int hash = iri.indexOf('#');
    return hash < 0 ? "" : iri.substring(hash + 1);
  }
}
