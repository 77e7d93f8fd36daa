package org.w3id.airace.mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names that are no actor: the stop list {@code data/lexicon/not-actors.tsv} (places, days, common
 * acronyms, units, law words, legal forms, titles) and the month, currency and scale words of the
 * quantity lexicon.
 */
final class NotActors {
  static final String FILE = "not-actors.tsv";
  private static final Set<String> KINDS =
      Set.of("weekday", "time", "region", "place", "acronym", "unit", "law", "legal-form", "title");

  private final Map<String, String> kinds;
  private final Set<String> quantityWords;

  private NotActors(Map<String, String> kinds, Set<String> quantityWords) {
    this.kinds = Map.copyOf(kinds);
    this.quantityWords = Set.copyOf(quantityWords);
  }

  /** The bundled lists. */
  static NotActors bundled() {
    Map<String, String> kinds = new HashMap<>();
    for (QuantityLexicon.Row row : QuantityLexicon.read(FILE, 2)) {
      if (!KINDS.contains(row.cell(1))) {
        throw row.error("unknown kind \"" + row.cell(1) + "\", expected one of " + KINDS);
      }
      kinds.put(row.cell(0), row.cell(1));
    }
    Set<String> quantityWords = new HashSet<>();
    QuantityLexicon.read("quantities-months.tsv", 3).forEach(r -> quantityWords.add(r.cell(0)));
    QuantityLexicon.read("quantities-currencies.tsv", 4).forEach(r -> quantityWords.add(r.cell(0)));
    QuantityLexicon.read("quantities-scales.tsv", 3).forEach(r -> quantityWords.add(r.cell(0)));
    return new NotActors(kinds, quantityWords);
  }

  /** Whether {@code name}, as a whole name, is no actor (also with a genitive "s"). */
  boolean excludes(String name) {
    return listed(name) || name.endsWith("s") && listed(name.substring(0, name.length() - 1));
  }

  private boolean listed(String name) {
    String kind = kinds.get(name);
    return kind != null
            && !kind.equals("law")
            && !kind.equals("legal-form")
            && !kind.equals("title")
        || quantityWords.contains(name);
  }

  /** "Act", "Gesetz": a name that ends in this word names a law. */
  boolean isLawWord(String word) {
    return "law".equals(kinds.get(word));
  }

  /** "Dr.", "Mr.", "Frau": a title before a person's name. */
  boolean isTitle(String word) {
    return "title".equals(kinds.get(word));
  }

  /** "GmbH", "Inc.": a legal form after an organisation's name. */
  boolean isLegalForm(String word) {
    return "legal-form".equals(kinds.get(word));
  }
}
