package org.w3id.airace.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.ProgressListener;
import org.w3id.airace.store.Store;
import org.w3id.airace.store.ValidationReport;
import org.w3id.airace.store.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code airace validate}: the SHACL report of the database, or of articles before loading. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate against the SHACL shapes (ontology/shapes.ttl) and print a report: per violation"
          + " the focus node and its label, the path, the message, the shape and the sentence.",
      "With FILEs, extract those articles as 'load' would and validate them, touching no"
          + " database; else validate every graph of the database.",
      "Exit code 0 when everything conforms, 1 on violations."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Article files (.md or .txt); default: the graphs of the database.")
  List<Path> files;

  @Mixin DatabaseOption db;
  @Mixin WordsOption words;
  @Mixin ThreadsOption threads;
  @Mixin ArticleOptions articles;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    boolean fromFiles = files != null && !files.isEmpty();
    if (fromFiles && spec.commandLine().getParseResult().hasMatchedOption("--db")) {
      throw new UsageException("give either --db or article files, not both");
    }
    Validator validator = Validator.bundled();
    List<ValidationReport> reports;
    if (fromFiles) {
      reports =
          Loader.check(
                  words.extractor(),
                  validator,
                  files,
                  articles.language(),
                  ProgressListener.NONE,
                  threads.threads())
              .reports();
    } else {
      try (Store store = db.openExisting()) {
        reports = validator.validate(store.dataset());
      }
    }
    int violations = 0;
    for (ValidationReport report : reports) {
      System.out.print(report.text());
      if (!report.conforms()) {
        System.out.println();
      }
      violations += report.violations().size();
    }
    if (violations == 0) {
      System.out.printf("conforms: %d graph(s), no violation%n", reports.size());
    } else {
      System.out.printf(
          "%d violation(s) in %d of %d graph(s)%n",
          violations, reports.stream().filter(r -> !r.conforms()).count(), reports.size());
    }
    System.out.flush();
    return violations == 0 ? 0 : 1;
  }
}
