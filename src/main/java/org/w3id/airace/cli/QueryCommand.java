package org.w3id.airace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.w3id.airace.store.QueryRunner;
import org.w3id.airace.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code airace query}: one SPARQL query against the database. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run a SPARQL query against the database (not the server: stop 'airace serve' first).",
      "The default graph is the union of all graphs. CONSTRUCT and DESCRIBE print Turtle."
    })
final class QueryCommand implements Runnable {
  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "The query text.")
  String text;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Read the query from this file, e.g. queries/cq/01-*.rq.")
  Path file;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  QueryRunner.Format format;

  @Mixin DatabaseOption db;

  @Override
  public void run() {
    if ((text == null) == (file == null)) {
      throw new UsageException(
          "give either a QUERY or --file FILE, not " + (text == null ? "neither" : "both"));
    }
    String source = file == null ? "query" : file.toString();
    String sparql = file == null ? text : read(file);
    try (Store store = db.openExisting()) {
      new QueryRunner(store).run(source, sparql, format, System.out);
      System.out.flush();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such file");
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read: " + e.getMessage());
    }
  }
}
