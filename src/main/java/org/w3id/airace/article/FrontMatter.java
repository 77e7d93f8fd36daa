package org.w3id.airace.article;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown article: flat {@code key: value} lines between two {@code
 * ---} lines. Values may be quoted with double or single quotes. Nested YAML is refused with the
 * line it starts on, as are unknown keys.
 */
final class FrontMatter {
  static final List<String> KEYS =
      List.of("title", "title_source", "author", "language", "date", "source", "topic", "note");
  private static final Pattern LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*(.*)");

  private final Map<String, String> values;
  private final Map<String, Integer> lines;
  private final int bodyStart;

  private FrontMatter(Map<String, String> values, Map<String, Integer> lines, int bodyStart) {
    this.values = values;
    this.lines = lines;
    this.bodyStart = bodyStart;
  }

  /** Parses the front matter at the start of {@code content}, which must begin with "---". */
  static FrontMatter parse(Path file, String content) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    boolean closed = content.lines().skip(1).anyMatch(l -> l.stripTrailing().equals("---"));
    int pos = content.indexOf('\n') + 1;
    int lineNo = 2;
    while (pos > 0 && pos < content.length()) {
      int eol = content.indexOf('\n', pos);
      int next = eol < 0 ? content.length() : eol + 1;
      String line = content.substring(pos, eol < 0 ? content.length() : eol).stripTrailing();
      if (line.equals("---")) {
        return new FrontMatter(values, lines, next);
      }
      if (!line.isBlank() && !line.startsWith("#")) {
        readLine(file, lineNo, line, closed, values, lines);
      }
      pos = next;
      lineNo++;
    }
    throw new ArticleException(
        file, 1, "front matter: no closing '---' line; end it with a line '---'");
  }

  private static void readLine(
      Path file,
      int lineNo,
      String line,
      boolean closed,
      Map<String, String> values,
      Map<String, Integer> lines) {
    Matcher m = LINE.matcher(line);
    boolean keyValue = !line.startsWith(" ") && !line.startsWith("\t") && m.matches();
    if (!keyValue && !closed) {
      throw new ArticleException(
          file,
          lineNo,
          "front matter: no closing '---' line: the front matter opened on line 1 runs into \""
              + abbreviate(line.strip())
              + "\"; end it with a line '---'");
    }
    if (!keyValue) {
      throw new ArticleException(
          file, lineNo, "front matter: expected a line 'key: value', got \"" + line.strip() + "\"");
    }
    String key = m.group(1);
    if (!KEYS.contains(key)) {
      throw new ArticleException(
          file, lineNo, "front matter: unknown key '" + key + "'; known keys are " + KEYS);
    }
    if (values.containsKey(key)) {
      throw new ArticleException(file, lineNo, "front matter: '" + key + "' is given twice");
    }
    values.put(key, unquote(file, lineNo, key, m.group(2).strip()));
    lines.put(key, lineNo);
  }

  private static String unquote(Path file, int lineNo, String key, String raw) {
    if (raw.isEmpty()) {
      throw new ArticleException(file, lineNo, "front matter: '" + key + "' has no value");
    }
    char first = raw.charAt(0);
    if (first == '"' || first == '\'') {
      if (raw.length() < 2 || raw.charAt(raw.length() - 1) != first) {
        throw new ArticleException(
            file, lineNo, "front matter: '" + key + "': quote " + first + " is not closed");
      }
      String inner = raw.substring(1, raw.length() - 1);
      return first == '"' ? inner.replace("\\\"", "\"") : inner.replace("''", "'");
    }
    if (first == '[' || first == '{' || first == '|' || first == '>') {
      throw new ArticleException(
          file,
          lineNo,
          "front matter: '" + key + "' must be a single line of text, got \"" + raw + "\"");
    }
    return raw;
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 59) + "…";
  }

  String get(String key) {
    return values.get(key);
  }

  /** The line number of a key, for error messages; 1 if the key is absent. */
  int line(String key) {
    return lines.getOrDefault(key, 1);
  }

  /** Where the body starts in the file's content. */
  int bodyStart() {
    return bodyStart;
  }
}
