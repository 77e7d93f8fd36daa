package org.w3id.airace.text;

/** Character classes shared by the splitters. */
final class Chars {

  /** Double quotes and guillemets; single quotes are left out because ' and ’ are apostrophes. */
  static final String QUOTES = "\"„“”‟«»‹›";

  /** Dashes that separate clauses; a lone hyphen-minus between spaces is treated as one too. */
  static final String DASHES = "–—";

  /** Characters that end a sentence. */
  static final String TERMINALS = ".!?…";

  static final String CLOSING_BRACKETS = ")]}";

  /** Tokens made only of these characters are punctuation, whatever the tagger says. */
  private static final String PUNCTUATION = QUOTES + DASHES + ".,;:!?…()[]{}-‐‑";

  private Chars() {}

  /** Whitespace including no-break spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isQuote(char c) {
    return QUOTES.indexOf(c) >= 0;
  }

  static boolean isDash(char c) {
    return DASHES.indexOf(c) >= 0;
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '‐' || c == '‑';
  }

  static boolean isTerminal(char c) {
    return TERMINALS.indexOf(c) >= 0;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /** Whether a non-empty string consists of punctuation characters only. */
  static boolean isPunctuation(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (PUNCTUATION.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether a string has at least one letter or digit. */
  static boolean hasWordCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The part of {@code [begin, end)} of {@code text} without leading and trailing whitespace. */
  static Span trim(CharSequence text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && isSpace(text.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(b, e);
  }
}
