package org.w3id.airace.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** How the engine runs a rule's patterns. */
class RuleEngineTest {
  private static final String EX = "http://example.org/";

  /** An in-memory graph that remembers the patterns it was asked for, in order. */
  private static final class Recording extends WrappedGraph {
    final List<Triple> asked = new ArrayList<>();

    Recording(Graph base) {
      super(base);
    }

    @Override
    public ExtendedIterator<Triple> find(Triple pattern) {
      asked.add(pattern);
      return super.find(pattern);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
      return find(Triple.createMatch(s, p, o));
    }
  }

  @Test
  void matchesTheTriplePatternsInTheOrderTheyAreWritten() {
    Graph data = GraphFactory.createDefaultGraph();
    Node thing = NodeFactory.createURI(EX + "thing");
    data.add(thing, RDF.type.asNode(), NodeFactory.createURI(EX + "Kind"));
    data.add(thing, NodeFactory.createURI(EX + "size"), NodeFactory.createLiteralString("big"));
    Recording article = new Recording(data);
    // Jena's default would first match the pattern with the most fixed terms, the type; the rule
    // asks first for any triple with ex:size.
    Rule rule =
        RuleEngine.parse(
            "t",
            "t.rq",
            "PREFIX ex: <"
                + EX
                + "> CONSTRUCT { ?x ex:seen true } WHERE { ?x ex:size ?size . ?x a ex:Kind }");

    new RuleEngine(List.of(rule)).apply(article, GraphFactory.createDefaultGraph());

    assertThat(article.asked).isNotEmpty();
    assertThat(article.asked.get(0).getPredicate().getURI()).isEqualTo(EX + "size");
    assertThat(data.contains(thing, NodeFactory.createURI(EX + "seen"), Node.ANY)).isTrue();
  }
}
