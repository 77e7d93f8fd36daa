package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuantityRecordsTest {

  @Test
  void anchorMustFitTheSpan() {
    assertThatThrownBy(() -> new Qualifier(3, 5, "Bruchteil", "fraction"))
        .isInstanceOf(MentionException.class)
        .hasMessage("Quantity span [3,5) does not fit its anchor \"Bruchteil\"");
  }

  @Test
  void currencyMustBeAnIsoCode() {
    assertThatThrownBy(
            () -> new Money(0, 6, "5 Euro", BigDecimal.valueOf(5), "Euro", Optional.empty()))
        .isInstanceOf(MentionException.class)
        .hasMessage(
            "Quantity \"5 Euro\": currency must be an ISO 4217 code like \"USD\", got \"Euro\"");
  }

  @Test
  void periodMustNotEndBeforeItStarts() {
    assertThatThrownBy(
            () -> new Period(0, 9, "1995–1984", Year.of(1995), Year.of(1984), Optional.empty()))
        .isInstanceOf(MentionException.class)
        .hasMessage("Quantity \"1995–1984\": ends (1984) before it starts");
  }

  @Test
  void monthLiesInTheYear() {
    assertThatThrownBy(
            () ->
                new Period(
                    0,
                    8,
                    "Mai 2024",
                    Year.of(2024),
                    Year.of(2024),
                    Optional.of(YearMonth.of(2023, 5))))
        .isInstanceOf(MentionException.class)
        .hasMessage("Quantity \"Mai 2024\": month outside years");
  }

  @Test
  void quantitiesAreSealed() {
    assertThat(Quantity.class.isSealed()).isTrue();
    assertThat(Quantity.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(Money.class, Percentage.class, Period.class, Qualifier.class);
  }

  @Test
  void finderKnowsGermanAndEnglishOnly() {
    assertThat(QuantityFinder.forLanguage("en")).isSameAs(QuantityFinder.forLanguage("en"));
    assertThatThrownBy(() -> QuantityFinder.forLanguage("fr"))
        .isInstanceOf(MentionException.class)
        .hasMessage("Quantities: language must be one of [de, en], got \"fr\"");
  }
}
