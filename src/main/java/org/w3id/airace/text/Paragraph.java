package org.w3id.airace.text;

import java.util.List;

/** A paragraph with its sentences; a byline paragraph has no sentences. */
public record Paragraph(int begin, int end, List<Sentence> sentences) {

  public Paragraph {
    new Span(begin, end); // validates the offsets
    sentences = List.copyOf(sentences);
  }

  /** The paragraph's offsets. */
  public Span span() {
    return new Span(begin, end);
  }
}
