package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs are the non-blank lines of a text, trimmed. */
class ParagraphSplitterTest {

  private static List<String> paragraphs(String text) {
    return ParagraphSplitter.split(text).stream()
        .map(p -> text.substring(p.begin(), p.end()))
        .toList();
  }

  @Test
  void everyNonBlankLineIsATrimmedParagraph() {
    assertThat(paragraphs("  Erster Absatz. \r\n\r\nZweiter Absatz.\nDritter\u00A0\n \t\n"))
        .containsExactly("Erster Absatz.", "Zweiter Absatz.", "Dritter");
  }

  @Test
  void carriageReturnAloneEndsALine() {
    assertThat(paragraphs("Eins.\rZwei.")).containsExactly("Eins.", "Zwei.");
  }

  @Test
  void blankTextHasNoParagraphs() {
    assertThat(paragraphs("")).isEmpty();
    assertThat(paragraphs(" \n\r\n\t")).isEmpty();
    TextLayer layer = Segmenter.forLanguage("en").segment(" \n ", null);
    assertThat(layer.paragraphs()).isEmpty();
    assertThat(layer.sentences()).isEmpty();
  }

  @Test
  void offsetsPointIntoTheWholeText() {
    String text = "Erster Satz.\r\n\r\n  Zweiter Satz. Dritter Satz.  \n";
    TextLayer layer = Segmenter.forLanguage("de").segment(text, null);
    LayerAssertions.assertWellFormed(layer);
    assertThat(layer.paragraphs())
        .extracting(Paragraph::span)
        .containsExactly(new Span(0, 12), new Span(18, 45));
    assertThat(layer.sentences())
        .extracting(Sentence::span)
        .containsExactly(new Span(0, 12), new Span(18, 31), new Span(32, 45));
  }
}
