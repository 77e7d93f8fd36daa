package org.w3id.airace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.CommandRun;
import org.w3id.airace.Fixtures;

class MainTest {
  @TempDir Path dir;

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void extractPrintsNQuadsOfTheArticleGraph() {
    CommandRun run = run("extract", "--format", "nq", Fixtures.FIRST_ARTICLE.toString());
    assertThat(run.code()).isZero();
    DatasetGraph quads = RDFParser.fromString(run.out(), Lang.NQUADS).toDatasetGraph();
    assertThat(quads.listGraphNodes())
        .toIterable()
        .extracting(n -> n.getURI())
        .containsExactly("https://w3id.org/airace/graph/article/wettlauf-ki");
    assertThat(quads.getDefaultGraph().isEmpty()).isTrue();
  }

  @Test
  void extractRefusesTwoArticlesOfOneNameBeforePrintingAnything() throws Exception {
    Path one = Files.createDirectories(dir.resolve("one")).resolve("wettlauf.md");
    Path two = Files.createDirectories(dir.resolve("two")).resolve("Wettlauf.txt");
    Files.copy(Fixtures.FIRST_ARTICLE, one);
    Files.copy(Fixtures.FIRST_ARTICLE, two);

    CommandRun run = run("extract", "--format", "nq", one.toString(), two.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .isEqualTo(
            "airace: error: " + two + ": has the same name 'wettlauf' as " + one + "; rename one");
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command :
        new String[] {
          "load", "serve", "query", "extract", "export", "push", "stats", "eval", "validate"
        }) {
      CommandRun run = run(command, "--help");
      assertThat(run.code()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: airace " + command);
    }
  }

  @Test
  void noCommandIsAUsageError() {
    CommandRun run = run();
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Missing command: give one of load, serve, query, extract");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("extract", "--colour", "red", "x.md").code()).isEqualTo(2);
    assertThat(run("extract", "--format", "xml", "x.md").err())
        .contains("Invalid value for option '--format'");
  }

  @Test
  void badArticleGivesExitCodeTwoAndNamesThePlace() {
    Path bad = Fixtures.write(dir, "bad.md", "---\nlanguage: Deutsch\n---\nText.\n");
    CommandRun run = run("extract", bad.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "airace: error: "
                + bad
                + ":2: front matter: 'language' must be a BCP 47 tag like \"de\" or \"en\","
                + " got \"Deutsch\"");
  }

  @Test
  void loadQueryStatsAndExportWorkOnOneDatabase() throws Exception {
    String db = dir.resolve("db").toString();
    assertThat(run("load", "--db", db, Fixtures.FIRST_ARTICLE.toString()).code()).isZero();

    CommandRun csv =
        run(
            "query",
            "--db",
            db,
            "--format",
            "csv",
            "SELECT (COUNT(*) AS ?n) { ?s a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence> }");
    assertThat(csv.code()).isZero();
    assertThat(csv.out().lines()).containsExactly("n", "20");

    CommandRun stats = run("stats", "--db", db);
    assertThat(stats.code()).isZero();
    assertThat(stats.out()).contains("https://w3id.org/airace/graph/article/wettlauf-ki", "in all");
    java.util.regex.Matcher actors =
        java.util.regex.Pattern.compile(
                "actors: (\\d+), with labels in English and German: (\\d+), linked to Wikidata:"
                    + " (\\d+), to DBpedia: (\\d+)")
            .matcher(stats.out());
    assertThat(actors.find()).as(stats.out()).isTrue();
    assertThat(Integer.parseInt(actors.group(1))).isGreaterThanOrEqualTo(150);
    assertThat(actors.group(2)).isEqualTo(actors.group(1));
    assertThat(Integer.parseInt(actors.group(3))).isPositive();

    Path out = dir.resolve("dump");
    CommandRun export = run("export", "--db", db, "--format", "trig", "--out", out.toString());
    assertThat(export.code()).isZero();
    assertThat(Files.size(out.resolve("airace.trig"))).isPositive();
  }

  @Test
  void querySyntaxErrorIsBadInputWithItsPosition() {
    String db = dir.resolve("db").toString();
    assertThat(run("load", "--db", db, Fixtures.FIRST_ARTICLE.toString()).code()).isZero();
    CommandRun run = run("query", "--db", db, "SELECT ?x WHERE { ?x ?y }");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("airace: error: query: ").contains("line 1, column");
  }

  @Test
  void queryWithoutADatabaseSaysHowToMakeOne() {
    CommandRun run = run("query", "--db", dir.resolve("none").toString(), "ASK {}");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no database at").contains("airace load");
    assertThat(dir.resolve("none")).doesNotExist();
  }
}
