package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries in short German texts, each exercising one correction of the model. */
class GermanSentenceTest {

  private static final Segmenter SEGMENTER = Segmenter.forLanguage("de");

  static List<String> sentences(Segmenter segmenter, String text) {
    TextLayer layer = segmenter.segment(text, null);
    LayerAssertions.assertWellFormed(layer);
    return layer.sentences().stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }

  private static List<String> sentences(String text) {
    return sentences(SEGMENTER, text);
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(
            sentences(
                "Die Firma investiert z. B. in Rechenzentren. Das kostet ca. 500 Mio. Euro, d. h."
                    + " mehr als erwartet."))
        .containsExactly(
            "Die Firma investiert z. B. in Rechenzentren.",
            "Das kostet ca. 500 Mio. Euro, d. h. mehr als erwartet.");
  }

  @Test
  void multiPartAbbreviationsAndTitlesDoNotEndSentences() {
    assertThat(
            sentences(
                "Es gibt z.B. Äpfel, u. a. Birnen, bzw. Kirschen. Prof. Dr. Müller kommt um 9 Uhr,"
                    + " vgl. Nr. 5 der Liste."))
        .containsExactly(
            "Es gibt z.B. Äpfel, u. a. Birnen, bzw. Kirschen.",
            "Prof. Dr. Müller kommt um 9 Uhr, vgl. Nr. 5 der Liste.");
  }

  @Test
  void abbreviationThatCanEndASentenceDoesSo() {
    assertThat(sentences("Wir kaufen Äpfel, Birnen usw. Danach gehen wir heim."))
        .containsExactly("Wir kaufen Äpfel, Birnen usw.", "Danach gehen wir heim.");
  }

  @Test
  void abbreviationIsNotFoundInsideAWord() {
    assertThat(sentences("Er reiste durch Costa Rica. Dort blieb er."))
        .containsExactly("Er reiste durch Costa Rica.", "Dort blieb er.");
  }

  @Test
  void numbersAndOrdinalsDoNotEndSentences() {
    assertThat(
            sentences(
                "Im 3. Quartal stieg der Umsatz um 3 % auf 1.000,5 Mio. Euro. Am 20. Januar 2025"
                    + " kam die Wende. Der Preis stieg im 2. Halbjahr um 1.000,5 Euro."))
        .containsExactly(
            "Im 3. Quartal stieg der Umsatz um 3 % auf 1.000,5 Mio. Euro.",
            "Am 20. Januar 2025 kam die Wende.", "Der Preis stieg im 2. Halbjahr um 1.000,5 Euro.");
  }

  @Test
  void cardinalNumberCanEndASentence() {
    assertThat(sentences("Die Zahl stieg auf 30. Die Polizei ermittelt."))
        .containsExactly("Die Zahl stieg auf 30.", "Die Polizei ermittelt.");
  }

  @Test
  void quotationContinuedByTheSentenceIsNotSplit() {
    assertThat(
            sentences(
                "Er sagte: „Wir sind bereit. Wir gewinnen“, und ging. Sie nannte es «gut. Sehr"
                    + " gut» und lachte. Danach war es still."))
        .containsExactly(
            "Er sagte: „Wir sind bereit. Wir gewinnen“, und ging.",
            "Sie nannte es «gut. Sehr gut» und lachte.",
            "Danach war es still.");
  }

  @Test
  void sentenceEndingInAQuoteIncludesTheClosingQuote() {
    assertThat(
            sentences(
                "„Wir sind bereit.“ Das sagte er laut. Er fragte: „Seid ihr bereit?“ Alle"
                    + " nickten."))
        .containsExactly(
            "„Wir sind bereit.“",
            "Das sagte er laut.",
            "Er fragte: „Seid ihr bereit?“",
            "Alle nickten.");
  }

  @Test
  void dashesAndColonsDoNotEndSentences() {
    assertThat(
            sentences(
                "Das ist gut – sehr gut. Das ist schlecht — sehr schlecht. Er kam - und ging. Die"
                    + " Frage ist: Wer zahlt? Niemand weiß es."))
        .containsExactly(
            "Das ist gut – sehr gut.",
            "Das ist schlecht — sehr schlecht.",
            "Er kam - und ging.",
            "Die Frage ist: Wer zahlt?",
            "Niemand weiß es.");
  }
}
