package org.w3id.airace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;

/** Rule 04 (a year to come makes a prediction) and rule 07 (what is lost is not an outcome). */
class ClaimAndOutcomeRulesTest {
  @TempDir Path dir;

  private Graph extract(String language, String text) {
    Path file = Fixtures.write(dir, "claims.txt", text);
    return Extractor.bundled().extract(file, Optional.of(language)).graph();
  }

  private static final String KINDS =
      "SELECT ?kind ?certainty WHERE { ?c a race:Claim , ?kind ; race:certainty ?certainty ."
          + " FILTER(?kind != race:Claim) }";

  @Test
  void aHedgedClaimAboutAYearToComeIsAPrediction() {
    Graph g = extract("de", "Möglicherweise fertigt China im Jahr 2090 alle Chips selbst.");
    assertThat(RuleRows.of(g, KINDS)).containsExactly("Prediction Hedged");
  }

  @Test
  void aHedgedClaimAboutAPastYearIsNoPrediction() {
    Graph g = extract("de", "Möglicherweise fertigte China im Jahr 1990 alle Chips selbst.");
    assertThat(RuleRows.of(g, KINDS)).isEmpty();
    assertThat(RuleRows.of(g, "SELECT ?c WHERE { ?c a race:Claim ; race:certainty race:Hedged }"))
        .hasSize(1);
  }

  @Test
  void aMarkedJudgementIsAnAssertedClaim() {
    Graph g = extract("de", "Ein Verbot kauft bestenfalls Zeit.");
    assertThat(RuleRows.of(g, "SELECT ?c WHERE { ?c a race:Claim ; race:certainty race:Asserted }"))
        .hasSize(1);
  }

  @Test
  void theDominanceAParticipantLosesIsNotItsOutcome() {
    Graph g =
        extract(
            "de",
            "Der Wettstreit zwischen Sony und Apple dauerte von 1979 bis 2001. Am Ende verlor Sony"
                + " seine Vormacht, und Apple eroberte die Marktführerschaft.");
    assertThat(
            RuleRows.of(
                g,
                "SELECT ?who ?type WHERE { ?o a race:Outcome ; race:outcomeFor ?who ;"
                    + " race:outcomeType ?type } ORDER BY ?who"))
        .containsExactly("Apple MarketDominance", "Sony Decline");
  }
}
