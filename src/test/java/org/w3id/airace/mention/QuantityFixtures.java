package org.w3id.airace.mention;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.airace.text.Segmenter;

/**
 * Builds the quantities tests expect, at the offsets where their anchor stands in the text, so a
 * test says what it expects by its words ("500 Milliarden Dollar") and still checks exact offsets.
 */
final class QuantityFixtures {
  private static final Map<String, Segmenter> SEGMENTERS = new ConcurrentHashMap<>();

  private QuantityFixtures() {}

  /** The quantities of {@code text}, segmented and searched in {@code language}. */
  static List<Quantity> find(String language, String text) {
    Segmenter segmenter = SEGMENTERS.computeIfAbsent(language, Segmenter::forLanguage);
    synchronized (segmenter) {
      return QuantityFinder.forLanguage(language).find(segmenter.segment(text, null));
    }
  }

  /** Where {@code anchor} starts in {@code text}; it must occur exactly once. */
  static int at(String text, String anchor) {
    int first = text.indexOf(anchor);
    if (first < 0 || text.indexOf(anchor, first + 1) >= 0) {
      throw new IllegalArgumentException("\"" + anchor + "\" must occur once in: " + text);
    }
    return first;
  }

  /** Where the {@code n}th (from 1) occurrence of {@code anchor} starts in {@code text}. */
  static int at(String text, String anchor, int n) {
    int begin = -1;
    for (int i = 0; i < n; i++) {
      begin = text.indexOf(anchor, begin + 1);
      if (begin < 0) {
        throw new IllegalArgumentException("\"" + anchor + "\" occurs less than " + n + " times");
      }
    }
    return begin;
  }

  static Money money(String text, String anchor, String value, String currency) {
    return money(at(text, anchor), anchor, value, currency, Optional.empty());
  }

  static Money money(String text, String anchor, String value, String currency, String qualifier) {
    return money(at(text, anchor), anchor, value, currency, Optional.of(qualifier));
  }

  static Money money(
      int begin, String anchor, String value, String currency, Optional<String> qualifier) {
    return new Money(
        begin, begin + anchor.length(), anchor, new BigDecimal(value), currency, qualifier);
  }

  static Percentage percentage(String text, String anchor, String ratio) {
    int begin = at(text, anchor);
    return new Percentage(
        begin, begin + anchor.length(), anchor, new BigDecimal(ratio), Optional.empty());
  }

  static Percentage percentage(String text, String anchor, String ratio, String qualifier) {
    int begin = at(text, anchor);
    return new Percentage(
        begin, begin + anchor.length(), anchor, new BigDecimal(ratio), Optional.of(qualifier));
  }

  static Period period(String text, String anchor, int from, int to) {
    return period(at(text, anchor), anchor, from, to);
  }

  static Period period(int begin, String anchor, int from, int to) {
    return new Period(
        begin, begin + anchor.length(), anchor, Year.of(from), Year.of(to), Optional.empty());
  }

  static Period month(String text, String anchor, String month) {
    int begin = at(text, anchor);
    YearMonth yearMonth = YearMonth.parse(month);
    Year year = Year.of(yearMonth.getYear());
    return new Period(begin, begin + anchor.length(), anchor, year, year, Optional.of(yearMonth));
  }

  static Qualifier qualifier(String text, String anchor, String meaning) {
    return qualifier(at(text, anchor), anchor, meaning);
  }

  static Qualifier qualifier(int begin, String anchor, String meaning) {
    return new Qualifier(begin, begin + anchor.length(), anchor, meaning);
  }
}
