package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.airace.resources.Bundled;

/**
 * The word lists of the quantity finder: tab-separated UTF-8 files {@code
 * data/lexicon/quantities-*.tsv}, one entry a line, "#" starts a comment line.
 */
final class QuantityLexicon {
  private static final String FOLDER = "data/lexicon/";

  /** One line of a lexicon file; {@code source} is "file:line" for messages. */
  record Row(String source, String line, List<String> cells) {
    String cell(int index) {
      return cells.get(index);
    }

    MentionException error(String problem) {
      return new MentionException(source + ": " + problem + ": \"" + line + "\"");
    }
  }

  private QuantityLexicon() {}

  /** The rows of {@code data/lexicon/<name>}, each with exactly {@code columns} cells. */
  static List<Row> read(String name, int columns) {
    String path = FOLDER + name;
    String[] lines = Bundled.read(path).split("\n", -1);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Row row = new Row(path + ":" + (i + 1), line, List.of(line.split("\t", -1)));
      if (row.cells().size() != columns || row.cells().stream().anyMatch(String::isBlank)) {
        throw row.error("expected " + columns + " non-empty columns separated by tabs");
      }
      rows.add(row);
    }
    return List.copyOf(rows);
  }

  /** The rows of {@code name} whose cell {@code column} is {@code language}. */
  static List<Row> read(String name, int columns, int column, String language) {
    return read(name, columns).stream().filter(r -> r.cell(column).equals(language)).toList();
  }

  /**
   * A regular expression that matches any of {@code forms} exactly, longest first; a space in a
   * form matches any horizontal white space.
   */
  static String alternation(Collection<String> forms) {
    return forms.stream()
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(f -> f))
        .map(QuantityLexicon::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** Like {@link #alternation} but ignoring case. */
  static String alternationIgnoringCase(Collection<String> forms) {
    return "(?iu:" + alternation(forms) + ")";
  }

  /** The key under which a matched form is looked up: its white space made single spaces. */
  static String exact(String form) {
    return form.replaceAll("\\h+", " ");
  }

  /** The key under which a form matched ignoring case is looked up. */
  static String key(String form) {
    return exact(form).toLowerCase(Locale.ROOT);
  }

  private static String quote(String form) {
    return List.of(form.split(" ")).stream()
        .map(Pattern::quote)
        .collect(Collectors.joining("\\h+"));
  }
}
