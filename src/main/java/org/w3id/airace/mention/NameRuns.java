package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.airace.text.Token;

/**
 * The candidate names of one sentence: runs of consecutive name words that no gazetteer mention and
 * no actor cue interrupts. A name word is capitalised (or shaped like "xAI") and, in German, tagged
 * as a proper noun (a noun only when it is an acronym or CamelCase: every German noun is
 * capitalised); in English it may carry any tag but a function word's, and the first word of the
 * sentence only a noun's or proper noun's. A run ends after a German word in "s" before a
 * capitalised word ("Quantoras Modelle": a genitive) and after an English possessive ("Fennix's").
 * In English, a capitalised organisation cue after a name belongs to the name ("Fennix Labs").
 */
final class NameRuns {
  static final Pattern CAMEL_CASE = Pattern.compile("[\\p{L}\\p{N}]*\\p{Ll}\\p{Lu}[\\p{L}\\p{N}]*");
  static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}.&'’-]*\\p{L}[\\p{L}\\p{N}.&'’-]*");
  private static final List<String> POSSESSIVES = List.of("'s", "’s", "'", "’");
  private static final Set<String> FUNCTION_TAGS =
      Set.of(
          "PRON", "DET", "CCONJ", "SCONJ", "AUX", "ADP", "PART", "PUNCT", "NUM", "SYM", "ADV",
          "INTJ");

  /**
   * A run of name words, tokens {@code first} to {@code last}; the name spans {@code [begin, end)},
   * an English possessive left out.
   *
   * @param orgHead an English organisation cue ends the name ("Labs")
   * @param legalForm a legal form ("GmbH") followed the name and was left out of it
   */
  record Run(int first, int last, int begin, int end, boolean orgHead, boolean legalForm) {}

  /** One sentence as the finder sees it. */
  record Words(
      String text,
      List<Token> tokens,
      boolean english,
      boolean[] known,
      String[] cue,
      boolean[] cueHead,
      int[] clause,
      int firstWord) {
    Token token(int i) {
      return tokens.get(i);
    }
  }

  private final NotActors notActors;
  private final String organization;

  NameRuns(NotActors notActors, String organization) {
    this.notActors = notActors;
    this.organization = organization;
  }

  List<Run> of(Words w) {
    List<Run> runs = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < w.tokens().size(); i++) {
      Token t = w.token(i);
      if (first >= 0 && isOrgHead(w, i)) {
        add(runs, w, first, i, true);
        first = -1;
        continue;
      }
      if (!isNameWord(w, i)) {
        add(runs, w, first, i - 1, false);
        first = -1;
        continue;
      }
      if (first < 0) {
        first = i;
      }
      boolean next = i + 1 < w.tokens().size() && isCapitalised(w.token(i + 1).text());
      if (w.english() ? possessive(t.text()) != null : t.text().endsWith("s") && next) {
        add(runs, w, first, i, false);
        first = -1;
      }
    }
    add(runs, w, first, w.tokens().size() - 1, false);
    return runs;
  }

  private void add(List<Run> runs, Words w, int first, int last, boolean orgHead) {
    if (first < 0 || last < first) {
      return;
    }
    while (w.english() && last >= first && !orgHead && tag(w.token(last)).equals("ADJ")) {
      last--;
    }
    boolean legalForm = false;
    if (last > first && notActors.isLegalForm(w.token(last).text())) {
      legalForm = true;
      last--;
    }
    if (last < first) {
      return;
    }
    Token end = w.token(last);
    String suffix = w.english() ? possessive(end.text()) : null;
    if (suffix == null && last == w.tokens().size() - 1 && end.text().endsWith(".")) {
      suffix = "."; // "… fertigt TSMC." is one token
    }
    int stop = suffix == null ? end.end() : end.end() - suffix.length();
    runs.add(new Run(first, last, w.token(first).begin(), stop, orgHead, legalForm));
  }

  private boolean isOrgHead(Words w, int i) {
    return w.english()
        && organization.equals(w.cue()[i])
        && !w.known()[i]
        && isCapitalised(w.token(i).text());
  }

  private boolean isNameWord(Words w, int i) {
    Token t = w.token(i);
    String text = t.text();
    if (w.known()[i] || w.cue()[i] != null || notActors.isTitle(text)) {
      return false;
    }
    if (!(isCapitalised(text) || startsCamel(text)) || !WORD.matcher(text).matches()) {
      return false;
    }
    String tag = tag(t);
    if (!w.english()) {
      boolean shaped = ACRONYM.matcher(text).matches() || CAMEL_CASE.matcher(text).matches();
      return !text.contains("-")
          && (tag.equals("PROPN") || tag.equals("X") || tag.equals("NOUN") && shaped);
    }
    if (text.contains("-") && !allPartsCapitalised(text)) {
      return false;
    }
    if (i == w.firstWord()) {
      return tag.equals("PROPN") || tag.equals("X") || tag.equals("NOUN");
    }
    return !FUNCTION_TAGS.contains(tag);
  }

  /** The tag of a token; of a contraction ("PROPN+PART") its first part. */
  static String tag(Token t) {
    int plus = t.pos().indexOf('+');
    String tag = plus < 0 ? t.pos() : t.pos().substring(0, plus);
    return tag.equals("PUNCT") && t.text().codePoints().anyMatch(Character::isLetter) ? "X" : tag;
  }

  static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static boolean startsCamel(String word) {
    return word.length() > 1
        && Character.isLowerCase(word.charAt(0))
        && CAMEL_CASE.matcher(word).matches();
  }

  private static boolean allPartsCapitalised(String word) {
    for (String part : word.split("-")) {
      if (!isCapitalised(part)) {
        return false;
      }
    }
    return true;
  }

  /** The English possessive ending of {@code word}, or null. */
  static String possessive(String word) {
    for (String p : POSSESSIVES) {
      if (word.endsWith(p) && word.length() > p.length()) {
        return p;
      }
    }
    return null;
  }
}
