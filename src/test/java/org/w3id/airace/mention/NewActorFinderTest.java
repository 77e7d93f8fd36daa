package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.airace.Fixtures;
import org.w3id.airace.article.Article;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.text.Segmenter;
import org.w3id.airace.text.Span;
import org.w3id.airace.text.TextLayer;
import org.w3id.airace.vocab.Race;

class NewActorFinderTest {
  private static final String RACE = "https://w3id.org/airace/ontology#";
  private static final Path CASES = Path.of("src/test/resources/cases");

  private static Gazetteer gazetteer;
  private static EntityMatcher entities;
  private static CueLexicon lexicon;
  private static NewActorFinder finder;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.bundled();
    entities = new EntityMatcher(gazetteer);
    lexicon = CueLexicon.bundled();
    finder = new NewActorFinder(gazetteer);
  }

  private static List<NewActor> find(TextLayer layer) {
    return finder.find(
        layer, entities.match(layer), new CueMatcher(lexicon, layer.language()).match(layer));
  }

  private static List<NewActor> find(String language, String text) {
    return find(Segmenter.forLanguage(language).segment(text, null));
  }

  /** "anchor=name (Class)" of each new actor. */
  private static List<String> found(String language, String text) {
    return find(language, text).stream()
        .map(a -> a.anchor() + "=" + a.name() + " (" + a.type().substring(RACE.length()) + ")")
        .toList();
  }

  private static TextLayer body(Path file) {
    Article article = new ArticleReader().read(file, Optional.empty());
    Span byline = article.byline().map(b -> new Span(b.begin(), b.end())).orElse(null);
    return Segmenter.forLanguage(ArticleReader.primary(article.language()))
        .segment(article.text(), byline);
  }

  @Test
  void theFirstArticleNamesNoActorBeyondTheGazetteer() {
    assertThat(find(body(Fixtures.FIRST_ARTICLE))).isEmpty();
  }

  /**
   * Each case's expected new actors that its text names (its author stands only in the front
   * matter) are found with their class; at most one name found is not among them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"wettlauf-ki", "eu-regulierung", "chip-exportkontrollen", "open-weights"})
  void theTestCasesNewActorsAreFound(String name) {
    Map<String, String> expected = expectedNewActors(CASES.resolve(name).resolve("expected.ttl"));
    TextLayer layer = body(CASES.resolve(name).resolve("article.md"));
    List<NewActor> actors = find(layer);
    Map<String, String> names = new LinkedHashMap<>();
    actors.forEach(a -> names.putIfAbsent(a.name(), a.type()));
    List<String> spurious = new ArrayList<>(names.keySet());
    spurious.removeAll(expected.keySet());
    System.out.printf(
        "%s: expected %s, found %s, spurious %s%n",
        name, expected.keySet(), names.keySet(), spurious);
    assertThat(names).containsAllEntriesOf(expected);
    assertThat(spurious).hasSizeLessThanOrEqualTo(1);
    assertThat(actors)
        .allSatisfy(
            a -> assertThat(layer.text().substring(a.begin(), a.end())).isEqualTo(a.anchor()));
  }

  /** The expected.ttl's actors with race:fromGazetteer false, but its author: label to class. */
  private static Map<String, String> expectedNewActors(Path file) {
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.source(file).parse(graph);
    Set<Node> authors = new LinkedHashSet<>();
    graph
        .find(Node.ANY, DCTerms.creator.asNode(), Node.ANY)
        .mapWith(Triple::getObject)
        .forEach(authors::add);
    Map<String, String> expected = new LinkedHashMap<>();
    graph
        .find(Node.ANY, Race.fromGazetteer, Node.ANY)
        .forEach(
            t -> {
              boolean minted = Boolean.FALSE.equals(t.getObject().getLiteralValue());
              if (minted && !authors.contains(t.getSubject())) {
                String label =
                    graph
                        .find(t.getSubject(), RDFS.label.asNode(), Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm();
                String type =
                    graph
                        .find(t.getSubject(), RDF.type.asNode(), Node.ANY)
                        .next()
                        .getObject()
                        .getURI();
                expected.put(label, type);
              }
            });
    return expected;
  }

  @Test
  void aNameAfterAnOrganisationWordIsAnOrganisation() {
    assertThat(found("de", "Das Münchner Start-up Quantora wächst."))
        .containsExactly("Quantora=Quantora (Organization)");
    assertThat(found("de", "Der Chipkonzern Xenotec plant eine Fabrik."))
        .containsExactly("Xenotec=Xenotec (Organization)");
    assertThat(found("de", "Der Hersteller Nexaro Systems liefert Chips an Nvidia."))
        .containsExactly("Nexaro Systems=Nexaro Systems (Organization)");
    assertThat(found("en", "A London company called Fennix Labs builds models."))
        .containsExactly("Fennix Labs=Fennix Labs (Organization)");
  }

  @Test
  void aNameAfterAPersonWordIsAPerson() {
    assertThat(found("de", "Konzernchef Max Muster kündigte Investitionen an."))
        .containsExactly("Max Muster=Max Muster (Person)");
    assertThat(found("en", "On Monday the CEO Jonah Brightwell spoke about the AI Act."))
        .containsExactly("Jonah Brightwell=Jonah Brightwell (Person)");
    assertThat(found("en", "Its founder, Jane Doe, left."))
        .containsExactly("Jane Doe=Jane Doe (Person)");
    assertThat(found("de", "Dr. Erika Beispiel leitet die Forschung."))
        .containsExactly("Erika Beispiel=Erika Beispiel (Person)");
  }

  @Test
  void anAppositionWithAnOrganisationWordMakesAnOrganisation() {
    assertThat(found("en", "Fennix Labs, a start-up from London, builds models."))
        .containsExactly("Fennix Labs=Fennix Labs (Organization)");
    assertThat(found("de", "Quantora, ein Start-up aus München, wächst."))
        .containsExactly("Quantora=Quantora (Organization)");
    assertThat(found("de", "Die Quantora GmbH wächst."))
        .containsExactly("Quantora=Quantora (Organization)");
  }

  @Test
  void membersOfAnEnumerationWithKnownActorsShareTheirClass() {
    assertThat(found("de", "Apple, Zentrix und Quantora bauen Modelle."))
        .containsExactly("Zentrix=Zentrix (Organization)", "Quantora=Quantora (Organization)");
    assertThat(found("en", "OpenAI, Anthropic and Fennix Labs compete."))
        .containsExactly("Fennix Labs=Fennix Labs (Organization)");
    assertThat(found("en", "Chinese firms such as Hanlin and Qiwei buy chips."))
        .containsExactly("Hanlin=Hanlin (Organization)", "Qiwei=Qiwei (Organization)");
  }

  @Test
  void camelCaseAndAcronymsAreActors() {
    assertThat(found("de", "Auch NeuroForge arbeitet an eigenen Chips."))
        .containsExactly("NeuroForge=NeuroForge (Actor)");
    assertThat(found("de", "Die Maschinen liefert inzwischen SMEE aus Shanghai."))
        .containsExactly("SMEE=SMEE (Actor)");
  }

  @Test
  void englishCapitalisedNamesInsideTheSentenceAreActors() {
    assertThat(found("en", "Investors moved their money to Safe Superintelligence last year."))
        .containsExactly("Safe Superintelligence=Safe Superintelligence (Actor)");
    assertThat(found("en", "Meta released the weights of its Kestrel models."))
        .containsExactly("Kestrel=Kestrel (Actor)");
  }

  @Test
  void everyOccurrenceOfANameFoundOnceIsAnActorInItsBaseForm() {
    assertThat(
            found(
                "de",
                "Das Start-up Quantora wächst. Quantoras Modelle sind klein. Quantora-Modelle laufen"
                    + " überall."))
        .containsExactly(
            "Quantora=Quantora (Organization)",
            "Quantoras=Quantora (Organization)",
            "Quantora=Quantora (Organization)");
    assertThat(found("en", "The start-up Fennix grew. Fennix's revenue doubled."))
        .containsExactly("Fennix=Fennix (Organization)", "Fennix=Fennix (Organization)");
  }

  @Test
  void capitalisedGermanWordsWithoutEvidenceAreNoActors() {
    assertThat(find("de", "Allein hohe Ausgaben für Rechenzentren schaffen keinen Mehrwert."))
        .isEmpty();
    assertThat(find("de", "Besonders ironisch ist, dass OpenAIs Pläne bekannt wurden.")).isEmpty();
    assertThat(find("de", "Die Pläne sind bekannt.")).isEmpty();
    assertThat(find("de", "Im Mai 2024 investierte OpenAI in neue Werke in Arizona.")).isEmpty();
    assertThat(find("de", "George Washington war der erste Präsident.")).isEmpty();
    assertThat(find("de", "Mit dem AI Act setzt die EU auf Regulierung.")).isEmpty();
  }

  @Test
  void placesDaysLawsAndCommonAcronymsAreNoActors() {
    assertThat(find("de", "In Berlin, München und Hamburg entstehen Rechenzentren.")).isEmpty();
    assertThat(find("en", "In May, the company opened an office in Hefei on a Monday.")).isEmpty();
    assertThat(find("en", "The European Union passed the Digital Markets Act and the AI Act."))
        .isEmpty();
    assertThat(find("en", "Most of the work runs on GPUs and an API in Texas.")).isEmpty();
  }

  @Test
  void namesGluedToAKnownActorAreNoNewActors() {
    assertThat(find("en", "Developers moved to Microsoft Azure last year.")).isEmpty();
    assertThat(find("de", "Der chinesische Auftragsfertiger SMIC und der Weltmarktführer TSMC."))
        .isEmpty();
  }

  @Test
  void newActorsNeverOverlapGazetteerMentions() {
    TextLayer layer =
        Segmenter.forLanguage("en")
            .segment(
                "Nvidia, Zentrix and Corvala buy chips from TSMC and Huawei's rival SMEE.", null);
    List<Mention> known = entities.match(layer);
    List<NewActor> actors = find(layer);
    assertThat(actors).extracting(NewActor::name).containsExactly("Zentrix", "Corvala", "SMEE");
    assertThat(actors)
        .allSatisfy(
            a -> assertThat(known).noneMatch(m -> m.begin() < a.end() && a.begin() < m.end()));
  }
}
