package org.w3id.airace.mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.airace.mention.QuantityLexicon.Row;
import org.w3id.airace.text.Sentence;
import org.w3id.airace.text.Token;

/**
 * What counts as a year, and the words around years of {@code data/lexicon/quantities-years.tsv}
 * and {@code quantities-months.tsv}.
 *
 * <p>A year is written with four digits, 1000 to 2100, and is not part of a longer number or word
 * ("1.986", "GPT-2024", "2024-Modell" are not years). Such a number is a year unless
 *
 * <ol>
 *   <li>the word before it is a reference word ("Seite 1984", "page 2001", "Version 2024");
 *   <li>the word before it is a proper noun (in English also a capitalised noun: the tagger takes
 *       "Windows" at the start of a sentence for a common noun) that is not a month or a time word:
 *       a product number ("Windows 2000", "Office 2019");
 *   <li>in German, a noun follows and the word before is no time word: a count ("2000
 *       Mitarbeiter"). English writes counts with a comma ("2,000 engineers"), so there "the 2024
 *       election" stays a year.
 * </ol>
 *
 * Two digits alone are never a year ("Windows 95"); they count only as a decade ("80er Jahre", "the
 * '90s") or as the end of a range ("1984–95").
 */
final class PeriodYears {
  /** Four digits from 1000 to 2100, not followed by another digit. */
  static final String YEAR = "(?:1\\d{3}|20\\d{2}|2100)(?!\\d)";

  private static final List<String> ROLES =
      List.of("context", "reference", "from", "between", "to", "and", "or", "decade");

  private final boolean german;
  private final Map<String, Set<String>> words = new HashMap<>();
  private final Map<String, Integer> months = new HashMap<>();

  PeriodYears(String language) {
    this.german = language.equals("de");
    ROLES.forEach(role -> words.put(role, new HashSet<>()));
    for (Row row : QuantityLexicon.read("quantities-years.tsv", 3, 2, language)) {
      Set<String> forms = words.get(row.cell(1));
      if (forms == null) {
        throw row.error("role must be one of " + ROLES);
      }
      forms.add(QuantityLexicon.key(row.cell(0)));
    }
    for (Row row : QuantityLexicon.read("quantities-months.tsv", 3)) {
      if (!row.cell(1).matches("[1-9]|1[0-2]")) {
        throw row.error("month must be a number from 1 to 12");
      }
      months.put(row.cell(0), Integer.parseInt(row.cell(1)));
    }
  }

  /** The words of {@code role}, in lower case. */
  Set<String> forms(String role) {
    return words.get(role);
  }

  /** The month names of both languages. */
  Set<String> monthForms() {
    return months.keySet();
  }

  /** A word of {@code role} ("from", "to", "and", ...), ignoring case. */
  String words(String role) {
    return QuantityLexicon.alternationIgnoringCase(words.get(role));
  }

  /** Whether {@code matched} (any case) is a word of {@code role}. */
  boolean is(String role, String matched) {
    return matched != null && words.get(role).contains(QuantityLexicon.key(matched));
  }

  /** A month name of either language, as written. */
  String months() {
    return QuantityLexicon.alternation(months.keySet());
  }

  /** The number of the month {@code matched} names. */
  int month(String matched) {
    return months.get(QuantityLexicon.exact(matched));
  }

  /** Whether the number at {@code [begin, end)} of the text stands as a year (rules above). */
  boolean isYear(Sentence sentence, int begin, int end) {
    Token before = null;
    Token after = null;
    for (Token token : sentence.tokens()) {
      if (token.end() <= begin) {
        before = token;
      } else if (token.begin() >= end && after == null) {
        after = token;
      }
    }
    boolean timeWord = before != null && is("context", before.text());
    if (before != null && is("reference", before.text())) {
      return false;
    }
    if (before != null && isName(before) && !months.containsKey(before.text()) && !timeWord) {
      return false;
    }
    return !(german && after != null && after.pos().equals("NOUN") && !timeWord);
  }

  private boolean isName(Token token) {
    return token.pos().equals("PROPN")
        || !german && token.pos().equals("NOUN") && Character.isUpperCase(token.text().charAt(0));
  }
}
