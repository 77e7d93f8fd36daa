package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.airace.mention.QuantityFixtures.find;
import static org.w3id.airace.mention.QuantityFixtures.qualifier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityQualifierTest {

  @ParameterizedTest(name = "[{0}] {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          de | Sie schaffen das mit einem Bruchteil der Ressourcen.  | Bruchteil    | fraction
          de | Das kostet nur einen Bruchteils davon.                | Bruchteils   | fraction
          de | Die Kosten stiegen um ein Vielfaches.                 | Vielfaches   | multiple
          en | They do it for a fraction of the cost.                | fraction     | fraction
          en | Their model is many times cheaper.                    | many times   | multiple
          en | It costs several times more.                          | several times | multiple
          """)
  void amountWithoutNumber(String language, String sentence, String anchor, String meaning) {
    assertThat(find(language, sentence)).containsExactly(qualifier(sentence, anchor, meaning));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | He called many times a day.
          en | I said it several times.
          de | Ein Vielfacher Meister war er nicht.
          """)
  void wordsThatAreNoAmountHere(String language, String sentence) {
    assertThat(find(language, sentence)).isEmpty();
  }
}
