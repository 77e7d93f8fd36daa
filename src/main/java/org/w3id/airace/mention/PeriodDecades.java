package org.w3id.airace.mention;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.airace.text.Sentence;

/**
 * Finds decades and lists of decades as one period from the first year of the first to the last
 * year of the last decade; the decades of a list must follow each other in time. German "80er und
 * 90er Jahren" (1980–1999), "70er-Jahre", "1980er", "in den 90ern"; English "the 1990s", "the
 * '80s", "the 1980s and 1990s". The anchor leaves out the article or preposition before ("in den",
 * "the").
 *
 * <p>Two-digit decades are of the 1900s, except "00" and "10", which are the 2000s and 2010s
 * ("80er" is 1980–1989, "20er" 1920–1929); write "2020er" / "2020s" for the 2020s. A German
 * two-digit decade needs "Jahre"/"Jahren"/"Jahrzehnt" after the list or the dative "-ern" ("die
 * 80er" alone is not a period); an English one needs "the" before the list or an apostrophe
 * ("'80s", so "in his 60s" is not). Four-digit decades stand alone. Decades are looked for in the
 * article's language only.
 */
final class PeriodDecades {
  private static final Pattern GERMAN_DECADE = Pattern.compile("((?:1\\d|20)?)(\\d)0er(n?)");
  private static final Pattern ENGLISH_DECADE = Pattern.compile("(['’]?)((?:1\\d|20)?)(\\d)0s");

  private final boolean german;
  private final Pattern pattern;
  private final QuantityGate gate;

  PeriodDecades(String language, PeriodYears years) {
    this.german = language.equals("de");
    String joined =
        "(?:" + years.words("and") + "|" + years.words("to") + "|" + years.words("or") + ")";
    this.pattern = german ? german(years, joined) : english(joined);
    this.gate = new QuantityGate(german ? List.of() : List.of("the", "'", "’"));
  }

  private static Pattern german(PeriodYears years, String joined) {
    String decade = "(?:1\\d|20)?\\d0ern?";
    String join = "(?:-?\\h*[,–—/]\\h*|-?\\h+" + joined + "\\h+|-(?=\\d))";
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?<list>"
            + decade
            + "(?:"
            + join
            + decade
            + ")*)(?:(?:-|\\h+)(?<noun>"
            + years.words("decade")
            + "))?(?![\\p{L}\\p{N}])");
  }

  private static Pattern english(String joined) {
    String decade = "(?:['’]\\d0s|(?:1\\d|20)?\\d0s)";
    String join =
        "(?:\\h*,\\h*(?:"
            + joined
            + "\\h+)?|\\h*[–—-]\\h*|\\h+"
            + joined
            + "\\h+)(?:(?i:the)\\h+)?";
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}'’])(?:(?<the>(?i:the))\\h+)?(?<list>"
            + decade
            + "(?:"
            + join
            + decade
            + ")*)(?![\\p{L}\\p{N}])");
  }

  List<Quantity> find(String text, Sentence sentence) {
    return QuantityScanner.scan(
        pattern, gate, text, sentence, (m, offset) -> decades(m, offset, text));
  }

  private Optional<Period> decades(Matcher m, int offset, String text) {
    List<Integer> starts = new ArrayList<>();
    boolean needsWord = false;
    boolean hasWord;
    if (german) {
      Matcher d = GERMAN_DECADE.matcher(m.group("list"));
      boolean dative = false;
      while (d.find()) {
        starts.add(start(d.group(1), d.group(2)));
        needsWord |= d.group(1).isEmpty();
        dative = !d.group(3).isEmpty();
      }
      hasWord = m.group("noun") != null || dative;
    } else {
      Matcher d = ENGLISH_DECADE.matcher(m.group("list"));
      while (d.find()) {
        starts.add(start(d.group(2), d.group(3)));
        needsWord |= d.group(1).isEmpty() && d.group(2).isEmpty();
      }
      hasWord = m.group("the") != null;
    }
    if (needsWord && !hasWord || !ascending(starts)) {
      return Optional.empty();
    }
    int from = starts.get(0);
    int to = starts.get(starts.size() - 1) + 9;
    int begin = offset + m.start("list");
    int end = offset + m.end();
    return Optional.of(
        new Period(
            begin, end, text.substring(begin, end), Year.of(from), Year.of(to), Optional.empty()));
  }

  private static boolean ascending(List<Integer> starts) {
    for (int i = 1; i < starts.size(); i++) {
      if (starts.get(i) <= starts.get(i - 1)) {
        return false;
      }
    }
    return true;
  }

  /** The first year of a decade: "19" "8" is 1980; without a century, "8" is 1980, "1" 2010. */
  private static int start(String century, String digit) {
    int decade = Integer.parseInt(digit) * 10;
    if (!century.isEmpty()) {
      return Integer.parseInt(century) * 100 + decade;
    }
    return decade <= 10 ? 2000 + decade : 1900 + decade;
  }
}
