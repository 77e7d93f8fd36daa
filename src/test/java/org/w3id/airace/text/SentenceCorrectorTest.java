package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The correction rules on split points proposed by hand, independent of the model. */
class SentenceCorrectorTest {

  private static final SentenceCorrector GERMAN =
      new SentenceCorrector(LanguageProfile.forLanguage("de"));
  private static final SentenceCorrector ENGLISH =
      new SentenceCorrector(LanguageProfile.forLanguage("en"));

  /** The sentences when the model proposed a split after each of the given snippets. */
  private static List<String> split(SentenceCorrector corrector, String para, String... after) {
    int[] splits = new int[after.length];
    for (int i = 0; i < after.length; i++) {
      int at = para.indexOf(after[i]);
      assertThat(at).as("snippet " + after[i]).isNotNegative();
      splits[i] = at + after[i].length();
    }
    return corrector.sentences(para, splits).stream()
        .map(s -> para.substring(s.begin(), s.end()))
        .toList();
  }

  @Test
  void splitAfterAColonIsUndone() {
    assertThat(split(GERMAN, "Die Frage ist: Wer zahlt? Niemand.", "ist:", "zahlt?"))
        .containsExactly("Die Frage ist: Wer zahlt?", "Niemand.");
  }

  @Test
  void splitAfterADashOrBeforeADashIsUndone() {
    assertThat(split(GERMAN, "Das ist gut – sehr gut. Das ist gut. – Ja.", "gut –", "ist gut."))
        .containsExactly("Das ist gut – sehr gut. Das ist gut. – Ja.");
  }

  @Test
  void splitInsideAWordOrNumberIsUndone() {
    assertThat(split(ENGLISH, "It cost 1,000.5 million. Then more.", "1,000.", "million."))
        .containsExactly("It cost 1,000.5 million.", "Then more.");
  }

  @Test
  void closingQuoteAndBracketAfterASplitMoveToTheSentenceBefore() {
    assertThat(split(GERMAN, "„Wir sind bereit.“ (Das war klar.) Danach.", "bereit.", "klar."))
        .containsExactly("„Wir sind bereit.“", "(Das war klar.)", "Danach.");
  }

  @Test
  void splitBeforeALowerCaseWordIsUndone() {
    assertThat(split(GERMAN, "Er wohnt in der Hauptstr. drei. Sie nicht.", "Hauptstr."))
        .containsExactly("Er wohnt in der Hauptstr. drei. Sie nicht.");
  }

  @Test
  void splitInsideOrAfterAnAbbreviationIsUndone() {
    assertThat(split(GERMAN, "Es gibt z. B. Äpfel. Gut.", "z.", "B.", "Äpfel."))
        .containsExactly("Es gibt z. B. Äpfel.", "Gut.");
  }

  @Test
  void splitAfterAnAbbreviationThatCanEndIsKept() {
    assertThat(split(ENGLISH, "It was built in the U.S. The cost was high.", "U.S."))
        .containsExactly("It was built in the U.S.", "The cost was high.");
  }

  @Test
  void splitBetweenOrdinalAndOrdinalHeadIsUndoneOnlyInGerman() {
    assertThat(split(GERMAN, "Am 20. Januar kam er. Im 3. Quartal.", "20.", "er.", "3."))
        .containsExactly("Am 20. Januar kam er.", "Im 3. Quartal.");
    assertThat(split(ENGLISH, "It was No 20. January came.", "20."))
        .containsExactly("It was No 20.", "January came.");
  }

  @Test
  void splitInsideAnEmbeddedQuotationIsUndone() {
    assertThat(split(ENGLISH, "\"Go. Now,\" he said. Fine.", "Go.", "said."))
        .containsExactly("\"Go. Now,\" he said.", "Fine.");
  }

  @Test
  void splitInsideAQuotationThatEndsTheSentenceIsKept() {
    assertThat(split(GERMAN, "Er rief: „Geht. Sofort!“ Alle gingen.", "Geht.", "Sofort!"))
        .containsExactly("Er rief: „Geht.", "Sofort!“", "Alle gingen.");
  }

  @Test
  void noTextIsLostWhateverTheProposals() {
    String para = "Eins. Zwei.";
    assertThat(GERMAN.sentences(para, new int[] {0, 11, 11, 99, -4, 5}))
        .containsExactly(new Span(0, 5), new Span(6, 11));
    assertThat(GERMAN.sentences(para, new int[0])).containsExactly(new Span(0, 11));
  }
}
