package org.w3id.airace.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;

/**
 * The SHACL-SPARQL constraints of the shapes, each run once per validated graph rather than once
 * per focus node and value node as Jena's validator runs them (and plans the query anew each time,
 * most of the validation's time). A row of the query with {@code $this} left unbound is the row the
 * query gives with {@code $this} pre-bound to the node the row names, so the rows are grouped by
 * {@code $this} and reported for the focus nodes validated, as Jena reports them: once per value
 * node of a property shape's path (none when it has no value), the message filled in from the row,
 * the value the row's {@code ?value} or else the value node, the path a node shape's row's {@code
 * ?path}.
 *
 * <p>That holds for a SELECT query that projects {@code $this} and binds it in every row, without
 * aggregates, groups, LIMIT, OFFSET or {@code $shapesGraph}, on a target shape or one of its
 * property shapes with a single predicate as its path. {@link #of} takes the constraints only when
 * every SPARQL constraint of the shapes is of that kind, and otherwise none, leaving them all to
 * Jena.
 */
final class SparqlChecks {
  private static final Var THIS = Var.alloc("this");
  private static final Var VALUE = Var.alloc("value");
  private static final Var PATH = Var.alloc("path");
  private static final Var PATH_PARAMETER = Var.alloc("PATH");
  private static final Var CURRENT_SHAPE = Var.alloc("currentShape");
  private static final Var SHAPES_GRAPH = Var.alloc("shapesGraph");

  /** One SPARQL constraint: on {@code shape}, reached from the focus nodes of {@code target}. */
  private record Check(
      Shape target, Shape shape, Optional<Path> path, SparqlConstraint constraint) {}

  private final List<Check> checks;

  private SparqlChecks(List<Check> checks) {
    this.checks = checks;
  }

  /**
   * The SPARQL constraints of {@code shapes} to run once per graph, or empty when one of them is
   * not of the kind that can be (see the class comment).
   */
  static Optional<SparqlChecks> of(Shapes shapes) {
    List<Check> checks = new ArrayList<>();
    Set<Constraint> reached = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Shape target : shapes.getTargetShapes()) {
      collect(target, target, Optional.empty(), checks, reached);
      for (PropertyShape property : target.getPropertyShapes()) {
        collect(target, property, Optional.of(property.getPath()), checks, reached);
      }
    }
    Set<Constraint> all = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    shapes
        .getShapeMap()
        .values()
        .forEach(
            shape ->
                shape.getConstraints().stream()
                    .filter(SparqlConstraint.class::isInstance)
                    .forEach(all::add));
    boolean allRunnable =
        reached.equals(all) && checks.stream().allMatch(SparqlChecks::runnableOncePerGraph);
    return allRunnable ? Optional.of(new SparqlChecks(checks)) : Optional.empty();
  }

  private static void collect(
      Shape target, Shape shape, Optional<Path> path, List<Check> checks, Set<Constraint> reached) {
    for (Constraint constraint : shape.getConstraints()) {
      if (constraint instanceof SparqlConstraint sparql) {
        checks.add(new Check(target, shape, path, sparql));
        reached.add(sparql);
      }
    }
  }

  private static boolean runnableOncePerGraph(Check check) {
    Query query = check.constraint().getQuery();
    return query.isSelectType()
        && query.getProjectVars().contains(THIS)
        && !query.hasAggregators()
        && !query.hasGroupBy()
        && !query.hasLimit()
        && !query.hasOffset()
        && check.path().map(p -> p instanceof P_Link).orElse(true)
        && !OpVars.mentionedVars(Algebra.compile(query)).contains(SHAPES_GRAPH);
  }

  /**
   * Runs every constraint once over {@code data} and reports the rows of the nodes in {@code
   * validated} that are focus nodes of the constraint's target shape, in {@code run}.
   *
   * @param focusNodes the focus nodes among the validated nodes of each target shape, by its node
   */
  void validate(ValidationContext run, Graph data, Map<Node, Set<Node>> focusNodes) {
    for (Check check : checks) {
      if (check.target().deactivated() || check.shape().deactivated()) {
        continue;
      }
      Set<Node> focus = focusNodes.getOrDefault(check.target().getShapeNode(), Set.of());
      if (focus.isEmpty()) {
        continue;
      }
      Map<Node, List<Binding>> rows = rowsByThis(check, data);
      for (Node node : focus) {
        List<Binding> found = rows.getOrDefault(node, List.of());
        if (found.isEmpty()) {
          continue;
        }
        if (check.path().isEmpty()) {
          found.forEach(row -> report(run, check, node, null, node, row));
        } else {
          Path path = check.path().get();
          for (Node valueNode : ShaclPaths.valueNodes(data, node, path)) {
            found.forEach(row -> report(run, check, node, path, valueNode, row));
          }
        }
      }
    }
  }

  private static Map<Node, List<Binding>> rowsByThis(Check check, Graph data) {
    var substitution = BindingFactory.builder();
    substitution.add(CURRENT_SHAPE, check.shape().getShapeNode());
    check.path().ifPresent(path -> substitution.add(PATH_PARAMETER, ((P_Link) path).getNode()));
    Map<Node, List<Binding>> rows = new HashMap<>();
    RowSet result =
        QueryExec.graph(data)
            .query(check.constraint().getQuery())
            .substitution(substitution.build())
            .select();
    result.forEachRemaining(
        row -> {
          Node node = row.get(THIS);
          if (node == null) {
            throw new StoreException(
                "the SHACL-SPARQL constraint of "
                    + check.shape().getShapeNode()
                    + " gave a row without $this");
          }
          rows.computeIfAbsent(node, n -> new ArrayList<>()).add(row);
        });
    return rows;
  }

  private static void report(
      ValidationContext run, Check check, Node focus, Path path, Node valueNode, Binding row) {
    Node value = row.get(VALUE) != null ? row.get(VALUE) : valueNode;
    Path reported = path;
    if (reported == null && row.get(PATH) != null) {
      reported = PathFactory.pathLink(row.get(PATH));
    }
    String template = check.constraint().getMessage();
    String message =
        template == null
            ? "SPARQL SELECT constraint for "
                + ShLib.displayStr(valueNode)
                + " returns "
                + ShLib.displayStr(value)
            : fill(template, row);
    run.reportEntry(
        message,
        check.shape(),
        focus,
        reported,
        value,
        check.constraint(),
        check.shape().getShapeNode());
  }

  /** The message with each {@code {?var}} or {@code {$var}} replaced by the row's value. */
  private static String fill(String template, Binding row) {
    String message = template;
    var vars = row.vars();
    while (vars.hasNext()) {
      Var var = vars.next();
      Node node = row.get(var);
      String shown = node.isLiteral() ? node.getLiteralLexicalForm() : ShLib.displayStr(node);
      message =
          message.replaceAll(
              "\\{[?$]" + Pattern.quote(var.getVarName()) + "\\}", Matcher.quoteReplacement(shown));
    }
    return message;
  }

  /** The focus nodes among {@code nodes} of each target shape, by its node, in {@code data}. */
  static Map<Node, Set<Node>> focusNodes(Shapes shapes, Graph data, Set<Node> nodes) {
    Map<Node, Set<Node>> focus = new HashMap<>();
    for (Shape shape : shapes.getTargetShapes()) {
      Set<Node> targets = new HashSet<>();
      shape.getTargets().forEach(target -> targets.addAll(target.getFocusNodes(data)));
      targets.retainAll(nodes);
      focus.put(shape.getShapeNode(), targets);
    }
    return focus;
  }
}
