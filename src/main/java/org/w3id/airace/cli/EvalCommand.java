package org.w3id.airace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.airace.eval.CaseResult;
import org.w3id.airace.eval.EvalCase;
import org.w3id.airace.eval.EvalReport;
import org.w3id.airace.eval.Evaluator;
import org.w3id.airace.graph.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code airace eval}: precision and recall of the extraction on test cases. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Run the extraction on test cases and print, per article and fact kind, the expected, found"
          + " and correct facts with precision and recall, then the facts missed or extra.",
      "A case is a folder with article.md and expected.ttl (see src/test/resources/cases/README.md)."
    })
final class EvalCommand implements Runnable {
  @Parameters(
      paramLabel = "CASE_DIR",
      arity = "0..*",
      description = "A case folder, or a folder of cases (default: src/test/resources/cases).")
  List<Path> folders;

  @Option(
      names = "--min-precision",
      paramLabel = "P",
      defaultValue = "0",
      description = "Fail (exit 1) when a case's overall precision is below P.")
  double minPrecision;

  @Option(
      names = "--min-recall",
      paramLabel = "R",
      defaultValue = "0",
      description = "Fail (exit 1) when a case's overall recall is below R.")
  double minRecall;

  @Override
  public void run() {
    List<Path> where =
        folders == null || folders.isEmpty()
            ? List.of(Path.of("src/test/resources/cases"))
            : folders;
    List<EvalCase> cases = new ArrayList<>();
    where.forEach(p -> cases.addAll(EvalCase.at(p)));
    Evaluator evaluator = new Evaluator(Extractor.bundled());
    List<CaseResult> results = cases.stream().map(evaluator::evaluate).toList();
    EvalReport.print(results, System.out);
    List<String> below =
        results.stream()
            .filter(r -> r.precision() < minPrecision || r.recall() < minRecall)
            .map(CaseResult::name)
            .toList();
    if (!below.isEmpty()) {
      throw new IllegalStateException("below the threshold: " + String.join(", ", below));
    }
  }
}
