package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks the offsets of a whole text layer: exact, trimmed, nested, ordered, non-overlapping. */
final class LayerAssertions {

  private LayerAssertions() {}

  static void assertWellFormed(TextLayer layer) {
    String text = layer.text();
    int previousEnd = 0;
    for (Paragraph paragraph : layer.paragraphs()) {
      assertTrimmedInside(text, paragraph.span(), new Span(0, text.length()));
      assertThat(paragraph.begin()).as("paragraph order").isGreaterThanOrEqualTo(previousEnd);
      assertOnlySpaceBetween(text, previousEnd, paragraph.begin());
      previousEnd = paragraph.end();
      assertSentences(text, paragraph);
    }
    assertOnlySpaceBetween(text, previousEnd, text.length());
  }

  private static void assertSentences(String text, Paragraph paragraph) {
    int previousEnd = paragraph.begin();
    for (Sentence sentence : paragraph.sentences()) {
      assertTrimmedInside(text, sentence.span(), paragraph.span());
      assertThat(sentence.begin()).as("sentence order").isGreaterThanOrEqualTo(previousEnd);
      assertOnlySpaceBetween(text, previousEnd, sentence.begin());
      previousEnd = sentence.end();
      assertTokens(text, sentence);
      assertClauses(text, sentence);
    }
    if (!paragraph.sentences().isEmpty()) {
      assertOnlySpaceBetween(text, previousEnd, paragraph.end());
    }
  }

  private static void assertTokens(String text, Sentence sentence) {
    assertThat(sentence.tokens()).as("tokens of a sentence").isNotEmpty();
    int previousEnd = sentence.begin();
    for (Token token : sentence.tokens()) {
      assertTrimmedInside(text, token.span(), sentence.span());
      assertThat(text.substring(token.begin(), token.end())).isEqualTo(token.text());
      assertThat(token.begin()).as("token order").isGreaterThanOrEqualTo(previousEnd);
      assertOnlySpaceBetween(text, previousEnd, token.begin());
      assertThat(token.pos()).as("pos of " + token).isNotBlank();
      assertThat(token.lemma()).as("lemma of " + token).isNotBlank();
      previousEnd = token.end();
    }
    assertOnlySpaceBetween(text, previousEnd, sentence.end());
  }

  private static void assertClauses(String text, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    assertThat(sentence.clauses()).as("clauses of a sentence").isNotEmpty();
    int next = 0;
    for (Clause clause : sentence.clauses()) {
      assertTrimmedInside(text, clause.span(), sentence.span());
      assertThat(tokens.get(next).begin()).as("clause starts at a token").isEqualTo(clause.begin());
      while (next < tokens.size() && tokens.get(next).end() <= clause.end()) {
        next++;
      }
      assertThat(tokens.get(next - 1).end()).as("clause ends at a token").isEqualTo(clause.end());
    }
    assertThat(next).as("clauses cover all tokens").isEqualTo(tokens.size());
  }

  private static void assertTrimmedInside(String text, Span span, Span outer) {
    assertThat(outer.contains(span)).as(span + " inside " + outer).isTrue();
    assertThat(span.length()).as("non-empty " + span).isPositive();
    String covered = text.substring(span.begin(), span.end());
    assertThat(covered).as("trimmed " + span).isEqualTo(covered.strip());
    assertThat(Character.isSpaceChar(covered.charAt(0))).isFalse();
    assertThat(Character.isSpaceChar(covered.charAt(covered.length() - 1))).isFalse();
  }

  /** Only whitespace, including no-break spaces, lies between {@code from} and {@code to}. */
  private static void assertOnlySpaceBetween(String text, int from, int to) {
    String between = text.substring(from, to);
    assertThat(between.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)))
        .as("text lost between " + from + " and " + to + ": '" + between + "'")
        .isTrue();
  }
}
