package org.w3id.airace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.CommandRun;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.vocab.Race;

/** {@code airace validate}: its report and exit codes, over a real database. */
class ValidateCommandTest {
  @TempDir Path dir;

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  private Path loadedDatabase() {
    Path db = dir.resolve("db");
    try (Store store = Store.open(db)) {
      new Loader(store, Extractor.bundled())
          .load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
    }
    return db;
  }

  @Test
  void theLoadedFirstArticleConformsWithExitCodeZero() {
    CommandRun run = run("validate", "--db", loadedDatabase().toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            Race.ENTITIES_GRAPH.getURI()
                + ": conforms to the shapes\n"
                + Race.articleGraph("wettlauf-ki").getURI()
                + ": conforms to the shapes\n"
                + "conforms: 2 graph(s), no violation\n");
  }

  @Test
  void violationsInTheDatabaseGiveExitCodeOneAndTheReport() {
    Path db = loadedDatabase();
    Graph broken = GraphFactory.createDefaultGraph();
    RDFDataMgr.read(broken, "src/test/resources/shapes/text.ttl");
    RDFDataMgr.read(broken, "src/test/resources/shapes/investment-without-amount.ttl");
    try (Store store = Store.open(db)) {
      // Written past the loader, which would refuse it.
      store.replace(Map.of(Race.articleGraph("shapes-fixture"), broken));
    }

    CommandRun run = run("validate", "--db", db.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            Race.articleGraph("shapes-fixture").getURI() + ": 1 violation of the shapes",
            "focus:    \"Stargate-Investition\"",
            "path:     race:amount",
            "shape:    investment: one amount (rsh:Investment-amount)",
            "sentence: \"OpenAI investiert 500 Milliarden Dollar in Rechenzentren.\"",
            Race.ENTITIES_GRAPH.getURI() + ": conforms to the shapes",
            Race.articleGraph("wettlauf-ki").getURI() + ": conforms to the shapes")
        .endsWith("1 violation(s) in 1 of 3 graph(s)\n");
  }

  @Test
  void articleFilesAreValidatedWithoutADatabase() {
    CommandRun run = run("validate", Fixtures.FIRST_ARTICLE.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains(Fixtures.FIRST_ARTICLE + ": conforms to the shapes")
        .endsWith("conforms: 2 graph(s), no violation\n");
  }

  @Test
  void aMissingDatabaseIsBadInputWithAHint() {
    Path missing = dir.resolve("missing");
    CommandRun run = run("validate", "--db", missing.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "airace: error: no database at "
                + missing
                + "; run 'airace load' or 'airace serve' first, or give --db");
  }

  @Test
  void aDatabaseAndFilesTogetherAreAUsageError() {
    CommandRun run = run("validate", "--db", dir.toString(), Fixtures.FIRST_ARTICLE.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("give either --db or article files, not both");
  }

  @Test
  void validateIsACommandWithHelp() {
    CommandRun run = run("validate", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Usage: airace validate", "Exit code 0 when everything conforms");
  }
}
