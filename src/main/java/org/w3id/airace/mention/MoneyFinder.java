package org.w3id.airace.mention;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.airace.mention.QuantityLexicon.Row;
import org.w3id.airace.text.Sentence;

/**
 * Finds amounts of money: an amount with a currency before it ("$65 billion", "US$ 3 Mio.", "€5")
 * or after it ("500 Milliarden Dollar", "109 Mrd. Euro", "80 billion dollars", "5 €"), also inside
 * a hyphenated compound ("500-Milliarden-Dollar-Wette" gives "500-Milliarden-Dollar"), with an
 * optional fuzzy word before ("rund 5 Mio. Euro"). Currencies come from {@code
 * data/lexicon/quantities-currencies.tsv}; a currency word after the amount wins over a symbol
 * before it ("¥344 billion yuan" is CNY). A numeral right after a currency sign ("$1,000") is read
 * in English notation, any other in the notation of the article's language.
 */
final class MoneyFinder {
  private record Currency(String code, boolean needsScale) {}

  private final QuantityAmount amount;
  private final QuantityQualifiers qualifiers;
  private final Map<String, Currency> before = new HashMap<>();
  private final Map<String, Currency> after = new HashMap<>();
  private final Pattern pattern;
  private final QuantityGate gate;

  MoneyFinder(QuantityAmount amount, QuantityQualifiers qualifiers) {
    this.amount = amount;
    this.qualifiers = qualifiers;
    for (Row row : QuantityLexicon.read("quantities-currencies.tsv", 4)) {
      Currency currency = currency(row);
      String place = row.cell(2);
      if (!List.of("before", "after", "both").contains(place)) {
        throw row.error("place must be \"before\", \"after\" or \"both\"");
      }
      if (!place.equals("after")) {
        before.put(row.cell(0), currency);
      }
      if (!place.equals("before")) {
        after.put(row.cell(0), currency);
      }
    }
    List<String> openers = new ArrayList<>(qualifiers.forms());
    openers.addAll(before.keySet());
    openers.addAll(amount.words());
    this.gate = new QuantityGate(openers);
    this.pattern =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}]|\\p{N}[.,])"
                + qualifiers.optionalPrefix()
                + "(?:(?<pre>"
                + QuantityLexicon.alternation(before.keySet())
                + ")(?<gap>\\h?))?"
                + amount.scaled()
                + "(?:(?:\\h*|-)(?<post>"
                + QuantityLexicon.alternation(after.keySet())
                + "))?(?![\\p{L}\\p{N}])");
  }

  List<Quantity> find(String text, Sentence sentence) {
    return QuantityScanner.scan(
        pattern, gate, text, sentence, (m, offset) -> money(m, offset, text));
  }

  private Optional<Money> money(Matcher m, int offset, String text) {
    boolean scaled = amount.isScaled(m);
    if (amount.needsScale(m) && !scaled) {
      return Optional.empty();
    }
    Currency post = lookUp(after, m.group("post"));
    if (post != null && post.needsScale() && !scaled) {
      post = null;
    }
    Currency pre = lookUp(before, m.group("pre"));
    if (pre == null && post == null) {
      return Optional.empty();
    }
    boolean signFirst = pre != null && m.group("gap").isEmpty();
    Optional<BigDecimal> value = amount.value(m, signFirst ? "en" : amount.language());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    int begin = offset + m.start();
    int end = offset + (post != null ? m.end("post") : amount.end(m));
    String code = post != null ? post.code() : pre.code();
    return Optional.of(
        new Money(
            begin,
            end,
            text.substring(begin, end),
            value.get(),
            code,
            qualifiers.meaning(m.group("qual"))));
  }

  private static Currency lookUp(Map<String, Currency> currencies, String matched) {
    return matched == null ? null : currencies.get(QuantityLexicon.exact(matched));
  }

  private static Currency currency(Row row) {
    if (!row.cell(1).matches("[A-Z]{3}")) {
      throw row.error("code must be an ISO 4217 code of three capital letters");
    }
    if (!List.of("-", "scale").contains(row.cell(3))) {
      throw row.error("condition must be \"-\" or \"scale\"");
    }
    return new Currency(row.cell(1), row.cell(3).equals("scale"));
  }
}
