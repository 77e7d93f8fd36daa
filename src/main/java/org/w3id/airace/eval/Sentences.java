package org.w3id.airace.eval;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.airace.vocab.Nif;

/** The sentences of an extracted article, by their start, to number the place of a claim. */
final class Sentences {
  private final List<int[]> spans;
  private final String text;

  private Sentences(List<int[]> spans, String text) {
    this.spans = spans;
    this.text = text;
  }

  static Sentences of(Graph graph, String text) {
    List<int[]> spans = new ArrayList<>();
    graph
        .find(Node.ANY, RDF.type.asNode(), Nif.Sentence)
        .forEach(
            t -> {
              int begin = index(graph, t.getSubject(), Nif.beginIndex);
              int end = index(graph, t.getSubject(), Nif.endIndex);
              spans.add(new int[] {begin, end});
            });
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    return new Sentences(spans, text);
  }

  /** The 1-based number of the sentence holding code point {@code offset}; 0 if none does. */
  int numberAt(int offset) {
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i)[0] <= offset && offset < spans.get(i)[1]) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The number of the sentence where {@code quote} starts in the text; 0 if it is not there. */
  int numberOf(String quote) {
    int at = text.indexOf(quote);
    return at < 0 ? 0 : numberAt(text.codePointCount(0, at));
  }

  private static int index(Graph graph, Node subject, Node property) {
    return Integer.parseInt(
        graph.find(subject, property, Node.ANY).next().getObject().getLiteralLexicalForm());
  }
}
