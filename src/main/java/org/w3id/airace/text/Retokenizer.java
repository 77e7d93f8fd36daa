package org.w3id.airace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the token spans proposed by OpenNLP's tokenizer for one sentence.
 *
 * <ol>
 *   <li>Quote characters glued to the edge of a token become tokens of their own ("„Geldgraben“"
 *       becomes „ + Geldgraben + “), and so do a semicolon and an ellipsis glued to its end: the
 *       tokenizer leaves them on a word in capitals ("IBM;" becomes IBM + ;, "AMD..." AMD + ...).
 *   <li>Tokens are merged back where the text forms one word: a hyphen compound ("DeepSeek-Modell",
 *       "500-Milliarden-Dollar-Wette"), each whitespace-free part of an abbreviation of the
 *       language's list ("ca" + "." becomes "ca."), and in languages that write ordinals with a
 *       period an ordinal number inside the sentence ("20" + "." becomes "20.").
 * </ol>
 *
 * <p>A merge only happens where the tokens cover the word exactly; no span ever contains whitespace
 * at its edges.
 */
final class Retokenizer {

  private static final String WORD = "[\\p{L}\\p{N}]+(?:[.,]\\p{N}+)*";
  private static final Pattern COMPOUND = Pattern.compile(WORD + "(?:[-‐‑]" + WORD + ")+");
  // Tried at every word, COMPOUND costs more than a scan for its hyphens; most sentences have none.
  private static final Pattern HYPHEN = Pattern.compile("[-‐‑]");
  private static final Pattern ORDINAL =
      Pattern.compile("(?<![\\p{L}\\p{N}.,])\\p{N}{1,3}\\.(?=\\s+\\S)");
  private static final Pattern NON_SPACE = Pattern.compile("[^\\s\\u00A0\\u202F]+");

  private final LanguageProfile profile;

  Retokenizer(LanguageProfile profile) {
    this.profile = profile;
  }

  /** The corrected token spans of the sentence {@code sentence} of {@code text}. */
  List<Span> retokenize(String text, Span sentence, List<Span> proposed) {
    List<Span> tokens = splitEdges(text, proposed);
    String sentenceText = text.substring(sentence.begin(), sentence.end());
    for (Span word : wordsToKeepWhole(sentenceText)) {
      tokens =
          merge(tokens, new Span(sentence.begin() + word.begin(), sentence.begin() + word.end()));
    }
    return tokens;
  }

  private static List<Span> splitEdges(String text, List<Span> proposed) {
    List<Span> result = new ArrayList<>();
    for (Span token : proposed) {
      int begin = token.begin();
      int end = token.end();
      List<Span> trailing = new ArrayList<>();
      while (end - begin > 1 && Chars.isQuote(text.charAt(begin))) {
        result.add(new Span(begin, begin + 1));
        begin++;
      }
      while (end - begin > 1) {
        int edge = trailingPunctuation(text, begin, end);
        if (edge == end) {
          break;
        }
        trailing.add(0, new Span(edge, end));
        end = edge;
      }
      result.add(new Span(begin, end));
      result.addAll(trailing);
    }
    return result;
  }

  /**
   * Where a quote, a semicolon or an ellipsis ("…", or two or more periods) glued to the end of the
   * token {@code begin}–{@code end} begins, leaving at least one character before it; {@code end}
   * if there is none.
   */
  private static int trailingPunctuation(String text, int begin, int end) {
    char last = text.charAt(end - 1);
    if (Chars.isQuote(last) || last == ';' || last == '…') {
      return end - 1;
    }
    int periods = end;
    while (periods > begin + 1 && text.charAt(periods - 1) == '.') {
      periods--;
    }
    boolean onlyPeriods = periods == begin + 1 && text.charAt(begin) == '.';
    return end - periods >= 2 && !onlyPeriods ? periods : end;
  }

  private List<Span> wordsToKeepWhole(String sentenceText) {
    List<Span> words = new ArrayList<>();
    for (Abbreviations.Occurrence occurrence : profile.abbreviations().find(sentenceText)) {
      Matcher part = NON_SPACE.matcher(sentenceText).region(occurrence.begin(), occurrence.end());
      while (part.find()) {
        words.add(new Span(part.start(), part.end()));
      }
    }
    if (HYPHEN.matcher(sentenceText).find()) {
      addMatches(COMPOUND, sentenceText, words);
    }
    if (profile.ordinalPeriod()) {
      addMatches(ORDINAL, sentenceText, words);
    }
    return words;
  }

  private static void addMatches(Pattern pattern, String text, List<Span> words) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      words.add(new Span(matcher.start(), matcher.end()));
    }
  }

  /**
   * Replaces the tokens that exactly cover {@code word} by one token; leaves the list unchanged if
   * a token crosses the word's edges or the word is already one token.
   */
  private static List<Span> merge(List<Span> tokens, Span word) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Span token = tokens.get(i);
      boolean overlaps = token.begin() < word.end() && word.begin() < token.end();
      if (!overlaps) {
        continue;
      }
      if (!word.contains(token)) {
        return tokens;
      }
      if (first < 0) {
        first = i;
      }
      last = i;
    }
    if (first < 0 || first == last) {
      return tokens;
    }
    if (tokens.get(first).begin() != word.begin() || tokens.get(last).end() != word.end()) {
      return tokens;
    }
    List<Span> merged = new ArrayList<>(tokens.subList(0, first));
    merged.add(word);
    merged.addAll(tokens.subList(last + 1, tokens.size()));
    return merged;
  }
}
