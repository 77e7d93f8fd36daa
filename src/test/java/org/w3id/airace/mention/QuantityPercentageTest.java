package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.airace.mention.QuantityFixtures.find;
import static org.w3id.airace.mention.QuantityFixtures.percentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityPercentageTest {

  @ParameterizedTest(name = "[{0}] {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          de | Das Modell kostet nur 3 % davon.          | 3 %            | 0.03
          de | Das Modell kostet nur 3% davon.           | 3%             | 0.03
          de | Das Modell kostet nur 3 Prozent davon.    | 3 Prozent      | 0.03
          de | Das Modell kostet nur drei Prozent davon. | drei Prozent   | 0.03
          de | Zehn Prozent sind viel.                   | Zehn Prozent   | 0.1
          de | Der Anteil stieg auf 3,5 %.               | 3,5 %          | 0.035
          de | Der Anteil stieg um 120 %.                | 120 %          | 1.2
          en | The model costs 3 percent of that.        | 3 percent      | 0.03
          en | The model costs ten percent of that.      | ten percent    | 0.1
          en | The model costs 3 per cent of that.       | 3 per cent     | 0.03
          en | The model costs 5.5% of that.             | 5.5%           | 0.055
          """)
  void percentBecomesARatio(String language, String sentence, String anchor, String ratio) {
    assertThat(find(language, sentence)).containsExactly(percentage(sentence, anchor, ratio));
  }

  @ParameterizedTest(name = "[{0}] {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          de | Die Nutzung stieg um etwa 60 %.        | etwa 60 %         | 0.6  | approximately
          de | Die Nutzung stieg um mehr als 20 %.    | mehr als 20 %     | 0.2  | more than
          de | Die Kosten sanken um fast 50 Prozent.  | fast 50 Prozent   | 0.5  | almost
          en | Usage grew roughly 5 % last year.      | roughly 5 %       | 0.05 | approximately
          en | Usage grew by up to 40 percent.        | up to 40 percent  | 0.4  | up to
          en | Usage grew by at least 7%.             | at least 7%       | 0.07 | at least
          """)
  void fuzzyWordBeforeThePercentageIsItsQualifier(
      String language, String sentence, String anchor, String ratio, String qualifier) {
    assertThat(find(language, sentence))
        .containsExactly(percentage(sentence, anchor, ratio, qualifier));
  }

  @Test
  void percentagePointsAreNotRatios() {
    assertThat(find("de", "Der Zins stieg um 3 Prozentpunkte.")).isEmpty();
    assertThat(find("en", "Rates rose by 3 percentage points.")).isEmpty();
  }
}
