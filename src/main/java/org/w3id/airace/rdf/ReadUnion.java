package org.w3id.airace.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A read-only view of two graphs as one: every triple of {@code first}, then every triple of {@code
 * second} that {@code first} does not hold. Jena's {@code Union} gives the same triples but records
 * each triple of its left graph in a hash set on every {@code find}; a rule's basic graph pattern
 * calls {@code find} once per partial solution, so that set was most of the rules' time. Here the
 * left side is streamed as it is and only the right side's triples are looked up in the left.
 *
 * <p>The rules read an article's graph together with the entities and the ontology through one, and
 * so does the SHACL validation.
 */
public final class ReadUnion extends GraphBase {
  private final Graph first;
  private final Graph second;

  public ReadUnion(Graph first, Graph second) {
    this.first = first;
    this.second = second;
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    return first.find(pattern).andThen(second.find(pattern).filterDrop(first::contains));
  }

  @Override
  protected boolean graphBaseContains(Triple triple) {
    return first.contains(triple) || second.contains(triple);
  }

  @Override
  public void performAdd(Triple t) {
    throw new UnsupportedOperationException("A read-only union of two graphs: add to one of them");
  }

  @Override
  public void performDelete(Triple t) {
    throw new UnsupportedOperationException("A read-only union of two graphs: add to one of them");
  }
}
