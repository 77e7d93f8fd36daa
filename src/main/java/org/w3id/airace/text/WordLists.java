package org.w3id.airace.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word-list resources of this package: one entry a line, {@code #} starts a comment. */
final class WordLists {

  private WordLists() {}

  /** The non-blank, non-comment lines of a resource next to this class, trimmed. */
  static List<String> read(String resourceName) {
    InputStream in = WordLists.class.getResourceAsStream(resourceName);
    if (in == null) {
      throw new TextException("Missing resource org/w3id/airace/text/" + resourceName);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
    } catch (IOException e) {
      throw new TextException("Cannot read resource " + resourceName, e);
    }
    return List.copyOf(lines);
  }
}
