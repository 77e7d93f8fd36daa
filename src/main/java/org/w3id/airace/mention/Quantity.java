package org.w3id.airace.mention;

/**
 * A quantity the text states, found by {@link QuantityFinder}: an amount of money, a percentage, a
 * period of years or a fuzzy amount without a number. {@code anchor} is {@code
 * text.substring(begin, end)} of the article text.
 */
public sealed interface Quantity permits Money, Percentage, Period, Qualifier {
  /** The offset of the first char of the anchor in the article text. */
  int begin();

  /** The offset after the last char of the anchor. */
  int end();

  /** The words of the text that state the quantity. */
  String anchor();
}
