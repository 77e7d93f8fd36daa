package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.airace.mention.QuantityFixtures.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityNotQuantitiesTest {

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          de | Windows 95 war ein Erfolg.
          de | Im 3. Quartal wuchs der Umsatz.
          de | Das steht auf Seite 12.
          de | GPT-4 ist schneller als GPT-3.5.
          de | Das 5G-Netz und 5G-Handys kommen.
          de | Die 500 besten Modelle laufen auf 12 Servern.
          en | Windows 95 was a success.
          en | Sales grew in the 3rd quarter.
          en | See page 12 for details.
          en | GPT-4 beats GPT-3.5 easily.
          en | 5G phones are coming.
          en | The top 500 models run on 12 servers.
          """)
  void numbersThatAreNoQuantities(String language, String sentence) {
    assertThat(find(language, sentence)).isEmpty();
  }
}
