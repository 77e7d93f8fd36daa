package org.w3id.airace.rules;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Race;

/**
 * Applies the rules of {@code queries/rules/} in file-name order. Each rule sees the article's
 * graph as the earlier rules left it, together with a background graph (the entities and the
 * ontology, for classes and strategies), and adds what it constructs to the article's graph.
 *
 * <pre>{@code
 * RuleEngine rules = RuleEngine.bundled();
 * rules.apply(articleGraph, new Union(gazetteer.graph(), ontology));
 * }</pre>
 */
public final class RuleEngine {
  /** The folder of the bundled rules. */
  public static final String FOLDER = "queries/rules";

  private final List<Rule> rules;

  public RuleEngine(List<Rule> rules) {
    this.rules = List.copyOf(rules);
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
    Graph view = new Union(article, background);
    for (Rule rule : rules) {
      Graph derived;
      try {
        derived = QueryExec.graph(view).query(rule.query()).construct();
      } catch (RuntimeException e) {
        throw new RuleException(rule.path() + ": " + e.getMessage(), e);
      }
      derived.find().forEachRemaining(article::add);
    }
  }
}
