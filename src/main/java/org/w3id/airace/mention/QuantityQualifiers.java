package org.w3id.airace.mention;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.airace.mention.QuantityLexicon.Row;

/**
 * The fuzzy words before an amount ("etwa", "mehr als", "roughly", "up to") and what they mean,
 * from {@code data/lexicon/quantities-qualifiers.tsv}.
 */
final class QuantityQualifiers {
  private final Map<String, String> meanings = new HashMap<>();

  QuantityQualifiers(String language) {
    for (Row row : QuantityLexicon.read("quantities-qualifiers.tsv", 3, 2, language)) {
      meanings.put(QuantityLexicon.key(row.cell(0)), row.cell(1));
    }
  }

  /** An optional qualifier and the space after it, binding the group {@code qual}. */
  String optionalPrefix() {
    return "(?:(?<qual>" + QuantityLexicon.alternationIgnoringCase(meanings.keySet()) + ")\\h+)?";
  }

  /** The qualifiers, in lower case. */
  Set<String> forms() {
    return meanings.keySet();
  }

  /** The meaning of the qualifier that {@code matched} binds to {@code qual}, if any. */
  Optional<String> meaning(String matched) {
    return matched == null
        ? Optional.empty()
        : Optional.ofNullable(meanings.get(QuantityLexicon.key(matched)));
  }
}
