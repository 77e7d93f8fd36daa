package org.w3id.airace.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.w3id.airace.mention.QuantityLexicon.Row;
import org.w3id.airace.text.Sentence;

/**
 * Finds amounts said without a number ("Bruchteil", "fraction", "Vielfaches", "many times more"),
 * the words of {@code data/lexicon/quantities-vague.tsv}, as whole words.
 */
final class QualifierFinder {
  private record Entry(String meaning, Optional<Pattern> next) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private final Pattern pattern;
  private final QuantityGate gate;

  QualifierFinder(String language) {
    for (Row row : QuantityLexicon.read("quantities-vague.tsv", 4, 2, language)) {
      Optional<Pattern> next = row.cell(3).equals("-") ? Optional.empty() : Optional.of(next(row));
      entries.put(QuantityLexicon.key(row.cell(0)), new Entry(row.cell(1), next));
    }
    this.gate = new QuantityGate(entries.keySet());
    this.pattern =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<form>"
                + QuantityLexicon.alternationIgnoringCase(entries.keySet())
                + ")(?![\\p{L}\\p{N}])(?:(?=\\h+(?<next>[\\p{L}\\p{N}]+)))?");
  }

  private static Pattern next(Row row) {
    try {
      return Pattern.compile("(?iu:" + row.cell(3) + ")");
    } catch (PatternSyntaxException e) {
      throw row.error("next must be a regular expression: " + e.getDescription());
    }
  }

  List<Quantity> find(String text, Sentence sentence) {
    return QuantityScanner.scan(
        pattern, gate, text, sentence, (m, offset) -> qualifier(m, offset, text));
  }

  private Optional<Qualifier> qualifier(Matcher m, int offset, String text) {
    Entry entry = entries.get(QuantityLexicon.key(m.group("form")));
    String next = m.group("next");
    if (entry.next().isPresent() && (next == null || !entry.next().get().matcher(next).matches())) {
      return Optional.empty();
    }
    int begin = offset + m.start();
    int end = offset + m.end();
    return Optional.of(new Qualifier(begin, end, text.substring(begin, end), entry.meaning()));
  }
}
