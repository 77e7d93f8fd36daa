package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts as a reader of the page's language writes them. */
class MoneyFormatTest {
  @Test
  void germanAndEnglishReaders() {
    assertThat(ResourcePage.money(new BigDecimal("500000000000"), "USD", Locale.GERMAN))
        .isEqualTo("500 Milliarden $");
    assertThat(ResourcePage.money(new BigDecimal("500000000000"), "USD", Locale.ENGLISH))
        .isEqualTo("$500 billion");
    assertThat(ResourcePage.money(new BigDecimal("1600000000"), "EUR", Locale.GERMAN))
        .isEqualTo("1,6 Milliarden €");
    assertThat(ResourcePage.money(new BigDecimal("5600000"), "USD", Locale.ENGLISH))
        .isEqualTo("$5.6 million");
  }

  @Test
  void anUnknownCurrencyKeepsItsCode() {
    assertThat(ResourcePage.money(new BigDecimal("1000000"), "XYZ", Locale.ENGLISH))
        .endsWith("1 million")
        .startsWith("XYZ");
  }
}
