package org.w3id.airace.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the quotations of a paragraph, for „…“, "…", “…”, «…», »…« alike.
 *
 * <p>A quote character opens when it follows whitespace (or an opening bracket, dash or quote) and
 * is followed by a non-space; it closes when it follows a non-space and is followed by whitespace,
 * punctuation or the end. Where the context does not decide, it closes an open quotation or else
 * opens one. Quotes are paired like brackets; unpaired ones are ignored.
 */
final class Quotations {

  /** The indexes of the opening and the closing quote character of a quotation. */
  record Quotation(int open, int close) {}

  private final String text;
  private final List<Quotation> quotations;
  private final boolean[] closing;

  Quotations(String text) {
    this.text = text;
    this.closing = new boolean[text.length()];
    List<Quotation> found = new ArrayList<>();
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      if (!Chars.isQuote(text.charAt(i))) {
        continue;
      }
      boolean opens = opensAt(i);
      boolean closes = closesAt(i);
      if (closes && (!opens || !open.isEmpty())) {
        closing[i] = true;
        if (!open.isEmpty()) {
          found.add(new Quotation(open.pop(), i));
        }
      } else {
        open.push(i);
      }
    }
    this.quotations = List.copyOf(found);
  }

  private boolean opensAt(int i) {
    boolean atStart = i == 0 || opensContext(text.charAt(i - 1));
    return atStart && i + 1 < text.length() && !Chars.isSpace(text.charAt(i + 1));
  }

  private static boolean opensContext(char before) {
    return Chars.isSpace(before)
        || "([{/".indexOf(before) >= 0
        || Chars.isDash(before)
        || Chars.isHyphen(before)
        || Chars.isQuote(before);
  }

  private boolean closesAt(int i) {
    if (i == 0 || Chars.isSpace(text.charAt(i - 1))) {
      return false;
    }
    if (i + 1 == text.length()) {
      return true;
    }
    char after = text.charAt(i + 1);
    return Chars.isSpace(after) || !Character.isLetterOrDigit(after);
  }

  /** Whether the char at {@code i} is a closing quote. */
  boolean isClosingQuote(int i) {
    return closing[i];
  }

  /**
   * Whether a sentence split between {@code prevEnd} and {@code nextBegin} falls inside a quotation
   * that continues the sentence after its closing quote: the quote does not end in a sentence
   * terminal ("… gewinnen“, sagte er"), or it is followed by a comma, colon, semicolon, dash or a
   * word in lower case.
   */
  boolean splitsEmbeddedQuotation(int prevEnd, int nextBegin) {
    for (Quotation quotation : quotations) {
      if (quotation.open() < prevEnd && nextBegin <= quotation.close() && isEmbedded(quotation)) {
        return true;
      }
    }
    return false;
  }

  private boolean isEmbedded(Quotation quotation) {
    char last = text.charAt(quotation.close() - 1);
    if (!Chars.isTerminal(last)) {
      return true;
    }
    int after = quotation.close() + 1;
    while (after < text.length() && Chars.isSpace(text.charAt(after))) {
      after++;
    }
    if (after == text.length()) {
      return false;
    }
    char next = text.charAt(after);
    return ",;:".indexOf(next) >= 0
        || Chars.isDash(next)
        || Chars.isHyphen(next)
        || Character.isLowerCase(next);
  }
}
