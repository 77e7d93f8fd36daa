package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.airace.mention.QuantityFixtures.find;
import static org.w3id.airace.mention.QuantityFixtures.month;
import static org.w3id.airace.mention.QuantityFixtures.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityPeriodTest {

  @ParameterizedTest(name = "[{0}] {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          de | Microsoft ging 1986 an die Börse.                          | 1986                  | 1986 | 1986
          de | Das war in den 80er und 90er Jahren so.                    | 80er und 90er Jahren  | 1980 | 1999
          de | Das war in den 70er Jahren so.                             | 70er Jahren           | 1970 | 1979
          de | Das war in den 70er-Jahren so.                             | 70er-Jahren           | 1970 | 1979
          de | Das war in den 80er- und 90er-Jahren so.                   | 80er- und 90er-Jahren | 1980 | 1999
          de | Das war in den 1990ern so.                                 | 1990ern               | 1990 | 1999
          de | Das war in den 90ern so.                                   | 90ern                 | 1990 | 1999
          de | Das wird die 2020er Jahre prägen.                          | 2020er Jahre          | 2020 | 2029
          de | Das wird die 2020er prägen.                                | 2020er                | 2020 | 2029
          de | Das war in den 20er Jahren so.                             | 20er Jahren           | 1920 | 1929
          de | Das war in den 00er Jahren so.                             | 00er Jahren           | 2000 | 2009
          de | Das war von 1984 bis 1995 so.                              | von 1984 bis 1995     | 1984 | 1995
          de | Das war zwischen 1984 und 1995 so.                         | zwischen 1984 und 1995 | 1984 | 1995
          de | Das war 1984–1995 so.                                      | 1984–1995             | 1984 | 1995
          de | Das war 1984-95 so.                                        | 1984-95               | 1984 | 1995
          de | Die Saison 2024/25 beginnt.                                | 2024/25               | 2024 | 2025
          de | Im Jahr 2000 Mitarbeiter einzustellen war schwer.          | 2000                  | 2000 | 2000
          en | Microsoft went public in 1986.                             | 1986                  | 1986 | 1986
          en | Prices fell in the 1990s.                                  | 1990s                 | 1990 | 1999
          en | Prices fell in the 90s.                                    | 90s                   | 1990 | 1999
          en | Prices fell in the ’80s.                                   | ’80s                  | 1980 | 1989
          en | Prices fell in the 1980s and 1990s.                        | 1980s and 1990s       | 1980 | 1999
          en | It lasted from 1984 to 1995.                               | from 1984 to 1995     | 1984 | 1995
          en | It lasted between 1984 and 1995.                           | between 1984 and 1995 | 1984 | 1995
          en | It lasted 1984–1995.                                       | 1984–1995             | 1984 | 1995
          en | The 2024 election was close.                               | 2024                  | 2024 | 2024
          en | In 2023 revenue grew.                                      | 2023                  | 2023 | 2023
          """)
  void yearsRangesAndDecades(String language, String sentence, String anchor, int from, int to) {
    assertThat(find(language, sentence)).containsExactly(period(sentence, anchor, from, to));
  }

  @ParameterizedTest(name = "[{0}] {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          de | Das Modell erschien im Mai 2024.        | Mai 2024      | 2024-05
          de | Das Modell erschien am 3. Mai 2024.     | 3. Mai 2024   | 2024-05
          de | Das Modell erschien im Januar 2025.     | Januar 2025   | 2025-01
          en | The model came out in May 2024.         | May 2024      | 2024-05
          en | The model came out on May 3, 2024.      | May 3, 2024   | 2024-05
          en | The model came out on 20 January 2025.  | 20 January 2025 | 2025-01
          """)
  void monthWithYear(String language, String sentence, String anchor, String month) {
    assertThat(find(language, sentence)).containsExactly(month(sentence, anchor, month));
  }

  @Test
  void germanCountBeforeANounIsNoYear() {
    assertThat(find("de", "Der Konzern hat 2000 Mitarbeiter.")).isEmpty();
  }

  @Test
  void productNumberIsNoYear() {
    assertThat(find("de", "Microsoft brachte Windows 2000 heraus.")).isEmpty();
    assertThat(find("en", "Windows 2000 shipped with Office 2019 files.")).isEmpty();
  }

  @Test
  void referenceNumberIsNoYear() {
    assertThat(find("de", "Das steht auf Seite 1984.")).isEmpty();
    assertThat(find("en", "See page 1984 of version 2024.")).isEmpty();
  }

  @Test
  void twoDigitDecadeNeedsItsNounOrArticle() {
    assertThat(find("de", "Die 80er waren bunt.")).isEmpty();
    assertThat(find("en", "In his 60s he retired.")).isEmpty();
  }

  @Test
  void numbersOutsideTheYearRangeAreNoYears() {
    assertThat(find("de", "Die Gruppe kam 2300 Kilometer weit und zahlte 999.")).isEmpty();
  }

  @Test
  void descendingYearsAreNoRange() {
    String text = "Das Werk lief 1995 bis 1984 nicht.";
    assertThat(find("de", text))
        .containsExactly(period(text, "1995", 1995, 1995), period(text, "1984", 1984, 1984));
  }
}
