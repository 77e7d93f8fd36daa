package org.w3id.airace.cq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.mention.Gazetteer;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.rules.RuleEngine;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.Store;
import org.w3id.airace.vocab.Race;

/**
 * The competency questions of {@code queries/cq/} run as they stand on the loaded first article and
 * give the rows of {@code queries/cq/expected/NN-topic.tsv}.
 *
 * <p>An expected file is a SPARQL TSV result: its header names the variables compared (a CQ may
 * select more, such as the IRIs of fact nodes, which no one can know in advance), and its rows are
 * compared with the CQ's distinct rows over those variables, as sets; numbers compare by value.
 *
 * <p>The expected rows hold the facts issue 4 lists for the first article. Two stores answer: the
 * first article with those facts written by hand ({@code src/test/resources/cq/issue-4-facts.ttl})
 * over its text and mention layers, where every CQ must give exactly its expected rows — which
 * proves the query and its expected rows agree — and the first article as the loader extracts it,
 * where every expected row must be among the answers: the extraction finds every fact a CQ asks
 * for. What it finds beyond those is measured by {@code airace eval} as precision.
 */
class CompetencyQuestionsTest {
  /**
   * CQs whose rows name fact nodes by IRI or count facts: the extraction's fact nodes have IRIs of
   * their own and its counts include what it finds beyond the expected facts, so these are compared
   * over the hand-written facts only; {@code airace eval} measures the extraction for them.
   */
  static final List<String> BY_FACT_NODE_OR_COUNT =
      List.of("10-about-one-actor", "12-facts-per-article");

  private static final String FOLDER = "queries/cq";
  private static final Path EXPECTED = Path.of("queries/cq/expected");
  private static final Path ISSUE_4_FACTS = Path.of("src/test/resources/cq/issue-4-facts.ttl");
  private static final String MENTIONS_RULE = "queries/rules/01-mentions.rq";

  @TempDir static Path dir;
  private static Store firstArticle;
  private static Store withIssue4Facts;
  private static Store layers;

  @BeforeAll
  static void load() {
    firstArticle = Store.open(dir.resolve("first-article"));
    new Loader(firstArticle, Extractor.bundled())
        .load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
    RuleEngine mentionsOnly =
        new RuleEngine(
            List.of(RuleEngine.parse("01-mentions", MENTIONS_RULE, Bundled.read(MENTIONS_RULE))));
    layers = Store.open(dir.resolve("layers"));
    new Loader(layers, new Extractor(Gazetteer.bundled(), mentionsOnly))
        .load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
    Map<Node, Graph> graphs = copy(layers.dataset());
    RDFDataMgr.read(graphs.get(Race.articleGraph("wettlauf-ki")), ISSUE_4_FACTS.toString());
    withIssue4Facts = Store.open(dir.resolve("with-issue-4-facts"));
    withIssue4Facts.replace(graphs);
  }

  @AfterAll
  static void close() {
    firstArticle.close();
    withIssue4Facts.close();
    layers.close();
  }

  static List<String> byFactContent() {
    return all().stream().filter(n -> !BY_FACT_NODE_OR_COUNT.contains(n)).toList();
  }

  static List<String> all() {
    return Bundled.list(FOLDER, ".rq").stream()
        .map(p -> p.substring(FOLDER.length() + 1, p.length() - ".rq".length()))
        .toList();
  }

  @Test
  void thereAreAtLeastTwelveNumberedCompetencyQuestions() throws IOException {
    assertThat(all()).hasSizeGreaterThanOrEqualTo(12).allMatch(n -> n.matches("\\d\\d-[a-z0-9-]+"));
    try (Stream<Path> files = Files.list(EXPECTED)) {
      assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.tsv$", "")))
          .as("every expected file in %s belongs to a CQ", EXPECTED)
          .isSubsetOf(all());
    }
  }

  @ParameterizedTest(name = "{0} asks in English and German and runs as it stands")
  @MethodSource("all")
  void cqHasBothHeadersAndRunsAsItStands(String name) {
    String text = Bundled.read(path(name));
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).as("first line of %s", name).matches("# CQ \\(en\\): \\S.*\\?");
    assertThat(lines.get(1)).as("second line of %s", name).matches("# CQ \\(de\\): \\S.*\\?");
    // Parsed without any prefixes given: every prefix the CQ uses is declared in it.
    Query query = QueryFactory.create(text);
    assertThat(query.isSelectType()).as("%s is a SELECT query", name).isTrue();
    Expected expected = expected(name);
    assertThat(query.getResultVars())
        .as("%s selects the variables its expected file names", name)
        .containsAll(expected.vars());
    assertThat(expected.rows()).as("expected rows of %s", name).isNotEmpty();
    select(firstArticle.dataset(), query); // runs on the union default graph
  }

  @ParameterizedTest(name = "{0} gives exactly its expected rows over the hand-written facts")
  @MethodSource("all")
  void cqGivesItsExpectedRowsOverTheHandWrittenFacts(String name) {
    assertExpectedRows(name, withIssue4Facts, true);
  }

  @ParameterizedTest(name = "{0} finds every expected row in what the loader extracts")
  @MethodSource("byFactContent")
  void cqFindsItsExpectedRowsInTheExtraction(String name) {
    assertExpectedRows(name, firstArticle, false);
  }

  @Test
  void handWrittenFactsOfIssue4PassEveryCheck() {
    List<String> failed = new ArrayList<>();
    for (String check : Bundled.list("queries/check", ".rq")) {
      List<Binding> rows =
          select(withIssue4Facts.dataset(), QueryFactory.create(Bundled.read(check)));
      rows.forEach(r -> failed.add(check + ": " + r));
    }
    assertThat(failed).as("the hand-written facts are an example of the contract").isEmpty();
  }

  private static void assertExpectedRows(String name, Store store, boolean exactly) {
    Expected expected = expected(name);
    Query query = QueryFactory.create(Bundled.read(path(name)));
    Set<String> actual = new TreeSet<>();
    for (Binding row : select(store.dataset(), query)) {
      actual.add(line(expected.vars(), row));
    }
    Set<String> missing = new TreeSet<>(expected.rows());
    missing.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected.rows());
    String report =
        String.format(
            "%s: rows missing:%n%s%nrows not expected:%n%s%nall rows it gave (TSV):%n%s",
            name, lines(missing), lines(extra), lines(tsv(expected.vars(), actual)));
    if (exactly) {
      assertThat(actual).as(report).isEqualTo(expected.rows());
    } else {
      assertThat(actual).as(report).containsAll(expected.rows());
    }
  }

  /** The expected rows of a CQ: the compared variables and the rows as keys (see {@link #key}). */
  private record Expected(List<String> vars, Set<String> rows) {}

  private static Expected expected(String name) {
    Path file = EXPECTED.resolve(name + ".tsv");
    assertThat(file).as("every CQ has its expected rows").exists();
    try (InputStream in = Files.newInputStream(file)) {
      ResultSet results = ResultSetMgr.read(in, ResultSetLang.RS_TSV);
      List<String> vars = List.copyOf(results.getResultVars());
      Set<String> rows = new TreeSet<>();
      while (results.hasNext()) {
        rows.add(line(vars, results.nextBinding()));
      }
      return new Expected(vars, rows);
    } catch (IOException e) {
      throw new AssertionError(file + ": " + e.getMessage(), e);
    }
  }

  private static String line(List<String> vars, Binding row) {
    List<String> cells = new ArrayList<>();
    vars.forEach(v -> cells.add(key(row.get(Var.alloc(v)))));
    return String.join("\t", cells);
  }

  /** A cell as N-Triples, numbers as their plain decimal value so "0.030" equals "0.03". */
  private static String key(Node node) {
    if (node == null) {
      return "";
    }
    if (node.isLiteral()) {
      NodeValue value = NodeValue.makeNode(node);
      if (value.isInteger() || value.isDecimal()) {
        return value.getDecimal().stripTrailingZeros().toPlainString();
      }
      if (value.isDouble() || value.isFloat()) {
        return BigDecimal.valueOf(value.getDouble()).stripTrailingZeros().toPlainString();
      }
    }
    return NodeFmtLib.strNT(node);
  }

  private static List<Binding> select(DatasetGraph dataset, Query query) {
    return dataset.calculateRead(
        () -> {
          List<Binding> rows = new ArrayList<>();
          QueryExec.dataset(dataset)
              .query(query)
              .select()
              .forEachRemaining(b -> rows.add(b.detach()));
          return rows;
        });
  }

  private static Map<Node, Graph> copy(DatasetGraph dataset) {
    return dataset.calculateRead(
        () -> {
          Map<Node, Graph> graphs = new LinkedHashMap<>();
          dataset
              .listGraphNodes()
              .forEachRemaining(
                  name -> {
                    Graph graph = GraphFactory.createDefaultGraph();
                    dataset.getGraph(name).find().forEachRemaining(graph::add);
                    graphs.put(name, graph);
                  });
          return graphs;
        });
  }

  private static List<String> tsv(List<String> vars, Set<String> rows) {
    List<String> lines = new ArrayList<>();
    lines.add("?" + String.join("\t?", vars));
    lines.addAll(rows);
    return lines;
  }

  private static String lines(Iterable<String> lines) {
    String text = String.join(System.lineSeparator(), lines);
    return text.isEmpty() ? "(none)" : text;
  }

  private static String path(String name) {
    return FOLDER + "/" + name + ".rq";
  }
}
