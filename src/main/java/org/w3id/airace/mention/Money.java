package org.w3id.airace.mention;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount of money: "500 Milliarden Dollar" is {@code 500000000000 USD}.
 *
 * @param value the exact amount, without trailing zeros ({@code 5600000} for "$5.6 million")
 * @param currency the ISO 4217 code, e.g. "USD", "EUR", "CNY"
 * @param qualifier the meaning of a fuzzy word before the amount ("approximately", "more than", "up
 *     to", ...); the anchor then starts with that word
 */
public record Money(
    int begin,
    int end,
    String anchor,
    BigDecimal value,
    String currency,
    Optional<String> qualifier)
    implements Quantity {

  public Money {
    QuantitySpans.check(begin, end, anchor);
    QuantitySpans.require(value != null, anchor, "value must not be null");
    QuantitySpans.require(
        currency != null && currency.matches("[A-Z]{3}"),
        anchor,
        "currency must be an ISO 4217 code like \"USD\", got \"" + currency + "\"");
    QuantitySpans.require(qualifier != null, anchor, "qualifier must not be null");
  }
}
