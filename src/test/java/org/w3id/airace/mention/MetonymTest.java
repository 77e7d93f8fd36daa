package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.airace.article.Article;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.text.Segmenter;
import org.w3id.airace.text.TextLayer;

class MetonymTest {
  private static final String RES = "https://w3id.org/airace/resource/";
  private static Gazetteer gazetteer;
  private static EntityMatcher matcher;

  @BeforeAll
  static void gazetteer() {
    gazetteer = Gazetteer.bundled();
    matcher = new EntityMatcher(gazetteer);
  }

  /** "anchor=Entity" of each mention. */
  private static List<String> found(String language, String text) {
    TextLayer layer = Segmenter.forLanguage(language).segment(text, null);
    return matcher.match(layer).stream()
        .map(m -> m.anchor() + "=" + m.entity().substring(RES.length()))
        .toList();
  }

  @Test
  void theGazetteerKeepsMetonymsApartFromNames() {
    Entity china =
        gazetteer.entities().stream()
            .filter(e -> e.iri().equals(RES + "China"))
            .findFirst()
            .orElseThrow();
    assertThat(china.metonyms())
        .contains(new Entity.Metonym("Peking", "de"), new Entity.Metonym("Chinese", "en"));
    assertThat(china.names()).doesNotContain("Peking", "Chinese");
  }

  @Test
  void aMetonymWithoutLanguageIsRejected() {
    Graph graph = GraphFactory.createDefaultGraph();
    String turtle =
        "PREFIX race: <https://w3id.org/airace/ontology#>\n"
            + "<https://w3id.org/airace/resource/X> a race:Country ; race:metonym \"Xville\" .";
    RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
    assertThatThrownBy(() -> Gazetteer.of(graph))
        .isInstanceOf(MentionException.class)
        .hasMessageContaining("race:metonym \"Xville\"")
        .hasMessageContaining("language-tagged");
  }

  @Test
  void aCapitalStandsForItsCountry() {
    assertThat(found("de", "Washington verschärft die Exportkontrollen, Peking antwortet."))
        .containsExactly("Washington=United_States", "Peking=China");
    assertThat(found("en", "Washington tightened export controls and Beijing's answer came fast."))
        .containsExactly("Washington=United_States", "Beijing=China");
    assertThat(found("de", "Damals verhängte Peking Anfang 2025 Strafzölle."))
        .containsExactly("Peking=China");
  }

  @Test
  void aCapitalInsideALongerNameIsNoMetonym() {
    assertThat(found("de", "George Washington war der erste Präsident.")).isEmpty();
    assertThat(found("de", "Die Washington Post berichtet darüber.")).isEmpty();
    assertThat(found("en", "George Washington was the first president.")).isEmpty();
    assertThat(found("en", "The Washington Post reported it.")).isEmpty();
  }

  @Test
  void aGermanCountryAdjectiveMatchesInEveryInflection() {
    assertThat(
            found(
                "de",
                "Amerikanische Firmen, chinesische Konzerne, ein deutscher Hersteller und die"
                    + " Rechenzentren japanischer und französischer Anbieter wachsen."))
        .containsExactly(
            "Amerikanische=United_States",
            "chinesische=China",
            "deutscher=Germany",
            "japanischer=Japan",
            "französischer=France");
    assertThat(found("de", "Huawei will sich von amerikanischen Zulieferern lösen."))
        .containsExactly("Huawei=Huawei", "amerikanischen=United_States");
  }

  @Test
  void theLongerMetonymWinsOverTheNameInside() {
    assertThat(found("de", "US-amerikanische Konzerne investieren."))
        .containsExactly("US-amerikanische=United_States");
  }

  @Test
  void aDemonymStandsForItsCountry() {
    assertThat(found("de", "Die Stärke der Europäer liegt woanders, den Europäern fehlt Geld."))
        .containsExactly("Europäer=European_Union", "Europäern=European_Union");
    assertThat(found("de", "Der Vorsprung der Amerikaner wächst."))
        .containsExactly("Amerikaner=United_States");
    assertThat(found("en", "American companies, Chinese firms and the Europeans compete."))
        .containsExactly("American=United_States", "Chinese=China", "Europeans=European_Union");
  }

  @Test
  void anAdjectiveDescribingANamedActorIsNoMetonym() {
    assertThat(found("de", "Gefertigt werden sie vom chinesischen Auftragsfertiger SMIC."))
        .containsExactly("SMIC=SMIC");
    assertThat(found("de", "Der taiwanische Weltmarktführer TSMC hingegen fertigt."))
        .containsExactly("TSMC=TSMC");
    assertThat(found("en", "The Chinese chipmaker SMIC supplies Huawei."))
        .containsExactly("SMIC=SMIC", "Huawei=Huawei");
  }

  @Test
  void metonymsMatchOnlyInTheirLanguageAndNotInsideOtherWords() {
    assertThat(found("en", "Officials in Peking said nothing.")).isEmpty();
    assertThat(found("de", "Ein Berliner Start-up und die Deutsche Bank wachsen.")).isEmpty();
    assertThat(found("de", "Die Japanologie und ein Peking-Besuch.")).isEmpty();
  }

  @Test
  void theTestCasesCapitalsAndDemonymsAreFound() {
    assertThat(metonyms("chip-exportkontrollen"))
        .contains("Peking=China", "Washington=United_States", "amerikanischen=United_States")
        .doesNotContain("chinesischen=China", "taiwanische=Taiwan");
    assertThat(metonyms("eu-regulierung"))
        .contains(
            "Washington=United_States", "Amerikaner=United_States", "Europäer=European_Union");
    assertThat(metonyms("open-weights")).contains("American=United_States");
  }

  private static List<String> metonyms(String name) {
    Article article =
        new ArticleReader()
            .read(Path.of("src/test/resources/cases", name, "article.md"), Optional.empty());
    TextLayer layer =
        Segmenter.forLanguage(ArticleReader.primary(article.language()))
            .segment(article.text(), null);
    return matcher.match(layer).stream()
        .map(m -> m.anchor() + "=" + m.entity().substring(RES.length()))
        .toList();
  }
}
