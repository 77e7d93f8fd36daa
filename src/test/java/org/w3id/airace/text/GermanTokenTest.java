package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens, tags and lemmas of short German texts. */
class GermanTokenTest {

  private static final String TEXT =
      "Die KI-Entwicklung kostet nur 3 % der Kosten, also 1.000,5 Mio. Euro. Er nannte es"
          + " „Geldgraben“. Am 20. Januar kaufte er z. B. drei Äpfel zur Probe.";

  private static TextLayer layer;

  @BeforeAll
  static void segment() {
    layer = Segmenter.forLanguage("de").segment(TEXT, null);
  }

  @Test
  void everySpanIsExactTrimmedNestedAndOrdered() {
    LayerAssertions.assertWellFormed(layer);
    assertThat(layer.sentences()).hasSize(3);
  }

  @Test
  void numbersCompoundsAndAbbreviationsAreSensibleTokens() {
    assertThat(texts(0))
        .containsExactly(
            "Die",
            "KI-Entwicklung",
            "kostet",
            "nur",
            "3",
            "%",
            "der",
            "Kosten",
            ",",
            "also",
            "1.000,5",
            "Mio.",
            "Euro",
            ".");
  }

  @Test
  void aSemicolonOrAnEllipsisIsSplitFromAWordInCapitals() {
    TextLayer names =
        Segmenter.forLanguage("de").segment("Es bleiben IBM; AMD... und ARM… Dann: Ende....", null);
    LayerAssertions.assertWellFormed(names);
    assertThat(names.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text))
        .containsSubsequence("IBM", ";", "AMD", "...", "und", "ARM", "…")
        .doesNotContain("IBM;", "AMD...", "ARM…");
  }

  @Test
  void quotesAreSplitFromTheirWord() {
    assertThat(texts(1)).containsExactly("Er", "nannte", "es", "„", "Geldgraben", "“", ".");
    assertThat(layer.sentences().get(1).tokens().get(3).pos()).isEqualTo("PUNCT");
  }

  @Test
  void ordinalKeepsItsPeriodAndAbbreviationPartsAreTokens() {
    assertThat(texts(2))
        .containsExactly(
            "Am", "20.", "Januar", "kaufte", "er", "z.", "B.", "drei", "Äpfel", "zur", "Probe",
            ".");
  }

  @Test
  void nounLemmasAreCapitalisedEvenWhenTheFirstLetterChanges() {
    assertThat(token(2, "Äpfel").pos()).isEqualTo("NOUN");
    assertThat(token(2, "Äpfel").lemma()).isEqualTo("Apfel");
    assertThat(token(0, "KI-Entwicklung").lemma()).isEqualTo("KI-Entwicklung");
    assertThat(token(2, "kaufte").lemma()).isEqualTo("kaufen");
  }

  @Test
  void contractionCarriesTheTagsOfItsParts() {
    Token zur = token(2, "zur");
    assertThat(zur.pos()).isEqualTo("ADP+DET");
    assertThat(zur.lemma()).isEqualTo("zu+der");
  }

  @Test
  void numberAndPercentSignAreTagged() {
    assertThat(token(0, "3").pos()).isEqualTo("NUM");
    assertThat(token(0, "1.000,5").pos()).isEqualTo("NUM");
    assertThat(token(0, "%").lemma()).isEqualTo("%");
  }

  private static List<String> texts(int sentence) {
    return layer.sentences().get(sentence).tokens().stream().map(Token::text).toList();
  }

  private static Token token(int sentence, String text) {
    return layer.sentences().get(sentence).tokens().stream()
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no token " + text));
  }
}
