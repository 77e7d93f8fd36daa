package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value records validate their offsets and are immutable. */
class RecordsTest {

  @Test
  void spanValidatesAndMeasures() {
    Span span = new Span(2, 7);
    assertThat(span.length()).isEqualTo(5);
    assertThat(new Span(3, 3).length()).isZero();
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(TextException.class);
    assertThatThrownBy(() -> new Span(5, 4))
        .isInstanceOf(TextException.class)
        .hasMessageContaining("[5,4)");
  }

  @Test
  void spanContainsEqualAndInnerSpansOnly() {
    Span span = new Span(2, 7);
    assertThat(span.contains(new Span(2, 7))).isTrue();
    assertThat(span.contains(new Span(3, 5))).isTrue();
    assertThat(span.contains(new Span(1, 5))).isFalse();
    assertThat(span.contains(new Span(5, 8))).isFalse();
  }

  @Test
  void tokenTextMustFitItsSpan() {
    assertThat(new Token(4, 7, "KI.", "NOUN", "KI.").span()).isEqualTo(new Span(4, 7));
    assertThatThrownBy(() -> new Token(4, 6, "KI.", "NOUN", "KI."))
        .isInstanceOf(TextException.class);
    assertThatThrownBy(() -> new Token(4, 6, "KI", "NOUN", null)).isInstanceOf(TextException.class);
    assertThatThrownBy(() -> new Clause(3, 1)).isInstanceOf(TextException.class);
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<Token> tokens = new ArrayList<>(List.of(new Token(0, 2, "Ja", "INTJ", "ja")));
    Sentence sentence = new Sentence(0, 2, tokens, List.of(new Clause(0, 2)));
    tokens.clear();
    assertThat(sentence.tokens()).hasSize(1);
    assertThatThrownBy(() -> sentence.tokens().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
    Paragraph paragraph = new Paragraph(0, 2, List.of(sentence));
    TextLayer layer = new TextLayer("Ja", "de", List.of(paragraph));
    assertThatThrownBy(() -> layer.paragraphs().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sentencesOfATextLayerAreInTextOrder() {
    Sentence first = new Sentence(0, 3, List.of(), List.of());
    Sentence second = new Sentence(4, 7, List.of(), List.of());
    Sentence third = new Sentence(9, 12, List.of(), List.of());
    TextLayer layer =
        new TextLayer(
            "Eins Zwei\nDrei",
            "de",
            List.of(
                new Paragraph(0, 7, List.of(first, second)),
                new Paragraph(8, 8, List.of()),
                new Paragraph(9, 12, List.of(third))));
    assertThat(layer.sentences()).containsExactly(first, second, third);
  }
}
