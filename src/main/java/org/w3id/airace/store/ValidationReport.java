package org.w3id.airace.store;

import java.util.List;
import java.util.Optional;

/**
 * What validating one graph against the shapes found: a violation per broken constraint, each with
 * what a reader needs to find and fix it.
 *
 * @param source the file or named graph validated, as the report names it
 * @param violations the violations, in a stable order (by focus node, then shape)
 */
public record ValidationReport(String source, List<Violation> violations) {
  public ValidationReport {
    violations = List.copyOf(violations);
  }

  /**
   * One broken constraint.
   *
   * @param focus the focus node, an IRI or a blank node label
   * @param label the focus node's rdfs:label, else its nif:anchorOf, else {@code focus}
   * @param path the property path, in prefixed form; empty for a node constraint
   * @param value the offending value, in Turtle form, where there is one
   * @param message what the shape requires, or what is wrong
   * @param shape the broken shape's IRI, prefixed, e.g. {@code rsh:Investment-amount}
   * @param shapeLabel the shape's English rdfs:label, e.g. {@code investment: one amount}; the IRI
   *     for a shape without one
   * @param component the constraint component, e.g. {@code sh:MinCountConstraintComponent}
   * @param sentence the sentence the focus node comes from or lies in, where there is one
   */
  public record Violation(
      String focus,
      String label,
      String path,
      Optional<String> value,
      String message,
      String shape,
      String shapeLabel,
      String component,
      Optional<String> sentence) {}

  /** True when there is no violation. */
  public boolean conforms() {
    return violations.isEmpty();
  }

  /** The report as text: a heading line, then one block per violation. */
  public String text() {
    StringBuilder out = new StringBuilder();
    int n = violations.size();
    out.append(source)
        .append(": ")
        .append(conforms() ? "conforms to the shapes" : count(n) + " of the shapes")
        .append('\n');
    for (int i = 0; i < n; i++) {
      Violation v = violations.get(i);
      out.append('\n').append("  violation ").append(i + 1).append(" of ").append(n).append('\n');
      line(
          out,
          "focus",
          v.label().equals(v.focus()) ? v.focus() : quote(v.label()) + " " + v.focus());
      if (!v.path().isEmpty()) {
        line(out, "path", v.path());
      }
      v.value().ifPresent(value -> line(out, "value", value));
      line(out, "message", v.message());
      line(
          out,
          "shape",
          v.shapeLabel().equals(v.shape()) ? v.shape() : v.shapeLabel() + " (" + v.shape() + ")");
      line(out, "rule", v.component());
      v.sentence().ifPresent(s -> line(out, "sentence", quote(s)));
    }
    return out.toString();
  }

  /** "1 violation", "3 violations". */
  static String count(int n) {
    return n + (n == 1 ? " violation" : " violations");
  }

  private static void line(StringBuilder out, String key, String text) {
    out.append("    ").append(String.format("%-9s", key + ":")).append(' ');
    out.append(text.replace("\n", "\n              ")).append('\n');
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
