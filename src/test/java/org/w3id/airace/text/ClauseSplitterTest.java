package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The clause rules on hand-tagged tokens, independent of the models. */
class ClauseSplitterTest {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*|\\S");

  /** The clauses of {@code text}, tokenised at words and single symbols, with the given tags. */
  private static List<String> clauses(String text, String tags) {
    String[] pos = tags.split(" ");
    List<Token> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      String tag = pos[tokens.size()];
      tokens.add(new Token(matcher.start(), matcher.end(), matcher.group(), tag, matcher.group()));
    }
    assertThat(tokens).as("one tag per token").hasSize(pos.length);
    return ClauseSplitter.split(tokens).stream()
        .map(c -> text.substring(c.begin(), c.end()))
        .toList();
  }

  @Test
  void commaBeforeSubordinatingConjunctionSplits() {
    assertThat(clauses("Er kam, weil es regnete.", "PRON VERB PUNCT SCONJ PRON VERB PUNCT"))
        .containsExactly("Er kam,", "weil es regnete.");
  }

  @Test
  void commaBeforeRelativePronounSplits() {
    assertThat(
            clauses(
                "Sie nutzt Modelle, die wenig kosten.", "PRON VERB NOUN PUNCT PRON ADV VERB PUNCT"))
        .containsExactly("Sie nutzt Modelle,", "die wenig kosten.");
  }

  @Test
  void commaBeforeCoordinatingConjunctionSplits() {
    assertThat(
            clauses(
                "It is not cheap, but it works.", "PRON AUX PART ADJ PUNCT CCONJ PRON VERB PUNCT"))
        .containsExactly("It is not cheap,", "but it works.");
  }

  @Test
  void coordinatedSubordinateClausesSplit() {
    assertThat(
            clauses(
                "Es zeigt, dass A gilt und dass B fällt.",
                "PRON VERB PUNCT SCONJ PROPN VERB CCONJ SCONJ PROPN VERB PUNCT"))
        .containsExactly("Es zeigt,", "dass A gilt", "und dass B fällt.");
    assertThat(clauses("Äpfel und Birnen", "NOUN CCONJ NOUN")).containsExactly("Äpfel und Birnen");
  }

  @Test
  void aCoordinatedSubjectWithItsVerbIsANewClause() {
    assertThat(
            clauses(
                "Frankreich lenkt Geld in Rechenkapazität, und Deutschland fördert Forschung.",
                "PROPN VERB NOUN ADP NOUN PUNCT CCONJ PROPN VERB NOUN PUNCT"))
        .containsExactly(
            "Frankreich lenkt Geld in Rechenkapazität,", "und Deutschland fördert Forschung.");
    assertThat(clauses("Apple, Google und Meta", "PROPN PUNCT PROPN CCONJ PROPN"))
        .containsExactly("Apple, Google und Meta");
  }

  @Test
  void aSubordinatorTheTaggerMistakesStillSplits() {
    assertThat(
            clauses(
                "JVC built recorders, whereas Sony kept Betamax.",
                "PROPN VERB NOUN PUNCT NOUN PROPN VERB PROPN PUNCT"))
        .containsExactly("JVC built recorders,", "whereas Sony kept Betamax.");
  }

  @Test
  void commaBetweenCoordinatedNominalsDoesNotSplit() {
    assertThat(
            clauses(
                "Sie nutzt riesige, zentralisierte Server.", "PRON VERB ADJ PUNCT ADJ NOUN PUNCT"))
        .containsExactly("Sie nutzt riesige, zentralisierte Server.");
    assertThat(
            clauses(
                "Sie hat eine kleinere, aber lukrative Nische.",
                "PRON AUX DET ADJ PUNCT CCONJ ADJ NOUN PUNCT"))
        .containsExactly("Sie hat eine kleinere, aber lukrative Nische.");
    assertThat(clauses("Apple, Google and Meta won.", "PROPN PUNCT PROPN CCONJ PROPN VERB PUNCT"))
        .containsExactly("Apple, Google and Meta won.");
  }

  @Test
  void semicolonColonAndDashesSplit() {
    assertThat(
            clauses(
                "Es regnet; wir bleiben: drinnen – heute — alle - ja.",
                "PRON VERB PUNCT PRON VERB PUNCT ADV PUNCT ADV PUNCT DET PUNCT ADV PUNCT"))
        .containsExactly("Es regnet;", "wir bleiben:", "drinnen –", "heute —", "alle -", "ja.");
  }

  @Test
  void closingQuoteStaysWithThePrecedingClause() {
    assertThat(clauses("„Wir gewinnen,“ sagte er.", "PUNCT PRON VERB PUNCT PUNCT VERB PRON PUNCT"))
        .containsExactly("„Wir gewinnen,“", "sagte er.");
  }

  @Test
  void clauseWithoutWordsJoinsThePrecedingOne() {
    assertThat(clauses("Er kam, – und ging.", "PRON VERB PUNCT PUNCT CCONJ VERB PUNCT"))
        .containsExactly("Er kam, –", "und ging.");
  }

  @Test
  void sentenceWithoutBoundariesIsOneClause() {
    assertThat(clauses("Arnaud Bertrand", "PROPN PROPN")).containsExactly("Arnaud Bertrand");
    assertThat(clauses("Ja,", "INTJ PUNCT")).containsExactly("Ja,");
    assertThat(ClauseSplitter.split(List.of())).isEmpty();
  }
}
