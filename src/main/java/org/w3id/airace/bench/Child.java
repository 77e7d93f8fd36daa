package org.w3id.airace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A command run to its end as a child process, timed from its start to its exit. */
final class Child {
  private Child() {}

  /**
   * Runs {@code command} with its standard output (and error) in {@code log} and returns the wall
   * time in milliseconds, JVM start included. Fails with the log's last lines when the exit code is
   * not 0.
   */
  static double run(List<String> command, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    try {
      long t0 = System.nanoTime();
      Process process = builder.start();
      int exit = process.waitFor();
      double millis = (System.nanoTime() - t0) / 1e6;
      if (exit != 0) {
        throw new IllegalStateException(
            "exit " + exit + " from " + String.join(" ", command) + "\n" + tail(log));
      }
      return millis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The last lines of a log, for an error message. */
  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Deletes a folder and everything in it, if it exists. */
  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
