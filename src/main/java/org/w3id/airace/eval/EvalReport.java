package org.w3id.airace.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints evaluation results: per case and fact kind the counts and figures, then what was missed or
 * extra.
 */
public final class EvalReport {
  private EvalReport() {}

  public static void print(List<CaseResult> results, PrintStream out) {
    for (CaseResult r : results) {
      out.printf(Locale.ROOT, "%s%n", r.name());
      out.printf(
          Locale.ROOT,
          "  %-20s %8s %6s %8s %9s %6s%n",
          "kind",
          "expected",
          "found",
          "correct",
          "precision",
          "recall");
      for (KindResult k : r.kinds()) {
        if (!k.expected().isEmpty() || !k.found().isEmpty()) {
          row(
              out,
              k.kind(),
              k.expected().size(),
              k.found().size(),
              k.correct(),
              k.precision(),
              k.recall());
        }
      }
      row(out, "all", r.expected(), r.found(), r.correct(), r.precision(), r.recall());
      for (KindResult k : r.kinds()) {
        k.missed()
            .forEach(f -> out.printf(Locale.ROOT, "  missed %-14s %s%n", k.kind(), shorten(f)));
        k.extra()
            .forEach(f -> out.printf(Locale.ROOT, "  extra  %-14s %s%n", k.kind(), shorten(f)));
      }
      out.println();
    }
  }

  private static void row(
      PrintStream out, String kind, int expected, int found, int correct, double p, double r) {
    out.printf(
        Locale.ROOT, "  %-20s %8d %6d %8d %9.2f %6.2f%n", kind, expected, found, correct, p, r);
  }

  private static String shorten(String fact) {
    return fact.replace("https://w3id.org/airace/resource/", "res:")
        .replace("https://w3id.org/airace/ontology#", "race:");
  }
}
