package org.w3id.airace.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the split points proposed for a paragraph into sentences, correcting what the model gets
 * wrong.
 *
 * <p>A closing quote or bracket right after a split point is moved into the sentence before it. A
 * split is undone when
 *
 * <ul>
 *   <li>there is no whitespace at it, e.g. inside "1,000.5" or "U.S.";
 *   <li>the text before it does not end in a sentence terminal ({@code . ! ? …}, optionally
 *       followed by closing quotes or brackets), e.g. after a colon or a dash;
 *   <li>the text after it starts with a lower-case letter, a comma, colon, semicolon or dash;
 *   <li>it falls inside or right after an abbreviation of the language's list, unless the
 *       abbreviation is marked {@code can-end};
 *   <li>it falls between an ordinal number such as "20." and a word of the language's ordinal-heads
 *       list ("Januar", "Quartal");
 *   <li>it falls inside a quotation that the sentence continues after ("„… gewinnen“, sagte er").
 * </ul>
 *
 * <p>Sentences are cut at the remaining split points and trimmed, so no text of the paragraph is
 * lost.
 */
final class SentenceCorrector {

  private static final Pattern ORDINAL_AT_END =
      Pattern.compile("(?<![\\p{L}\\p{N}.,])\\p{N}{1,3}\\.$");

  private final LanguageProfile profile;

  SentenceCorrector(LanguageProfile profile) {
    this.profile = profile;
  }

  /** The sentences of {@code para}, given split points proposed as offsets into it. */
  List<Span> sentences(String para, int[] proposedSplits) {
    Quotations quotations = new Quotations(para);
    List<Abbreviations.Occurrence> abbreviations = profile.abbreviations().find(para);
    int[] splits = proposedSplits.clone();
    Arrays.sort(splits);
    List<Span> sentences = new ArrayList<>();
    int start = 0;
    for (int proposed : splits) {
      int split = absorbClosers(para, quotations, Math.min(Math.max(proposed, 0), para.length()));
      if (split <= start) {
        continue;
      }
      Span before = Chars.trim(para, start, split);
      Span after = Chars.trim(para, split, para.length());
      if (before.length() == 0
          || after.length() == 0
          || continues(para, before, after.begin(), quotations, abbreviations)) {
        continue;
      }
      sentences.add(before);
      start = split;
    }
    Span last = Chars.trim(para, start, para.length());
    if (last.length() > 0) {
      sentences.add(last);
    }
    return sentences;
  }

  /** Moves a split point past closing quotes and brackets that directly follow it. */
  private static int absorbClosers(String para, Quotations quotations, int split) {
    int at = split;
    while (at < para.length()
        && (quotations.isClosingQuote(at)
            || Chars.CLOSING_BRACKETS.indexOf(para.charAt(at)) >= 0)) {
      at++;
    }
    return at;
  }

  private boolean continues(
      String para,
      Span before,
      int nextBegin,
      Quotations quotations,
      List<Abbreviations.Occurrence> abbreviations) {
    String previous = para.substring(before.begin(), before.end());
    return before.end() == nextBegin
        || !endsWithTerminal(previous)
        || startsAsContinuation(para.charAt(nextBegin))
        || endsInAbbreviation(before.end(), abbreviations)
        || splitsOrdinal(previous, para, nextBegin)
        || quotations.splitsEmbeddedQuotation(before.end(), nextBegin);
  }

  private static boolean endsWithTerminal(String sentence) {
    int end = sentence.length();
    while (end > 0
        && (Chars.isQuote(sentence.charAt(end - 1))
            || Chars.CLOSING_BRACKETS.indexOf(sentence.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end > 0 && Chars.isTerminal(sentence.charAt(end - 1));
  }

  private static boolean startsAsContinuation(char first) {
    return Character.isLowerCase(first)
        || ",;:".indexOf(first) >= 0
        || Chars.isDash(first)
        || Chars.isHyphen(first);
  }

  private static boolean endsInAbbreviation(
      int splitAt, List<Abbreviations.Occurrence> abbreviations) {
    for (Abbreviations.Occurrence occurrence : abbreviations) {
      boolean inside = occurrence.begin() < splitAt && splitAt < occurrence.end();
      boolean rightAfter = splitAt == occurrence.end() && !occurrence.canEndSentence();
      if (inside || rightAfter) {
        return true;
      }
    }
    return false;
  }

  private boolean splitsOrdinal(String previous, String para, int nextBegin) {
    if (!profile.ordinalPeriod() || !ORDINAL_AT_END.matcher(previous).find()) {
      return false;
    }
    int end = nextBegin;
    while (end < para.length() && Character.isLetter(para.charAt(end))) {
      end++;
    }
    return profile.ordinalHeads().contains(para.substring(nextBegin, end));
  }
}
