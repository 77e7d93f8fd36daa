package org.w3id.airace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;

/** Rule 09: an amount that converts another is no investment; a project belongs to its investor. */
class InvestmentRulesTest {
  private static final String INVESTMENTS =
      "SELECT ?investor ?value ?currency WHERE { ?i a race:Investment ; race:investor ?investor ;"
          + " race:amount [ <http://schema.org/value> ?value ;"
          + " <http://schema.org/currency> ?currency ] } ORDER BY ?investor";

  @TempDir Path dir;

  private Graph extract(String text) {
    Path file = Fixtures.write(dir, "investments.txt", text);
    return Extractor.bundled().extract(file, Optional.of("de")).graph();
  }

  @Test
  void anAmountThatConvertsTheOneBeforeIsNoInvestmentOfItsOwn() {
    Graph g =
        extract(
            "Japan stellt 10 Billionen Yen bereit, umgerechnet etwa 60 Milliarden Euro, für neue"
                + " Chipfabriken.");
    assertThat(RuleRows.of(g, INVESTMENTS)).containsExactly("Japan 10000000000000 JPY");
  }

  @Test
  void twoAmountsSideBySideAreTwoInvestments() {
    Graph g = extract("Japan steckt 10 Milliarden Yen und 5 Milliarden Euro in neue Chipfabriken.");
    assertThat(RuleRows.of(g, INVESTMENTS)).hasSize(2);
  }

  @Test
  void aProjectOfAnEarlierSentenceBelongsOnlyToTheInvestorItNames() {
    Graph g =
        extract(
            "Mit dem Stargate-Projekt baut OpenAI Rechenzentren. OpenAI investiert 100 Milliarden"
                + " Dollar in Rechenzentren. Microsoft investiert 80 Milliarden Dollar in"
                + " Rechenzentren.");
    assertThat(
            RuleRows.of(
                g,
                "SELECT ?investor ?project WHERE { ?i a race:Investment ; race:investor ?investor ."
                    + " OPTIONAL { ?i race:partOf ?project } } ORDER BY ?investor"))
        .containsExactly("Microsoft", "OpenAI Stargate_Project");
  }
}
