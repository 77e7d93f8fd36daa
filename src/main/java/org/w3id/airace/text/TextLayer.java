package org.w3id.airace.text;

import java.util.List;

/** The segmented text of one article: the text itself, its language and its paragraphs. */
public record TextLayer(String text, String language, List<Paragraph> paragraphs) {

  public TextLayer {
    if (text == null || language == null) {
      throw new TextException("Text and language must not be null");
    }
    paragraphs = List.copyOf(paragraphs);
  }

  /** All sentences of all paragraphs, in text order. */
  public List<Sentence> sentences() {
    return paragraphs.stream().flatMap(paragraph -> paragraph.sentences().stream()).toList();
  }
}
