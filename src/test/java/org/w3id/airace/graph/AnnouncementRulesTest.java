package org.w3id.airace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.mention.Gazetteer;

/**
 * Rules 12, 12b and 13: announcements, the same-day claims between them, their links to the
 * gazetteer's dated records, and the query that sets claim and records side by side.
 */
class AnnouncementRulesTest {
  private static final String ANNOUNCEMENTS =
      "SELECT ?who ?what ?date WHERE { ?a a race:Announcement ; race:announcedBy ?who ."
          + " OPTIONAL { ?a race:announces ?what } OPTIONAL { ?a <http://purl.org/dc/terms/date>"
          + " ?date } } ORDER BY ?who ?what";
  private static final String SAME_DAY =
      "SELECT ?x ?y WHERE { ?a race:sameDayAs ?b . ?a race:announcedBy ?x ."
          + " ?b race:announcedBy ?y } ORDER BY ?x ?y";
  private static final String RECORDS =
      "SELECT ?who ?record WHERE { ?a race:announcedBy ?who ; race:recordedAs ?record }"
          + " ORDER BY ?who ?record";

  @TempDir Path dir;

  private Graph extract(String name, String text) {
    Path file = Fixtures.write(dir, name, text);
    return Extractor.bundled().extract(file, Optional.empty()).graph();
  }

  @Test
  void theFirstArticleClaimsTwoAnnouncementsOnOneDayThatTheRecordsDateADayApart()
      throws IOException {
    Graph g = Extractor.bundled().extract(Fixtures.FIRST_ARTICLE, Optional.empty()).graph();
    assertThat(RuleRows.of(g, SAME_DAY)).containsExactly("DeepSeek OpenAI", "OpenAI DeepSeek");
    assertThat(RuleRows.of(g, RECORDS))
        .contains("DeepSeek DeepSeek-R1_release", "OpenAI Stargate_Project_announcement");

    Graph all = new Union(g, Gazetteer.bundled().graph());
    String query = Files.readString(Path.of("queries/federated/03-announcement-dates.rq"));
    // Offline: the SERVICE part is SILENT and OPTIONAL, so the rows come without Wikidata.
    assertThat(RuleRows.of(all, query))
        .contains(
            "article/wettlauf-ki DeepSeek 2025-01-20 OpenAI 2025-01-21 false 1",
            "article/wettlauf-ki OpenAI 2025-01-21 DeepSeek 2025-01-20 false 1");
  }

  @Test
  void germanAnnouncementsWithTheirAnnouncerWhatTheyAnnounceAndTheirMonth() {
    Graph g =
        extract(
            "de.md",
            "---\ntitle: Test\nlanguage: de\ndate: 2024-06-10\n---\n"
                + "Mistral kündigte im Mai 2024 ein neues Modell an. Am selben Tag, an dem Google"
                + " seine Pläne vorstellte, gab Anthropic bekannt, dass Claude schneller werde."
                + " Meta veröffentlichte Llama.\n");
    assertThat(RuleRows.of(g, ANNOUNCEMENTS))
        .containsExactly("Anthropic", "Google", "Meta Llama", "Mistral_AI 2024-05");
    assertThat(RuleRows.of(g, SAME_DAY)).containsExactly("Anthropic Google", "Google Anthropic");
    // Llama 2 came out in July 2023, more than 60 days before the article: no record fits.
    assertThat(RuleRows.of(g, RECORDS)).isEmpty();
  }

  @Test
  void englishSameDayReachesBackToTheSentenceBeforeAndADatedClaimFindsItsRecord() {
    Graph g =
        extract(
            "en.md",
            "---\ntitle: Test\nlanguage: en\ndate: 2025-06\n---\n"
                + "OpenAI released GPT-4 in March 2023. On the same day, Google announced its own"
                + " plans.\n");
    assertThat(RuleRows.of(g, ANNOUNCEMENTS)).containsExactly("Google", "OpenAI GPT-4 2023-03");
    assertThat(RuleRows.of(g, SAME_DAY)).containsExactly("Google OpenAI", "OpenAI Google");
    assertThat(RuleRows.of(g, RECORDS)).containsExactly("OpenAI GPT-4_release");
  }

  @Test
  void anArticleWithoutDateLinksOnlyWhatItDatesItself() {
    Graph g =
        extract(
            "undated.md",
            "---\ntitle: Test\nlanguage: en\n---\n"
                + "DeepSeek released its new model. Meta released Llama in July 2023.\n");
    assertThat(RuleRows.of(g, RECORDS)).containsExactly("Meta Llama_2_release");
  }
}
