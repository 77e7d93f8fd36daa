package org.w3id.airace.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a byline: a short line right after the lead paragraph that is only a person's name,
 * optionally introduced by "Von" or "By" ("Arnaud Bertrand", "By Jane K. Doe", "Ursula von der
 * Leyen"). Such a line is the author's name, not a sentence of the text.
 */
final class Bylines {
  private static final String WORD = "\\p{Lu}[\\p{L}'’-]*\\.?";
  private static final String PARTICLE = "(?:von|van|der|den|de|du|da|di|del|la|le|al|bin|ibn|zu)";
  private static final Pattern NAME =
      Pattern.compile(
          "(?:(?:Von|By|von|by)\\s+)?("
              + WORD
              + "(?:\\s+(?:"
              + PARTICLE
              + "\\s+)*"
              + WORD
              + "){1,3})");
  private static final int MAX_LENGTH = 60;

  private Bylines() {}

  static Optional<Article.Byline> find(String text) {
    int leadEnd = text.indexOf('\n');
    if (leadEnd < 0) {
      return Optional.empty();
    }
    int begin = leadEnd + 1;
    while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    int end = text.indexOf('\n', begin);
    if (end < 0) {
      return Optional.empty(); // a byline is followed by the text it signs
    }
    String line = text.substring(begin, end).stripTrailing();
    if (line.length() > MAX_LENGTH || line.endsWith(".") && !line.matches(".*\\b\\p{Lu}\\.$")) {
      return Optional.empty();
    }
    Matcher m = NAME.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Article.Byline(begin, begin + line.length(), m.group(1)));
  }
}
