package org.w3id.airace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;

/**
 * Rules 06b and 06c (rivals named as such, the period from the paragraph) and 08a–08c (mappings the
 * text names, mappings by strategy where it names none, a side that plays itself), on short texts
 * of their own.
 */
class AnalogyRulesTest {
  @TempDir Path dir;

  private Graph extract(String language, String text) {
    Path file = Fixtures.write(dir, "analogy.txt", text);
    return Extractor.bundled().extract(file, Optional.of(language)).graph();
  }

  private static List<String> mappings(Graph graph) {
    return RuleRows.of(
        graph,
        "SELECT ?s ?t WHERE { ?a a race:HistoricalAnalogy ; race:hasMapping ?m ."
            + " ?m race:sourceEntity ?s ; race:targetEntity ?t }");
  }

  @Test
  void anOpponentInTheNextSentenceMakesARivalryWithThePeriodOfItsParagraph() {
    Graph g =
        extract(
            "de",
            "Sony brachte 1979 den Walkman heraus und verdiente lange gut daran. Der Konkurrent"
                + " hieß Apple und holte im Jahr 2001 mit dem iPod auf. Am Ende lagen Sony und"
                + " Apple gleichauf.");
    assertThat(
            RuleRows.of(
                g,
                "SELECT ?a ?b ?from ?to WHERE { ?r a race:Rivalry ; race:participant ?a , ?b ;"
                    + " race:startYear ?from ; race:endYear ?to . FILTER(STR(?a) < STR(?b)) }"))
        .containsExactly("Apple Sony 1979 2001");
    assertThat(
            RuleRows.of(
                g,
                "SELECT ?who ?type WHERE { ?r race:hasOutcome ?o . ?o race:outcomeFor ?who ;"
                    + " race:outcomeType ?type } ORDER BY ?who"))
        .containsExactly("Apple Parity", "Sony Parity");
  }

  @Test
  void theOwnerOfTheOpponentIsTheOtherSide() {
    Graph g = extract("en", "Microsoft's rival Apple grew quickly with the iPod after 2001.");
    assertThat(
            RuleRows.of(
                g,
                "SELECT ?a ?b WHERE { ?r a race:Rivalry ; race:participant ?a , ?b ."
                    + " FILTER(STR(?a) < STR(?b)) }"))
        .containsExactly("Apple Microsoft");
  }

  @Test
  void anOpponentWordWithoutASecondActorMakesNoRivalry() {
    Graph g = extract("de", "Der Konkurrent hieß Apple und holte im Jahr 2001 auf.");
    assertThat(RuleRows.of(g, "SELECT ?r WHERE { ?r a race:Rivalry }")).isEmpty();
  }

  @Test
  void theNamedMappingIsTheNearestActorAndThoseCoordinatedWithIt() {
    Graph g =
        extract(
            "en",
            "The console war between Sony and Microsoft lasted from 2001 to 2013. Just as Sony"
                + " did then, Alibaba and DeepSeek today give their models away, and OpenAI plays"
                + " the part of Microsoft.");
    assertThat(mappings(g))
        .containsExactlyInAnyOrder("Sony Alibaba", "Sony DeepSeek", "Microsoft OpenAI");
    assertThat(
            RuleRows.of(
                g,
                "SELECT ?p WHERE { ?a a race:HistoricalAnalogy ; race:target ?t ."
                    + " ?t race:participant ?p } ORDER BY ?p"))
        .containsExactly("Alibaba", "DeepSeek", "OpenAI");
  }

  @Test
  void aSideThatActsInThePresentPlaysItself() {
    String present = "Die Vereinigten Staaten verhängen Exportkontrollen gegen China.\n\n";
    String past =
        "Der Streit zwischen den USA und Japan dauerte von 1985 bis 1991. Heute spielt China die"
            + " Rolle von Japan.";
    assertThat(mappings(extract("de", present + past)))
        .containsExactlyInAnyOrder("Japan China", "United_States United_States");
    assertThat(mappings(extract("de", past))).containsExactly("Japan China");
  }
}
