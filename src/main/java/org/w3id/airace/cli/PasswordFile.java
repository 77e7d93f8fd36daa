package org.w3id.airace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A password kept in a file, so it is never on a command line, in a log or in shell history. */
final class PasswordFile {
  private PasswordFile() {}

  /** The first line of the file, stripped; a usage error naming the file if there is none. */
  static String read(Path file, String option) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || lines.get(0).isBlank()) {
        throw new UsageException(file + ": the password file of " + option + " is empty");
      }
      return lines.get(0).strip();
    } catch (IOException e) {
      throw new UsageException(
          file + ": cannot read the password file of " + option + ": " + e.getMessage());
    }
  }
}
