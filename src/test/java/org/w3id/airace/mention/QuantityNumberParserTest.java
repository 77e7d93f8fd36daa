package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityNumberParserTest {

  @ParameterizedTest(name = "[{1}] {0} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1.000,5      | de | 1000.5
          1,000.5      | de | 1000.5
          1.000,5      | en | 1000.5
          1,000.5      | en | 1000.5
          3,5          | de | 3.5
          3,5          | en | 3.5
          5.6          | de | 5.6
          5.6          | en | 5.6
          1.000        | de | 1000
          1,000        | en | 1000
          1,000        | de | 1
          1.000        | en | 1
          1.000.000    | de | 1000000
          1,000,000    | de | 1000000
          1.000.000,25 | de | 1000000.25
          1234.567     | de | 1234.567
          3,50         | de | 3.5
          500          | de | 500
          """)
  void germanAndEnglishNotation(String numeral, String language, String value) {
    assertThat(NumberParser.parse(numeral, language)).isEqualTo(new BigDecimal(value));
  }

  @Test
  void noBreakSpaceGroupsThousands() {
    assertThat(NumberParser.parse("1\u00A0000\u202F000", "de"))
        .isEqualTo(new BigDecimal("1000000"));
  }

  @Test
  void badGroupingIsRejectedWithTheNumeral() {
    assertThatThrownBy(() -> NumberParser.parse("12.34.56", "de"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("Not a numeral: \"12.34.56\": thousands must be grouped by three");
    assertThatThrownBy(() -> NumberParser.parse("drei", "de"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("Not a numeral: \"drei\"");
  }

  @Test
  void onlyGermanAndEnglishNotation() {
    assertThatThrownBy(() -> NumberParser.parse("1,5", "fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Numeral \"1,5\": language must be \"de\" or \"en\", got \"fr\"");
  }
}
