package org.w3id.airace.eval;

import java.util.Set;
import java.util.TreeSet;

/** The expected and found facts of one kind in one case, each fact as a key. */
public record KindResult(String kind, Set<String> expected, Set<String> found) {
  public KindResult {
    expected = Set.copyOf(expected);
    found = Set.copyOf(found);
  }

  public int correct() {
    return (int) found.stream().filter(expected::contains).count();
  }

  /** Correct among found; 1 when nothing was found. */
  public double precision() {
    return found.isEmpty() ? 1.0 : (double) correct() / found.size();
  }

  /** Correct among expected; 1 when nothing was expected. */
  public double recall() {
    return expected.isEmpty() ? 1.0 : (double) correct() / expected.size();
  }

  public Set<String> missed() {
    Set<String> missed = new TreeSet<>(expected);
    missed.removeAll(found);
    return missed;
  }

  public Set<String> extra() {
    Set<String> extra = new TreeSet<>(found);
    extra.removeAll(expected);
    return extra;
  }
}
