package org.w3id.airace.mention;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.w3id.airace.text.Token;

/**
 * A quick test whether a pattern can match at a token at all, so that the pattern is tried only
 * there: the token starts with a digit, with a sign that starts one of the opening forms ("$",
 * "’"), or with the letters that start one ("etwa", "US" of "US$", "ca" of "ca.").
 */
final class QuantityGate {
  private final Set<Integer> signs = new HashSet<>();
  private final Set<String> words = new HashSet<>();

  /** A gate for a pattern whose match begins with a digit or one of {@code openers}. */
  QuantityGate(Collection<String> openers) {
    for (String opener : openers) {
      String lead = lead(opener);
      if (lead.isEmpty()) {
        signs.add(opener.codePointAt(0));
      } else {
        words.add(lead);
      }
    }
  }

  boolean opens(Token token) {
    String text = token.text();
    if (text.isEmpty()) {
      return false;
    }
    int first = text.codePointAt(0);
    return Character.isDigit(first) || signs.contains(first) || words.contains(lead(text));
  }

  /** The letters at the start of {@code text}, in lower case. */
  private static String lead(String text) {
    int end = 0;
    boolean upper = false;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      upper |= Character.isUpperCase(text.charAt(end));
      end++;
    }
    String lead = text.substring(0, end);
    return upper ? lead.toLowerCase(Locale.ROOT) : lead;
  }
}
