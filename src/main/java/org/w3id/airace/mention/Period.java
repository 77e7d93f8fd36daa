package org.w3id.airace.mention;

import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A period of whole years, both ends included: "1986" is 1986–1986, "80er und 90er Jahren" is
 * 1980–1999, "Mai 2024" is 2024–2024 with the month 2024-05.
 *
 * @param from the first year
 * @param to the last year, not before {@code from}
 * @param month the month, when the text names one; it lies in {@code from}
 */
public record Period(
    int begin, int end, String anchor, Year from, Year to, Optional<YearMonth> month)
    implements Quantity {

  public Period {
    QuantitySpans.check(begin, end, anchor);
    QuantitySpans.require(from != null && to != null, anchor, "years must not be null");
    QuantitySpans.require(!to.isBefore(from), anchor, "ends (" + to + ") before it starts");
    QuantitySpans.require(month != null, anchor, "month must not be null");
    month.ifPresent(
        m -> QuantitySpans.require(m.getYear() == from.getValue(), anchor, "month outside years"));
  }
}
