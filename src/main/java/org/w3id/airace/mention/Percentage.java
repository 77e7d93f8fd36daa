package org.w3id.airace.mention;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A percentage as a ratio: "3 %" is {@code 0.03}, "ten percent" is {@code 0.1}.
 *
 * @param ratio the exact ratio, without trailing zeros
 * @param qualifier the meaning of a fuzzy word before the number ("approximately", ...); the anchor
 *     then starts with that word
 */
public record Percentage(
    int begin, int end, String anchor, BigDecimal ratio, Optional<String> qualifier)
    implements Quantity {

  public Percentage {
    QuantitySpans.check(begin, end, anchor);
    QuantitySpans.require(ratio != null, anchor, "ratio must not be null");
    QuantitySpans.require(qualifier != null, anchor, "qualifier must not be null");
  }
}
