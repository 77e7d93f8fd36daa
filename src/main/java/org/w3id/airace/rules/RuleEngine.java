package org.w3id.airace.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjLongConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.BindingRoot;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.util.Context;
import org.w3id.airace.rdf.ReadUnion;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Race;

/**
 * Applies the rules of {@code queries/rules/} in file-name order. Each rule sees the article's
 * graph as the earlier rules left it, together with a background graph (the entities and the
 * ontology, for classes and strategies), and adds what it constructs to the article's graph.
 *
 * <pre>{@code
 * RuleEngine rules = RuleEngine.bundled();
 * rules.apply(articleGraph, RuleEngine.background(gazetteer.graph(), ontology));
 * }</pre>
 *
 * <p>Each rule's algebra is compiled and optimised once, here, not for every article; an article
 * then costs only the evaluation of the rules' patterns and templates. The IRIs the rules mint are
 * made without Jena's full IRI check where they plainly need none ({@link PlainIri}).
 *
 * <p>The triple patterns of a group are matched in the order they are written: ARQ would otherwise
 * reorder each group again every time it runs, by a general rule of thumb (fixed terms first), and
 * the rules are written in narrowing order already (the pattern that matches the fewest triples
 * first, such as a cue's fixed signal, then what hangs off the nodes it binds). Write a new rule's
 * patterns so, too.
 */
public final class RuleEngine {
  /** The folder of the bundled rules. */
  public static final String FOLDER = "queries/rules";

  private final List<Rule> rules;
  private final List<Compiled> compiled;

  /** A rule with its optimised algebra and its template, ready to run on any graph. */
  private record Compiled(Rule rule, Op op, List<Triple> template) {}

  public RuleEngine(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.compiled =
        this.rules.stream()
            .map(
                r ->
                    new Compiled(
                        r,
                        PlainIri.in(Algebra.optimize(Algebra.compile(r.query()))),
                        r.query().getConstructTemplate().getTriples()))
            .toList();
  }

  /**
   * One graph holding every triple of {@code graphs}, for the rules' background: the rules look
   * into it many times per article, and a single in-memory graph answers faster than a union.
   */
  public static Graph background(Graph... graphs) {
    Graph merged = GraphFactory.createGraphMem();
    for (Graph graph : graphs) {
      graph.find().forEachRemaining(merged::add);
    }
    return merged;
  }

  /** The rules bundled with airace. */
  public static RuleEngine bundled() {
    List<Rule> rules = new ArrayList<>();
    for (String path : Bundled.list(FOLDER, ".rq")) {
      String name = path.substring(FOLDER.length() + 1, path.length() - ".rq".length());
      rules.add(parse(name, path, Bundled.read(path)));
    }
    return new RuleEngine(rules);
  }

  /** Parses one rule; it must be a CONSTRUCT query. */
  public static Rule parse(String name, String path, String sparql) {
    try {
      ParameterizedSparqlString pss = new ParameterizedSparqlString(sparql);
      pss.setParam("rule", Race.rule(name));
      Query query = pss.asQuery();
      if (!query.isConstructType()) {
        throw new RuleException(path + ": a rule must be a CONSTRUCT query", null);
      }
      return new Rule(name, path, query);
    } catch (QueryException e) {
      throw new RuleException(path + ": " + e.getMessage(), e);
    }
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * Runs every rule over {@code article} and adds the results to it. The rules also see {@code
   * background} — the entities and the ontology — but write nothing there.
   */
  public void apply(Graph article, Graph background) {
    apply(article, background, (rule, nanos) -> {});
  }

  /**
   * As {@link #apply(Graph, Graph)}, telling {@code timing} how many nanoseconds each rule took.
   */
  public void apply(Graph article, Graph background, ObjLongConsumer<Rule> timing) {
    Graph view = new ReadUnion(article, background);
    // As a query execution does: the settings of ARQ, and the time NOW() gives, one for all rules.
    Context settings = ARQ.getContext().copy();
    Context.setCurrentDateTime(settings);
    // Each group's patterns in the order written (see above), without a reorder per execution.
    StageBuilder.setGenerator(settings, StageBuilder.executeInline);
    for (Compiled c : compiled) {
      long start = System.nanoTime();
      List<Triple> derived = new ArrayList<>();
      try {
        ExecutionContext context = ExecutionContext.createForGraph(view, settings);
        QueryIterator solutions = QC.execute(c.op(), BindingRoot.create(), context);
        try {
          TemplateLib.calcTriples(c.template(), solutions).forEachRemaining(derived::add);
        } finally {
          solutions.close();
        }
      } catch (RuntimeException e) {
        throw new RuleException(c.rule().path() + ": " + e.getMessage(), e);
      }
      // calcTriples already leaves out triples with an unbound or invalid term.
      derived.forEach(article::add);
      timing.accept(c.rule(), System.nanoTime() - start);
    }
  }
}
