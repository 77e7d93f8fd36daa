package org.w3id.airace.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.Store;

/**
 * The check queries of {@code queries/check/} find nothing in the loaded articles (the first
 * article and the test articles of {@code src/test/resources/cases/}), and each finds what its
 * fixture {@code src/test/resources/check/<name>.ttl} breaks, so no check can pass because it looks
 * at nothing. In a fixture, the IRIs under {@code https://example.org/broken/} are exactly the
 * nodes the check must report as the first variable of its rows.
 */
class CheckQueriesTest {
  private static final String FOLDER = "queries/check";
  private static final String BROKEN = "https://example.org/broken/";
  private static final Path FIXTURES = Path.of("src/test/resources/check");
  private static final Path CASES = Path.of("src/test/resources/cases");

  @TempDir static Path dir;
  private static Store store;

  @BeforeAll
  static void loadArticles() throws IOException {
    List<Path> articles = new ArrayList<>(List.of(Fixtures.FIRST_ARTICLE));
    try (Stream<Path> cases = Files.list(CASES)) {
      for (Path folder : cases.filter(Files::isDirectory).sorted().toList()) {
        if (Fixtures.FIRST_ARTICLE
            .getFileName()
            .toString()
            .startsWith(folder.getFileName() + ".")) {
          continue; // the first article's own case
        }
        Path copy = dir.resolve(folder.getFileName() + ".md");
        Files.copy(folder.resolve("article.md"), copy);
        articles.add(copy);
      }
    }
    store = Store.open(dir.resolve("db"));
    new Loader(store, Extractor.bundled()).load(articles, Optional.empty());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static List<String> checks() {
    List<String> checks = Bundled.list(FOLDER, ".rq");
    assertThat(checks).as("check queries in " + FOLDER).isNotEmpty();
    return checks;
  }

  @ParameterizedTest(name = "{0} finds nothing in the loaded articles")
  @MethodSource("checks")
  void checkFindsNothingInTheLoadedData(String path) {
    List<String> rows = rows(store.dataset(), parse(path));
    assertThat(rows)
        .as("%s must return no rows on the loaded articles, but found:%n%s", path, lines(rows))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} finds exactly the broken nodes of its fixture")
  @MethodSource("checks")
  void checkFindsWhatItsFixtureBreaks(String path) {
    String name = Path.of(path).getFileName().toString().replace(".rq", "");
    Path fixture = FIXTURES.resolve(name + ".ttl");
    assertThat(fixture).as("every check has a fixture that it must catch").exists();
    Graph graph = RDFDataMgr.loadGraph(fixture.toString());
    Set<String> broken = new TreeSet<>();
    graph
        .find()
        .forEachRemaining(
            t -> {
              for (Node node : List.of(t.getSubject(), t.getObject())) {
                if (node.isURI() && node.getURI().startsWith(BROKEN)) {
                  broken.add(node.getURI());
                }
              }
            });
    assertThat(broken).as("the fixture %s breaks something", fixture).isNotEmpty();

    DatasetGraph data = DatasetGraphFactory.createTxnMem();
    data.executeWrite(() -> graph.find().forEachRemaining(data.getDefaultGraph()::add));
    Query query = parse(path);
    Var focus = Var.alloc(query.getResultVars().get(0));
    List<Binding> found = bindings(data, query);
    Set<String> reported = new TreeSet<>();
    found.forEach(b -> reported.add(String.valueOf(b.get(focus))));
    assertThat(reported)
        .as(
            "%s on %s must report exactly the broken nodes as ?%s; it found:%n%s",
            path, fixture, focus.getVarName(), lines(render(query, found)))
        .isEqualTo(broken);
  }

  /** Parses a check; every check says what it checks in a header comment. */
  private static Query parse(String path) {
    String text = Bundled.read(path);
    assertThat(text).as("%s starts with a '# Check:' comment", path).startsWith("# Check: ");
    Query query = new ParameterizedSparqlString(text).asQuery();
    assertThat(query.isSelectType()).as("%s is a SELECT query", path).isTrue();
    return query;
  }

  private static List<Binding> bindings(DatasetGraph data, Query query) {
    return data.calculateRead(
        () -> {
          List<Binding> out = new ArrayList<>();
          RowSet rows = QueryExec.dataset(data).query(query).select();
          rows.forEachRemaining(out::add);
          return out;
        });
  }

  private static List<String> rows(DatasetGraph data, Query query) {
    return render(query, bindings(data, query));
  }

  private static List<String> render(Query query, List<Binding> bindings) {
    List<String> lines = new ArrayList<>();
    for (Binding b : bindings) {
      StringBuilder line = new StringBuilder();
      for (String name : query.getResultVars()) {
        Node value = b.get(Var.alloc(name));
        line.append("  ?").append(name).append('=');
        line.append(value == null ? "(unbound)" : NodeFmtLib.strNT(value));
      }
      lines.add(line.toString().strip());
    }
    return lines;
  }

  private static String lines(List<String> rows) {
    return rows.isEmpty() ? "(none)" : String.join(System.lineSeparator(), rows);
  }
}
