package org.w3id.airace.text;

/** A clause of a sentence: a run of the sentence's tokens, from its first to its last token. */
public record Clause(int begin, int end) {

  public Clause {
    new Span(begin, end); // validates the offsets
  }

  /** The clause's offsets. */
  public Span span() {
    return new Span(begin, end);
  }
}
