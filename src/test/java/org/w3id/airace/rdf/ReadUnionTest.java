package org.w3id.airace.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class ReadUnionTest {
  private static final Node A = NodeFactory.createURI("urn:x:a");
  private static final Node B = NodeFactory.createURI("urn:x:b");
  private static final Node P = NodeFactory.createURI("urn:x:p");

  @Test
  void findsEveryTripleOfBothGraphsOnce() {
    Graph first = GraphFactory.createDefaultGraph();
    Graph second = GraphFactory.createDefaultGraph();
    Triple shared = Triple.create(A, P, B);
    Triple onlySecond = Triple.create(B, P, A);
    first.add(shared);
    second.add(shared);
    second.add(onlySecond);

    Graph union = new ReadUnion(first, second);

    assertThat(union.find().toList()).containsExactlyInAnyOrder(shared, onlySecond);
    assertThat(union.find(B, Node.ANY, Node.ANY).toList()).containsExactly(onlySecond);
    assertThat(union.contains(onlySecond)).isTrue();
    assertThat(union.contains(Triple.create(A, P, A))).isFalse();
    assertThat(union.size()).isEqualTo(2);
  }

  @Test
  void seesLaterChangesOfItsGraphsAndRefusesChangesOfItsOwn() {
    Graph first = GraphFactory.createDefaultGraph();
    Graph union = new ReadUnion(first, GraphFactory.createDefaultGraph());
    first.add(Triple.create(A, P, B));

    assertThat(union.contains(A, P, B)).isTrue();
    assertThatThrownBy(() -> union.add(Triple.create(B, P, A)))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("read-only");
    assertThat(first.size()).isEqualTo(1);
  }
}
