package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.airace.text.Sentence;

/**
 * Finds percentages: a numeral or number word before a sign or word of {@code
 * data/lexicon/quantities-percent.tsv} ("3 %", "3%", "drei Prozent", "ten percent", "3 per cent"),
 * with an optional fuzzy word before ("etwa 60 %"). The ratio is the number divided by 100.
 */
final class PercentageFinder {
  private final QuantityAmount amount;
  private final QuantityQualifiers qualifiers;
  private final Pattern pattern;
  private final QuantityGate gate;

  PercentageFinder(QuantityAmount amount, QuantityQualifiers qualifiers) {
    this.amount = amount;
    this.qualifiers = qualifiers;
    List<String> forms =
        QuantityLexicon.read("quantities-percent.tsv", 2).stream().map(r -> r.cell(0)).toList();
    List<String> openers = new ArrayList<>(qualifiers.forms());
    openers.addAll(amount.words());
    this.gate = new QuantityGate(openers);
    this.pattern =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}]|\\p{N}[.,])"
                + qualifiers.optionalPrefix()
                + "(?:(?<num>"
                + QuantityAmount.NUMERAL
                + ")(?:\\h*|-)|(?<word>"
                + amount.word()
                + ")(?:\\h+|-))"
                + QuantityLexicon.alternationIgnoringCase(forms)
                + "(?![\\p{L}\\p{N}])");
  }

  List<Quantity> find(String text, Sentence sentence) {
    return QuantityScanner.scan(
        pattern, gate, text, sentence, (m, offset) -> percentage(m, offset, text));
  }

  private Optional<Percentage> percentage(Matcher m, int offset, String text) {
    int begin = offset + m.start();
    int end = offset + m.end();
    return amount
        .base(m, amount.language())
        .map(
            number ->
                new Percentage(
                    begin,
                    end,
                    text.substring(begin, end),
                    NumberParser.exact(number.movePointLeft(2)),
                    qualifiers.meaning(m.group("qual"))));
  }
}
