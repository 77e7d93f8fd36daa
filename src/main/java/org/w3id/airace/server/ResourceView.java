package org.w3id.airace.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the database says about one resource, read for its page: the triples about it and pointing
 * at it, the sentences its facts come from, the sentences that name it. The queries are {@code
 * queries/pages/}. Read inside a read transaction of the caller.
 */
final class ResourceView {
  /**
   * One fact on the page: the property, the other end, its label, and the sentences it comes from.
   */
  record Fact(Node property, Node other, String otherLabel, List<Source> sources) {}

  /**
   * A sentence a fact or mention comes from, with the spans (code points, in the sentence) to mark.
   */
  record Source(Node sentence, String text, long begin, List<long[]> marks, Node rule) {}

  /** A sentence of an article, in its paragraph, with the names in it marked. */
  record ArticleSentence(
      Node sentence, String text, long begin, List<long[]> marks, Node paragraph) {}

  private final DatasetGraph dataset;
  private final Node resource;
  private final Graph union;
  private List<Binding> sources;

  ResourceView(DatasetGraph dataset, Node resource) {
    this.dataset = dataset;
    this.resource = resource;
    this.union = dataset.getUnionGraph();
  }

  Node resource() {
    return resource;
  }

  /** Whether the database says anything about the resource, or points at it. */
  boolean exists() {
    return union.contains(resource, Node.ANY, Node.ANY)
        || union.contains(Node.ANY, Node.ANY, resource);
  }

  /** The triples about the resource and pointing at it, for RDF clients. */
  Graph description() {
    Graph g = GraphFactory.createDefaultGraph();
    union.find(resource, Node.ANY, Node.ANY).forEachRemaining(g::add);
    union.find(Node.ANY, Node.ANY, resource).forEachRemaining(g::add);
    return g;
  }

  /** The labels of a node, by language ("" for none), in the order found. */
  Map<String, String> labels(Node node) {
    Map<String, String> labels = new LinkedHashMap<>();
    union
        .find(node, RDFS.label.asNode(), Node.ANY)
        .forEachRemaining(
            t -> {
              if (t.getObject().isLiteral()) {
                labels.putIfAbsent(
                    t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
              }
            });
    return labels;
  }

  /** The label to show for a node: English, else one without language, else any, else null. */
  String label(Node node) {
    Map<String, String> labels = labels(node);
    if (labels.containsKey("en")) {
      return labels.get("en");
    }
    if (labels.containsKey("")) {
      return labels.get("");
    }
    return labels.values().stream().findFirst().orElse(null);
  }

  /** The objects of one property of the resource. */
  List<Node> values(Node property) {
    List<Node> values = new ArrayList<>();
    union
        .find(resource, property, Node.ANY)
        .mapWith(Triple::getObject)
        .forEachRemaining(values::add);
    return values;
  }

  /** The facts the resource states, grouped by property, each with its sources. */
  Map<Node, List<Fact>> outgoing() {
    return facts("outgoing", "value", false);
  }

  /** The facts that point at the resource, grouped by property, each with its sources. */
  Map<Node, List<Fact>> incoming() {
    return facts("incoming", "subject", true);
  }

  /** The rows of a page query as facts: the other end is {@code other}, labelled otherLabel. */
  private Map<Node, List<Fact>> facts(String query, String other, boolean incoming) {
    Map<Node, List<Fact>> groups = new LinkedHashMap<>();
    List<Binding> sources = sources();
    for (Binding row : rows(query)) {
      Node property = row.get("property");
      Node end = row.get(other);
      List<Source> from =
          incoming
              ? sourcesOf(sources, end, property, resource)
              : sourcesOf(sources, resource, property, end);
      groups
          .computeIfAbsent(property, p -> new ArrayList<>())
          .add(new Fact(property, end, text(row.get(other + "Label")), from));
    }
    return groups;
  }

  /** The sentences that name the resource, with each name marked. */
  List<Source> mentions() {
    Map<Node, Source> bySentence = new LinkedHashMap<>();
    for (Binding row : rows("mentions")) {
      Node sentence = row.get("sentence");
      long begin = PageQueries.number(row.get("begin"));
      Source source =
          bySentence.computeIfAbsent(
              sentence,
              s ->
                  new Source(
                      s, row.get("text").getLiteralLexicalForm(), begin, new ArrayList<>(), null));
      source
          .marks()
          .add(
              new long[] {
                PageQueries.number(row.get("mentionBegin")) - begin,
                PageQueries.number(row.get("mentionEnd")) - begin
              });
    }
    return new ArrayList<>(bySentence.values());
  }

  /** Whether the resource is an article, whose page shows its text. */
  boolean isArticle() {
    return union.contains(
        resource,
        RDF.type.asNode(),
        NodeFactory.createURI("https://w3id.org/airace/ontology#Article"));
  }

  /** An article's sentences, with the names of actors in each marked. */
  List<ArticleSentence> articleSentences() {
    List<Binding> mentions = rows("article-mentions");
    List<ArticleSentence> sentences = new ArrayList<>();
    for (Binding row : rows("article-sentences")) {
      long begin = PageQueries.number(row.get("begin"));
      long end = PageQueries.number(row.get("end"));
      List<long[]> marks = new ArrayList<>();
      for (Binding m : mentions) {
        long mb = PageQueries.number(m.get("begin"));
        if (mb >= begin && mb < end) {
          marks.add(new long[] {mb - begin, PageQueries.number(m.get("end")) - begin});
        }
      }
      sentences.add(
          new ArticleSentence(
              row.get("sentence"),
              row.get("text").getLiteralLexicalForm(),
              begin,
              marks,
              row.get("paragraph")));
    }
    return sentences;
  }

  /** The entity named at each span of an article, by its begin (code points). */
  Map<Long, Node> articleNames() {
    Map<Long, Node> names = new LinkedHashMap<>();
    for (Binding m : rows("article-mentions")) {
      names.put(PageQueries.number(m.get("begin")), m.get("entity"));
    }
    return names;
  }

  /** The fact nodes found in an article: node, class, label. */
  List<Node[]> articleFacts() {
    List<Node[]> facts = new ArrayList<>();
    for (Binding row : rows("article-facts")) {
      facts.add(new Node[] {row.get("fact"), row.get("class"), row.get("label")});
    }
    return facts;
  }

  private List<Source> sourcesOf(List<Binding> sources, Node s, Node p, Node o) {
    List<Source> found = new ArrayList<>();
    for (Binding row : sources) {
      if (row.get("subject").equals(s)
          && row.get("property").equals(p)
          && row.get("object").equals(o)) {
        found.add(
            new Source(
                row.get("sentence"),
                row.get("text").getLiteralLexicalForm(),
                PageQueries.number(row.get("begin")),
                marksIn(row.get("sentence"), PageQueries.number(row.get("begin")), s, o),
                row.get("rule")));
      }
    }
    return found;
  }

  /** The spans in a sentence where either end of a fact is named. */
  private List<long[]> marksIn(Node sentence, long begin, Node s, Node o) {
    List<long[]> marks = new ArrayList<>();
    Node taIdentRef = NodeFactory.createURI("http://www.w3.org/2005/11/its/rdf#taIdentRef");
    Node inSentence =
        NodeFactory.createURI(
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sentence");
    Node beginIndex =
        NodeFactory.createURI(
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex");
    Node endIndex =
        NodeFactory.createURI(
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex");
    for (Node end : List.of(s, o)) {
      if (!end.isURI()) {
        continue;
      }
      union
          .find(Node.ANY, taIdentRef, end)
          .mapWith(Triple::getSubject)
          .filterKeep(m -> union.contains(m, inSentence, sentence))
          .forEachRemaining(
              m -> {
                Node b = first(m, beginIndex);
                Node e = first(m, endIndex);
                if (b != null && e != null) {
                  marks.add(
                      new long[] {PageQueries.number(b) - begin, PageQueries.number(e) - begin});
                }
              });
    }
    return marks;
  }

  private Node first(Node subject, Node property) {
    var it = union.find(subject, property, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }

  private List<Binding> sources() {
    if (sources == null) {
      sources = rows("sources");
    }
    return sources;
  }

  /** The rows of a page query of {@code queries/pages/} about the resource. */
  List<Binding> rows(String name) {
    return PageQueries.rows(dataset, name, resource);
  }

  private static String text(Node node) {
    return node == null ? null : node.getLiteralLexicalForm();
  }
}
