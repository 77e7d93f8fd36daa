package org.w3id.airace.mention;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.airace.text.Sentence;

/**
 * Finds years (see {@link PeriodYears} for what counts as one), ranges of years ("von 1984 bis
 * 1995", "from 1984 to 1995", "zwischen 1984 und 1995", "1984–1995", "1984-95", "2024/25") and a
 * month with its year ("Mai 2024", "3. Mai 2024", "May 3, 2024"). The anchor of a range includes
 * the word that opens it ("von", "from", "zwischen", "between"); a preposition before a single year
 * or month ("im Mai 2024") is not part of the anchor.
 */
final class PeriodFinder {
  private static final String BEFORE = "(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][.,'’/\\-–])";
  private static final String AFTER = "(?![\\p{L}\\p{N}]|[.,]\\d|[-–/]\\p{N}|-\\p{L})";

  private final PeriodYears years;
  private final Pattern range;
  private final Pattern monthYear;
  private final Pattern year;
  private final QuantityGate rangeGate;
  private final QuantityGate monthGate;
  private final QuantityGate yearGate = new QuantityGate(List.of());

  PeriodFinder(PeriodYears years) {
    this.years = years;
    List<String> openers = new ArrayList<>(years.forms("from"));
    openers.addAll(years.forms("between"));
    this.rangeGate = new QuantityGate(openers);
    this.monthGate = new QuantityGate(years.monthForms());
    String opener = "(?:" + years.words("from") + "|" + years.words("between") + ")";
    String joiner = "(?:" + years.words("to") + "|" + years.words("and") + ")";
    this.range =
        Pattern.compile(
            BEFORE
                + "(?:(?<open>"
                + opener
                + ")\\h+)?(?<y1>"
                + PeriodYears.YEAR
                + ")(?:(?<dash>\\h*[–—-]\\h*|/)|\\h+(?<join>"
                + joiner
                + ")\\h+)(?<y2>"
                + PeriodYears.YEAR
                + "|\\d{2}(?!\\d))"
                + AFTER);
    this.monthYear =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?<day>\\d{1,2})\\.?\\h+)?(?<month>"
                + years.months()
                + ")(?:\\h+(?<date>\\d{1,2}),?)?\\h+(?<year>"
                + PeriodYears.YEAR
                + ")"
                + AFTER);
    this.year = Pattern.compile(BEFORE + PeriodYears.YEAR + AFTER);
  }

  List<Quantity> find(String text, Sentence sentence) {
    List<Quantity> found = new ArrayList<>();
    found.addAll(
        QuantityScanner.scan(range, rangeGate, text, sentence, (m, o) -> range(m, o, sentence)));
    found.addAll(
        QuantityScanner.scan(monthYear, monthGate, text, sentence, (m, o) -> month(m, o, text)));
    found.addAll(
        QuantityScanner.scan(year, yearGate, text, sentence, (m, o) -> year(m, o, sentence)));
    return found;
  }

  private Optional<Period> range(Matcher m, int offset, Sentence sentence) {
    boolean between = years.is("between", m.group("open"));
    boolean and = years.is("and", m.group("join"));
    String last = m.group("y2");
    if (between != and || last.length() == 2 && m.group("dash") == null) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group("y1"));
    int end = last.length() == 4 ? Integer.parseInt(last) : century(first, last);
    boolean standsAsYears =
        m.group("open") != null || years.isYear(sentence, offset + m.start(), offset + m.end());
    if (end <= first || !standsAsYears) {
      return Optional.empty();
    }
    return Optional.of(period(m, offset, first, end));
  }

  private Optional<Period> month(Matcher m, int offset, String text) {
    for (String day : new String[] {m.group("day"), m.group("date")}) {
      if (day != null && (Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31)) {
        return Optional.empty();
      }
    }
    int year = Integer.parseInt(m.group("year"));
    int begin = offset + m.start();
    int end = offset + m.end();
    YearMonth month = YearMonth.of(year, years.month(m.group("month")));
    return Optional.of(
        new Period(
            begin,
            end,
            text.substring(begin, end),
            Year.of(year),
            Year.of(year),
            Optional.of(month)));
  }

  private Optional<Period> year(Matcher m, int offset, Sentence sentence) {
    if (!years.isYear(sentence, offset + m.start(), offset + m.end())) {
      return Optional.empty();
    }
    int value = Integer.parseInt(m.group());
    return Optional.of(period(m, offset, value, value));
  }

  private static Period period(Matcher m, int offset, int from, int to) {
    int begin = offset + m.start();
    return new Period(
        begin, begin + m.group().length(), m.group(), Year.of(from), Year.of(to), Optional.empty());
  }

  /** The year that two digits after {@code first} end: "1984–95" is 1995, "1998–03" 2003. */
  private static int century(int first, String twoDigits) {
    int year = first - first % 100 + Integer.parseInt(twoDigits);
    return year <= first ? year + 100 : year;
  }
}
