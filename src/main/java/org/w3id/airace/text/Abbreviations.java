package org.w3id.airace.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A per-language list of abbreviations, read from {@code abbreviations-<language>.txt}.
 *
 * <p>Each line holds one abbreviation; a space inside it matches any run of whitespace, so "z. B."
 * also finds "z.&nbsp;B.". A line ending in {@code | can-end} marks an abbreviation that may also
 * end a sentence ("usw.", "etc.", "Inc."). An abbreviation is only found where it does not continue
 * a word ("ca." is not found in "Afrika.").
 */
final class Abbreviations {

  private static final String CAN_END = "can-end";

  /** Where an abbreviation occurs in a text. */
  record Occurrence(int begin, int end, boolean canEndSentence) {}

  /**
   * An abbreviation's pattern, and its first word: where that is absent, the pattern is not run.
   */
  private record Entry(Pattern pattern, String firstWord, boolean canEndSentence) {}

  private final List<Entry> entries;

  private Abbreviations(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static Abbreviations load(String resourceName) {
    List<Entry> entries = new ArrayList<>();
    for (String line : WordLists.read(resourceName)) {
      String abbreviation = line;
      boolean canEnd = false;
      int bar = line.lastIndexOf('|');
      if (bar >= 0) {
        String flag = line.substring(bar + 1).strip();
        if (!flag.equals(CAN_END)) {
          throw new TextException(
              "Unknown flag '" + flag + "' in " + resourceName + " (only '" + CAN_END + "')");
        }
        abbreviation = line.substring(0, bar).strip();
        canEnd = true;
      }
      entries.add(new Entry(compile(abbreviation), abbreviation.split("\\s+")[0], canEnd));
    }
    return new Abbreviations(entries);
  }

  private static Pattern compile(String abbreviation) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}.])");
    String[] parts = abbreviation.split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append("[\\s\\u00A0\\u202F]+");
      }
      regex.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString());
  }

  /** All occurrences in {@code text}, ordered by their begin. */
  List<Occurrence> find(String text) {
    List<Occurrence> found = new ArrayList<>();
    for (Entry entry : entries) {
      if (!text.contains(entry.firstWord())) {
        continue;
      }
      Matcher matcher = entry.pattern().matcher(text);
      while (matcher.find()) {
        found.add(new Occurrence(matcher.start(), matcher.end(), entry.canEndSentence()));
      }
    }
    found.sort(Comparator.comparingInt(Occurrence::begin));
    return found;
  }
}
