package org.w3id.airace.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.airace.article.Article;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.graph.ArticleGraph;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.resources.Bundled;

/**
 * Compares what the loader extracts from a case's article with the case's expected facts. Each fact
 * kind is a query in {@code queries/eval/} that gives every fact as a set of parts (an actor, a
 * strategy, an amount); a fact's key is its sorted parts, so blank nodes and IRIs of fact nodes do
 * not matter. Claims are keyed by kind, certainty and the number of the sentence they stand in.
 *
 * <pre>{@code
 * CaseResult r = new Evaluator(Extractor.bundled()).evaluate(EvalCase.at(dir).get(0));
 * r.kind("pursues").recall();
 * }</pre>
 */
public final class Evaluator {
  static final String FOLDER = "queries/eval";
  private static final String CLAIMS = "claim";

  private final Extractor extractor;
  private final Map<String, Query> kinds = new TreeMap<>();

  public Evaluator(Extractor extractor) {
    this.extractor = extractor;
    for (String path : Bundled.list(FOLDER, ".rq")) {
      String kind = path.substring(FOLDER.length() + 1, path.length() - ".rq".length());
      kinds.put(kind, new ParameterizedSparqlString(Bundled.read(path)).asQuery());
    }
  }

  public CaseResult evaluate(EvalCase c) {
    Article article = new ArticleReader().read(c.article(), Optional.empty()).withSlug(c.name());
    ArticleGraph extracted = extractor.extract(article);
    Graph expected = parse(c);
    Sentences sentences = Sentences.of(extracted.graph(), article.text());
    List<KindResult> results = new ArrayList<>();
    kinds.forEach(
        (kind, query) -> {
          if (kind.equals(CLAIMS)) {
            results.add(
                new KindResult(
                    kind,
                    claims(query, expected, sentences),
                    claims(query, extracted.graph(), sentences)));
          } else {
            results.add(
                new KindResult(kind, facts(query, expected), facts(query, extracted.graph())));
          }
        });
    return new CaseResult(c.name(), results);
  }

  private static Graph parse(EvalCase c) {
    try {
      return RDFParser.source(c.expected()).toGraph();
    } catch (RiotException e) {
      throw new EvalException(c.expected() + ": " + e.getMessage(), e);
    }
  }

  private static List<Binding> rows(Query query, Graph graph) {
    List<Binding> rows = new ArrayList<>();
    QueryExec.graph(graph).query(query).select().forEachRemaining(rows::add);
    return rows;
  }

  /** The facts of a kind in {@code graph}, each as its sorted parts joined by " | ". */
  private static Set<String> facts(Query query, Graph graph) {
    Map<String, Set<String>> parts = new TreeMap<>();
    for (Binding row : rows(query, graph)) {
      Node fact = row.get("fact");
      Node part = row.get("part");
      if (fact != null && part != null) {
        parts
            .computeIfAbsent(fact.toString(), f -> new TreeSet<>())
            .add(part.getLiteralLexicalForm());
      }
    }
    Set<String> keys = new TreeSet<>();
    parts.values().forEach(p -> keys.add(String.join(" | ", p)));
    return keys;
  }

  /** Claims as "Kind certainty in sentence N". */
  private static Set<String> claims(Query query, Graph graph, Sentences sentences) {
    Set<String> keys = new TreeSet<>();
    for (Binding row : rows(query, graph)) {
      String kind = row.get("kind").getLiteralLexicalForm();
      Node certainty = row.get("certainty");
      Node begin = row.get("begin");
      Node quote = row.get("quote");
      int number =
          begin != null
              ? sentences.numberAt(Integer.parseInt(begin.getLiteralLexicalForm()))
              : quote != null ? sentences.numberOf(quote.getLiteralLexicalForm()) : 0;
      String sure =
          certainty == null || kind.equals("OpenQuestion")
              ? ""
              : " " + certainty.getLiteralLexicalForm();
      keys.add(kind + sure + " in sentence " + number);
    }
    return keys;
  }
}
