package org.w3id.airace.mention;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.w3id.airace.mention.QuantityLexicon.Row;

/**
 * The number part of money and percentages: a numeral ("1.000,5", "5.6") or a number word ("drei",
 * "ten"), then up to two scale words ("Milliarden", "Mrd.", "billion", "bn"). Its regular
 * expressions bind the named groups {@code num} or {@code word}, then {@code sa} (a scale right
 * after a numeral, space optional: "$65bn"), {@code sb} (after a word) and {@code sc}.
 */
final class QuantityAmount {
  /** A numeral in German or English notation, never the start or middle of a longer one. */
  static final String NUMERAL =
      "(?:\\d{1,3}(?:[.,\u00A0\u202F\u2009]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![.,]?\\d)";

  private static final List<String> SCALE_GROUPS = List.of("sa", "sb", "sc");

  private final String language;
  private final Map<String, BigDecimal> words = new HashMap<>();
  private final Set<String> needScale = new HashSet<>();
  private final Map<String, Integer> ownScales = new HashMap<>();
  private final Map<String, Integer> otherScales = new HashMap<>();

  QuantityAmount(String language) {
    this.language = language;
    for (Row row : QuantityLexicon.read("quantities-numbers.tsv", 4, 2, language)) {
      words.put(QuantityLexicon.key(row.cell(0)), decimal(row, row.cell(1)));
      if (row.cell(3).equals("scale")) {
        needScale.add(QuantityLexicon.key(row.cell(0)));
      } else if (!row.cell(3).equals("any")) {
        throw row.error("use must be \"any\" or \"scale\"");
      }
    }
    for (Row row : QuantityLexicon.read("quantities-scales.tsv", 3)) {
      Map<String, Integer> scales = row.cell(2).equals(language) ? ownScales : otherScales;
      scales.put(row.cell(0), power(row));
    }
  }

  /** The number words of the language, in lower case. */
  Set<String> words() {
    return words.keySet();
  }

  /** A number word of the language, ignoring case. */
  String word() {
    return QuantityLexicon.alternationIgnoringCase(words.keySet());
  }

  /** A numeral or number word with its scale words: groups num, word, sa, sb, sc. */
  String scaled() {
    Set<String> forms = new HashSet<>(ownScales.keySet());
    forms.addAll(otherScales.keySet());
    String scale = QuantityLexicon.alternation(forms);
    return "(?:(?<num>"
        + NUMERAL
        + ")(?:(?:\\h*|-)(?<sa>"
        + scale
        + "))?|(?<word>"
        + word()
        + ")(?:(?:\\h+|-)(?<sb>"
        + scale
        + "))?)(?:(?:\\h+|-)(?<sc>"
        + scale
        + "))?";
  }

  /**
   * The value matched by {@code m}, or empty for a numeral that mixes its marks ("1.000,000.5").
   *
   * @param notation the language whose notation reads the numeral
   */
  Optional<BigDecimal> value(Matcher m, String notation) {
    return base(m, notation).map(base -> base.scaleByPowerOfTen(power(m))).map(NumberParser::exact);
  }

  private int power(Matcher m) {
    int power = 0;
    for (String group : scaleGroups(m)) {
      String form = QuantityLexicon.exact(m.group(group));
      power += ownScales.getOrDefault(form, otherScales.getOrDefault(form, 0));
    }
    return power;
  }

  /** The number of {@code m} without its scale words (groups num or word), if it can be read. */
  Optional<BigDecimal> base(Matcher m, String notation) {
    if (m.group("word") != null) {
      return Optional.of(words.get(QuantityLexicon.key(m.group("word"))));
    }
    try {
      return Optional.of(NumberParser.parse(m.group("num"), notation));
    } catch (NumberFormatException e) {
      return Optional.empty(); // a numeral that mixes its marks is no amount
    }
  }

  /** Whether {@code m} has a scale word. */
  boolean isScaled(Matcher m) {
    return !scaleGroups(m).isEmpty();
  }

  /** Whether {@code m} is a word like "a" or "eine" that counts only before a scale word. */
  boolean needsScale(Matcher m) {
    return m.group("word") != null && needScale.contains(QuantityLexicon.key(m.group("word")));
  }

  /** Where the amount ends: after its last scale word, or after the number. */
  int end(Matcher m) {
    int end = m.group("num") != null ? m.end("num") : m.end("word");
    for (String group : scaleGroups(m)) {
      end = Math.max(end, m.end(group));
    }
    return end;
  }

  String language() {
    return language;
  }

  private static List<String> scaleGroups(Matcher m) {
    return SCALE_GROUPS.stream().filter(g -> m.group(g) != null).toList();
  }

  private static BigDecimal decimal(Row row, String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw row.error("value must be a decimal number");
    }
  }

  private static int power(Row row) {
    try {
      return Integer.parseInt(row.cell(1));
    } catch (NumberFormatException e) {
      throw row.error("power of ten must be a whole number");
    }
  }
}
