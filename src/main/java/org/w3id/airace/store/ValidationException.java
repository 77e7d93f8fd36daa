package org.w3id.airace.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input whose graph violates the shapes, so nothing was stored. The message says how many
 * violations are in which file and then gives the reports, one block per violation.
 */
public class ValidationException extends RuntimeException {
  private final transient List<ValidationReport> reports;

  public ValidationException(List<ValidationReport> reports) {
    super(message(reports));
    this.reports = List.copyOf(reports);
  }

  /** Throws when any of the reports has a violation. */
  public static void throwIfViolated(List<ValidationReport> reports) {
    if (reports.stream().anyMatch(r -> !r.conforms())) {
      throw new ValidationException(reports);
    }
  }

  /** The reports with violations. */
  public List<ValidationReport> reports() {
    return reports.stream().filter(r -> !r.conforms()).toList();
  }

  private static String message(List<ValidationReport> reports) {
    List<ValidationReport> failed = reports.stream().filter(r -> !r.conforms()).toList();
    String where =
        failed.stream()
            .map(r -> r.source() + ": " + ValidationReport.count(r.violations().size()))
            .collect(Collectors.joining(", "));
    String blocks = failed.stream().map(ValidationReport::text).collect(Collectors.joining("\n"));
    return where
        + " of the SHACL shapes ("
        + Validator.SHAPES
        + "); nothing was stored\n\n"
        + blocks.stripTrailing();
  }
}
