package org.w3id.airace.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into paragraphs: every non-blank line is a paragraph (the articles put each
 * paragraph on a line of its own); {@code \n}, {@code \r\n} and {@code \r} end lines, blank lines
 * are skipped, and each span is trimmed.
 */
final class ParagraphSplitter {

  private ParagraphSplitter() {}

  static List<Span> split(String text) {
    List<Span> paragraphs = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || Chars.isLineBreak(text.charAt(i))) {
        Span line = Chars.trim(text, lineStart, i);
        if (line.length() > 0) {
          paragraphs.add(line);
        }
        lineStart = i + 1;
      }
    }
    return paragraphs;
  }
}
