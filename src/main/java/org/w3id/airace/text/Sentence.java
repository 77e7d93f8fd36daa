package org.w3id.airace.text;

import java.util.List;

/**
 * A sentence with its tokens and its clauses; the clauses cover the tokens in order without
 * overlapping.
 */
public record Sentence(int begin, int end, List<Token> tokens, List<Clause> clauses) {

  public Sentence {
    new Span(begin, end); // validates the offsets
    tokens = List.copyOf(tokens);
    clauses = List.copyOf(clauses);
  }

  /** The sentence's offsets. */
  public Span span() {
    return new Span(begin, end);
  }
}
