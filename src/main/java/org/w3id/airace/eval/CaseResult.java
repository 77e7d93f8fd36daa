package org.w3id.airace.eval;

import java.util.List;

/** The results of one case, per fact kind, with the overall (micro-averaged) figures. */
public record CaseResult(String name, List<KindResult> kinds) {
  public CaseResult {
    kinds = List.copyOf(kinds);
  }

  public int expected() {
    return kinds.stream().mapToInt(k -> k.expected().size()).sum();
  }

  public int found() {
    return kinds.stream().mapToInt(k -> k.found().size()).sum();
  }

  public int correct() {
    return kinds.stream().mapToInt(KindResult::correct).sum();
  }

  public double precision() {
    return found() == 0 ? 1.0 : (double) correct() / found();
  }

  public double recall() {
    return expected() == 0 ? 1.0 : (double) correct() / expected();
  }

  /** The result of one kind. */
  public KindResult kind(String name) {
    return kinds.stream()
        .filter(k -> k.kind().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fact kind " + name));
  }
}
