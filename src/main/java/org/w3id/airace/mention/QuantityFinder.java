package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.airace.text.Sentence;
import org.w3id.airace.text.TextLayer;

/**
 * Finds quantities in the sentences of a text: money ({@link Money}), percentages ({@link
 * Percentage}), years, ranges and decades ({@link Period}) and amounts without a number ({@link
 * Qualifier}), with the word lists of {@code data/lexicon/quantities-*.tsv}.
 *
 * <p>Where candidates overlap, the one that starts first wins, then the longest, then money before
 * percentages before periods before qualifiers: "2000 Dollar" is money, not the year 2000. A finder
 * holds only immutable patterns and maps, so one instance per language is shared by all threads.
 *
 * <pre>{@code
 * TextLayer layer = Segmenter.forLanguage("de").segment("OpenAI plant 500 Milliarden Dollar.", null);
 * List<Quantity> found = QuantityFinder.forLanguage("de").find(layer);
 * // [Money[begin=13, end=34, anchor=500 Milliarden Dollar, value=500000000000, currency=USD, ...]]
 * }</pre>
 */
public final class QuantityFinder {
  private static final List<String> LANGUAGES = List.of("de", "en");
  private static final Map<String, QuantityFinder> FINDERS = new ConcurrentHashMap<>();
  private static final Comparator<Quantity> TEXT_ORDER =
      Comparator.comparingInt(Quantity::begin).thenComparingInt(q -> q.begin() - q.end());

  private final MoneyFinder money;
  private final PercentageFinder percentages;
  private final PeriodFinder periods;
  private final PeriodDecades decades;
  private final QualifierFinder qualifiers;

  private QuantityFinder(String language) {
    QuantityAmount amount = new QuantityAmount(language);
    QuantityQualifiers fuzzy = new QuantityQualifiers(language);
    PeriodYears years = new PeriodYears(language);
    this.money = new MoneyFinder(amount, fuzzy);
    this.percentages = new PercentageFinder(amount, fuzzy);
    this.periods = new PeriodFinder(years);
    this.decades = new PeriodDecades(language, years);
    this.qualifiers = new QualifierFinder(language);
  }

  /**
   * The finder for articles in {@code language}, "de" or "en": it reads ambiguous numerals
   * ("1.000") and scale words ("Billion") the way of that language and uses its number words and
   * qualifiers.
   *
   * @throws MentionException for any other language, or if a word list is broken
   */
  public static QuantityFinder forLanguage(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new MentionException(
          "Quantities: language must be one of " + LANGUAGES + ", got \"" + language + "\"");
    }
    return FINDERS.computeIfAbsent(language, QuantityFinder::new);
  }

  /** The quantities of {@code layer}'s sentences, in text order, not overlapping. */
  public List<Quantity> find(TextLayer layer) {
    List<Quantity> found = new ArrayList<>();
    for (Sentence sentence : layer.sentences()) {
      found.addAll(find(layer.text(), sentence));
    }
    return List.copyOf(found);
  }

  private List<Quantity> find(String text, Sentence sentence) {
    List<Quantity> candidates = new ArrayList<>(money.find(text, sentence));
    candidates.addAll(percentages.find(text, sentence));
    candidates.addAll(periods.find(text, sentence));
    candidates.addAll(decades.find(text, sentence));
    candidates.addAll(qualifiers.find(text, sentence));
    candidates.sort(TEXT_ORDER);
    List<Quantity> kept = new ArrayList<>();
    int covered = sentence.begin();
    for (Quantity candidate : candidates) {
      if (candidate.begin() >= covered) {
        kept.add(candidate);
        covered = candidate.end();
      }
    }
    return kept;
  }
}
