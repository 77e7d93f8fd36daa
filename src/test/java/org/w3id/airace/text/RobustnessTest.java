package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Awkward input keeps every offset exact and loses no text. */
class RobustnessTest {

  private static final List<String> GERMAN_TEXTS =
      List.of(
          "Der Preis: 5\u00A0% mehr.\u00A0 Dann\tkam „die „innere“ Wende“. Ende",
          "KI 🤖 ist „überall. Wirklich überall\n\n\n– – –\n...\n„\n“Ja“, sagte er.",
          "Er sagte \"Hallo. Tschüss\" und ging. (Das war kurz.) [Notiz: z. B.] Nr. 1.",
          "Am 1. Mai 2025. Am 2. 3. 4. und 5. Tag. 1.000,5.-Euro-Frage? Ja!",
          "a-b-c-d – e—f - g ‐ h. U.S.-Politik, d.h. 3.000-Mrd.-Paket.");

  private static final List<String> ENGLISH_TEXTS =
      List.of(
          "He said, \"It's 5 p.m. now.\" Then — silence... Really?! Yes.",
          "The U.S.-China race (e.g. \"Stargate\") costs $500bn. Mr. O'Neil's view: 'no'.");

  @Test
  void germanTextsStayWellFormed() {
    Segmenter segmenter = Segmenter.forLanguage("de");
    for (String text : GERMAN_TEXTS) {
      TextLayer layer = segmenter.segment(text, null);
      LayerAssertions.assertWellFormed(layer);
      assertThat(layer.sentences()).as(text).isNotEmpty();
    }
  }

  @Test
  void englishTextsStayWellFormed() {
    Segmenter segmenter = Segmenter.forLanguage("en");
    for (String text : ENGLISH_TEXTS) {
      TextLayer layer = segmenter.segment(text, null);
      LayerAssertions.assertWellFormed(layer);
      assertThat(layer.sentences()).as(text).isNotEmpty();
    }
  }

  @Test
  void surrogatePairsAreNeverCut() {
    String text = "KI 🤖 ist da. 🤖🤖 auch.";
    TextLayer layer = Segmenter.forLanguage("de").segment(text, null);
    for (Sentence sentence : layer.sentences()) {
      for (Token token : sentence.tokens()) {
        assertThat(Character.isLowSurrogate(text.charAt(token.begin()))).isFalse();
        assertThat(Character.isHighSurrogate(text.charAt(token.end() - 1))).isFalse();
      }
    }
  }
}
