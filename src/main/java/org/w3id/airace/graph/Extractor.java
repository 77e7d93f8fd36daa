package org.w3id.airace.graph;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.airace.article.Article;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.mention.CueLexicon;
import org.w3id.airace.mention.Entity;
import org.w3id.airace.mention.Gazetteer;
import org.w3id.airace.mention.MentionFinder;
import org.w3id.airace.mention.MentionLayer;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.rules.RuleEngine;
import org.w3id.airace.text.Segmenter;
import org.w3id.airace.text.Span;
import org.w3id.airace.text.TextLayer;
import org.w3id.airace.vocab.Race;

/**
 * The loader's pipeline for one article: read, segment, match, write the layers, run the rules. It
 * touches no database; the store stage takes its result.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.bundled();
 * ArticleGraph g = extractor.extract(Path.of("data/articles/wettlauf-ki.md"), Optional.empty());
 * g.name();    // <https://w3id.org/airace/graph/article/wettlauf-ki>
 * }</pre>
 */
public final class Extractor {
  private static final String SCHEMA = "http://schema.org/";

  private final ArticleReader reader = new ArticleReader();
  private final Gazetteer gazetteer;
  private final CueLexicon lexicon;
  private final RuleEngine rules;
  private final boolean words;
  private final Graph background;
  private final Map<String, Segmenter> segmenters = new ConcurrentHashMap<>();
  private final Map<String, MentionFinder> finders = new ConcurrentHashMap<>();

  public Extractor(Gazetteer gazetteer, CueLexicon lexicon, RuleEngine rules) {
    this(gazetteer, lexicon, rules, false);
  }

  private Extractor(Gazetteer gazetteer, CueLexicon lexicon, RuleEngine rules, boolean words) {
    this(
        gazetteer,
        lexicon,
        rules,
        words,
        RuleEngine.background(gazetteer.graph(), Bundled.ontology()));
  }

  private Extractor(
      Gazetteer gazetteer, CueLexicon lexicon, RuleEngine rules, boolean words, Graph background) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.rules = rules;
    this.words = words;
    this.background = background;
  }

  /**
   * An extractor for another thread: an extractor's segmenters and mention finders keep state and
   * must not be used by two threads at once, and neither should the compiled rules (ARQ binds a
   * cast function such as {@code xsd:integer} to its expression on first use). The copy shares what
   * is only read — the gazetteer, the cue lexicon, the background graph and the OpenNLP models —
   * compiles the rules again, and makes its own segmenters and finders when it first needs them.
   */
  public Extractor copy() {
    return new Extractor(gazetteer, lexicon, new RuleEngine(rules.rules()), words, background);
  }

  /**
   * This extractor, writing the word layer too ({@code nif:Word} with offsets, anchor, sentence,
   * part of speech and lemma) if {@code words} is true. Without it (the default) an article's graph
   * is about a third of the size; the facts, their statements, the mentions, clauses and sentences
   * are the same either way, as no rule reads the words.
   */
  public Extractor withWords(boolean words) {
    return words == this.words ? this : new Extractor(gazetteer, lexicon, rules, words, background);
  }

  /** An extractor with these rules and gazetteer and the bundled cue lexicon. */
  public Extractor(Gazetteer gazetteer, RuleEngine rules) {
    this(gazetteer, CueLexicon.bundled(), rules);
  }

  /** An extractor with the gazetteer, cue lexicon and rules bundled with airace. */
  public static Extractor bundled() {
    return new Extractor(Gazetteer.bundled(), CueLexicon.bundled(), RuleEngine.bundled());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Reads and extracts one article file. */
  public ArticleGraph extract(Path file, Optional<String> language) {
    return extract(reader.read(file, language));
  }

  /** Extracts an article already read. */
  public ArticleGraph extract(Article article) {
    String lang = ArticleReader.primary(article.language());
    Segmenter segmenter = segmenters.computeIfAbsent(lang, Segmenter::forLanguage);
    Span byline = article.byline().map(b -> new Span(b.begin(), b.end())).orElse(null);
    TextLayer layer = segmenter.segment(article.text(), byline);
    MentionLayer mentions =
        finders.computeIfAbsent(lang, l -> new MentionFinder(gazetteer, lexicon, l)).find(layer);

    Graph graph = GraphFactory.createDefaultGraph();
    String iri = Race.articleIri(article.slug());
    NifWriter nif = new NifWriter(graph, iri, article.text());
    nif.write(layer, article.language());
    new MentionWriter(nif, article.language()).write(layer, mentions);
    describe(graph, NodeFactory.createURI(iri), article, nif.context());
    rules.apply(graph, background);
    if (words) {
      nif.writeWords(layer);
    }
    return new ArticleGraph(article, Race.articleGraph(article.slug()), graph);
  }

  private void describe(Graph graph, Node node, Article article, Node context) {
    String lang = article.language();
    graph.add(node, RDF.type.asNode(), Race.Article);
    graph.add(node, RDF.type.asNode(), NodeFactory.createURI(SCHEMA + "Article"));
    graph.add(node, Race.text, context);
    graph.add(
        node,
        DCTerms.language.asNode(),
        NodeFactory.createLiteralDT(lang, XSDDatatype.XSDlanguage));
    graph.add(node, RDFS.label.asNode(), label(article));
    article
        .title()
        .ifPresent(
            t -> graph.add(node, DCTerms.title.asNode(), NodeFactory.createLiteralLang(t, lang)));
    article
        .titleSource()
        .ifPresent(s -> graph.add(node, Race.titleSource, NodeFactory.createLiteralString(s)));
    article
        .topic()
        .ifPresent(
            t -> graph.add(node, DCTerms.subject.asNode(), NodeFactory.createLiteralLang(t, lang)));
    article
        .note()
        .ifPresent(n -> graph.add(node, Race.note, NodeFactory.createLiteralLang(n, "en")));
    article.date().ifPresent(d -> graph.add(node, DCTerms.date.asNode(), date(d)));
    article
        .sourceUrl()
        .ifPresent(u -> graph.add(node, DCTerms.source.asNode(), NodeFactory.createURI(u)));
    article.author().ifPresent(a -> graph.add(node, DCTerms.creator.asNode(), person(graph, a)));
  }

  private static Node label(Article article) {
    return article
        .title()
        .map(t -> NodeFactory.createLiteralLang(t, article.language()))
        .orElse(NodeFactory.createLiteralString(article.slug()));
  }

  private static Node date(String value) {
    XSDDatatype type =
        switch (value.length()) {
          case 4 -> XSDDatatype.XSDgYear;
          case 7 -> XSDDatatype.XSDgYearMonth;
          default -> XSDDatatype.XSDdate;
        };
    return NodeFactory.createLiteralDT(value, type);
  }

  /** The gazetteer's person of that name, or a person minted in the article's graph. */
  private Node person(Graph graph, String name) {
    for (Entity entity : gazetteer.entities()) {
      if (entity.types().contains(Race.Person.getURI()) && entity.names().contains(name)) {
        return NodeFactory.createURI(entity.iri());
      }
    }
    Node person = NodeFactory.createURI(Race.resource(name));
    graph.add(person, RDF.type.asNode(), Race.Person);
    graph.add(person, RDFS.label.asNode(), NodeFactory.createLiteralString(name));
    graph.add(
        person, Race.fromGazetteer, NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));
    return person;
  }
}
