package org.w3id.airace.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.airace.text.Clause;
import org.w3id.airace.text.Paragraph;
import org.w3id.airace.text.Sentence;
import org.w3id.airace.text.TextLayer;
import org.w3id.airace.text.Token;
import org.w3id.airace.vocab.Nif;
import org.w3id.airace.vocab.Race;

/**
 * Writes the text and mention layers as NIF 2.0: every span is {@code {article}#char=b,e} (RFC
 * 5147) with its offsets, its anchor and its context; sentences point at their paragraph, clauses
 * and mentions at their sentence, words (if written) at their sentence with tag and lemma.
 */
final class NifWriter {
  private final Graph graph;
  private final String article;
  private final String text;
  private final Positions positions;
  private final Node context;

  NifWriter(Graph graph, String articleIri, String text) {
    this.graph = graph;
    this.article = articleIri;
    this.text = text;
    this.positions = new Positions(text);
    this.context = span(0, text.length());
  }

  Node context() {
    return context;
  }

  /** Writes the context, paragraphs, sentences and clauses. */
  void write(TextLayer layer, String language) {
    add(context, RDF.type.asNode(), Nif.Context);
    add(context, RDF.type.asNode(), Nif.RFC5147String);
    add(context, Nif.isString, NodeFactory.createLiteralLang(text, language));
    offsets(context, 0, text.length());
    for (Paragraph paragraph : layer.paragraphs()) {
      Node p = element(paragraph.begin(), paragraph.end(), Nif.Paragraph);
      if (paragraph.sentences().isEmpty()) {
        add(p, RDF.type.asNode(), Race.Byline);
      }
      for (Sentence sentence : paragraph.sentences()) {
        Node s = element(sentence.begin(), sentence.end(), Nif.Sentence);
        add(s, Nif.superString, p);
        for (Clause clause : sentence.clauses()) {
          Node c = element(clause.begin(), clause.end(), Nif.Phrase);
          add(c, RDF.type.asNode(), Race.Clause);
          add(c, Nif.superString, s);
        }
      }
    }
  }

  /**
   * Writes the words of every sentence, each with its sentence, part-of-speech tag and lemma: nine
   * triples a word, about two thirds of an article's graph, which no rule and no bundled query
   * reads.
   */
  void writeWords(TextLayer layer) {
    for (Sentence sentence : layer.sentences()) {
      Node s = span(sentence.begin(), sentence.end());
      for (Token token : sentence.tokens()) {
        Node w = element(token.begin(), token.end(), Nif.Word);
        add(w, Nif.sentence, s);
        add(w, Nif.posTag, NodeFactory.createLiteralString(token.pos()));
        add(w, Nif.lemma, NodeFactory.createLiteralString(token.lemma()));
      }
    }
  }

  /** A span of the text typed {@code type}, with its anchor, offsets and context. */
  Node element(int begin, int end, Node type) {
    Node node = span(begin, end);
    add(node, RDF.type.asNode(), type);
    add(node, RDF.type.asNode(), Nif.RFC5147String);
    add(node, Nif.anchorOf, NodeFactory.createLiteralString(text.substring(begin, end)));
    add(node, Nif.referenceContext, context);
    offsets(node, begin, end);
    return node;
  }

  /** An IRI in the article for a thing at {@code [begin, end)}: {@code {article}#name=b,e}. */
  Node at(String name, int begin, int end) {
    return NodeFactory.createURI(
        article + "#" + name + "=" + positions.of(begin) + "," + positions.of(end));
  }

  /** The IRI of the span {@code [begin, end)}: {@code {article}#char=b,e}. */
  Node span(int begin, int end) {
    return NodeFactory.createURI(
        article + "#char=" + positions.of(begin) + "," + positions.of(end));
  }

  private void offsets(Node node, int begin, int end) {
    add(node, Nif.beginIndex, index(positions.of(begin)));
    add(node, Nif.endIndex, index(positions.of(end)));
  }

  private static Node index(int value) {
    return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
  }

  void add(Node s, Node p, Node o) {
    graph.add(s, p, o);
  }
}
