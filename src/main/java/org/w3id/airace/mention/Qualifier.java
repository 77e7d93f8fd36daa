package org.w3id.airace.mention;

/**
 * An amount said without a number: "Bruchteil" / "fraction" means "fraction", "Vielfaches" / "many
 * times" means "multiple".
 *
 * @param meaning "fraction" or "multiple" (the meanings of {@code
 *     data/lexicon/quantities-vague.tsv})
 */
public record Qualifier(int begin, int end, String anchor, String meaning) implements Quantity {

  public Qualifier {
    QuantitySpans.check(begin, end, anchor);
    QuantitySpans.require(meaning != null && !meaning.isBlank(), anchor, "meaning must be given");
  }
}
