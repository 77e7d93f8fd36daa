package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A short English text with titles, abbreviations, amounts, quotes, dashes and a question. */
class EnglishSegmentationTest {

  private static final String TEXT =
      "Mr. Altman said the U.S. government would help. OpenAI spent $5.6 million, e.g. on chips,"
          + " i.e. on GPUs. \"We are ready. We will win,\" he said. The deal was worth 1,000.5"
          + " million dollars – a record. Dr. Smith met Mrs. Jones on Jan. 5 at Acme Inc. in"
          + " Boston. Is this the end of the race? Nobody knows.\n"
          + "\n"
          + "She asked: \"Are you ready?\" Everyone nodded. The plan — a bold one — failed.";

  private static TextLayer layer;

  @BeforeAll
  static void segment() {
    layer = Segmenter.forLanguage("en").segment(TEXT, null);
  }

  private static List<String> texts(List<? extends Object> items) {
    return items.stream()
        .map(item -> item instanceof Sentence s ? s.span() : ((Clause) item).span())
        .map(span -> TEXT.substring(span.begin(), span.end()))
        .toList();
  }

  @Test
  void sentencesAreExact() {
    assertThat(layer.language()).isEqualTo("en");
    assertThat(layer.paragraphs()).extracting(p -> p.sentences().size()).containsExactly(7, 3);
    assertThat(texts(layer.sentences()))
        .containsExactly(
            "Mr. Altman said the U.S. government would help.",
            "OpenAI spent $5.6 million, e.g. on chips, i.e. on GPUs.",
            "\"We are ready. We will win,\" he said.",
            "The deal was worth 1,000.5 million dollars – a record.",
            "Dr. Smith met Mrs. Jones on Jan. 5 at Acme Inc. in Boston.",
            "Is this the end of the race?",
            "Nobody knows.",
            "She asked: \"Are you ready?\"",
            "Everyone nodded.",
            "The plan — a bold one — failed.");
  }

  @Test
  void everySpanIsExactTrimmedNestedAndOrdered() {
    LayerAssertions.assertWellFormed(layer);
  }

  @Test
  void abbreviationsAmountsAndQuotesAreTokensOfTheirOwn() {
    assertThat(tokenTexts(0))
        .containsExactly(
            "Mr.", "Altman", "said", "the", "U.S.", "government", "would", "help", ".");
    assertThat(tokenTexts(1))
        .containsExactly(
            "OpenAI", "spent", "$", "5.6", "million", ",", "e.g.", "on", "chips", ",", "i.e.", "on",
            "GPUs", ".");
    assertThat(tokenTexts(2))
        .containsExactly(
            "\"", "We", "are", "ready", ".", "We", "will", "win", ",", "\"", "he", "said", ".");
  }

  @Test
  void tagsAndLemmas() {
    Token altman = layer.sentences().get(0).tokens().get(1);
    assertThat(altman.pos()).isEqualTo("PROPN");
    assertThat(altman.lemma()).isEqualTo("Altman");
    Token said = layer.sentences().get(0).tokens().get(2);
    assertThat(said.pos()).isEqualTo("VERB");
    assertThat(said.lemma()).isEqualTo("say");
    Token dollar = layer.sentences().get(1).tokens().get(2);
    assertThat(dollar.pos()).isEqualTo("SYM");
    Token amount = layer.sentences().get(1).tokens().get(3);
    assertThat(amount.pos()).isEqualTo("NUM");
    Token jan = layer.sentences().get(4).tokens().get(6);
    assertThat(jan.text()).isEqualTo("Jan.");
    assertThat(jan.lemma()).isEqualTo("January");
  }

  @Test
  void clausesSplitAtCommasColonsAndDashes() {
    assertThat(texts(layer.sentences().get(1).clauses()))
        .containsExactly("OpenAI spent $5.6 million,", "e.g. on chips,", "i.e. on GPUs.");
    assertThat(texts(layer.sentences().get(3).clauses()))
        .containsExactly("The deal was worth 1,000.5 million dollars –", "a record.");
    assertThat(texts(layer.sentences().get(7).clauses()))
        .containsExactly("She asked:", "\"Are you ready?\"");
    assertThat(texts(layer.sentences().get(9).clauses()))
        .containsExactly("The plan —", "a bold one —", "failed.");
  }

  private static List<String> tokenTexts(int sentence) {
    return layer.sentences().get(sentence).tokens().stream().map(Token::text).toList();
  }
}
