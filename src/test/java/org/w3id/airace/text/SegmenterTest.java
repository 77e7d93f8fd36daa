package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first real article, data/articles/wettlauf-ki.md, segmented as a reader counts it. */
class SegmenterTest {

  private static final String BYLINE = "Arnaud Bertrand";

  private static String text;
  private static Span byline;
  private static TextLayer layer;

  @BeforeAll
  static void segmentSeedArticle() throws IOException {
    text = articleBody(Path.of("data/articles/wettlauf-ki.md"));
    int bylineBegin = text.indexOf("\n" + BYLINE + "\n") + 1;
    byline = new Span(bylineBegin, bylineBegin + BYLINE.length());
    layer = Segmenter.forLanguage("de").segment(text, byline);
  }

  /** The body of a Markdown article: what follows the front matter's closing "---" line. */
  static String articleBody(Path article) throws IOException {
    String markdown = Files.readString(article, StandardCharsets.UTF_8);
    int open = markdown.indexOf("---\n");
    int close = markdown.indexOf("\n---\n", open + 3);
    return markdown.substring(close + "\n---\n".length()).stripTrailing();
  }

  private static List<String> covered(List<?> sentencesOrClauses) {
    return sentencesOrClauses.stream()
        .map(item -> item instanceof Sentence s ? s.span() : ((Clause) item).span())
        .map(span -> text.substring(span.begin(), span.end()))
        .toList();
  }

  @Test
  void bodyIsTheArticleTextWithTheBylineOnItsSecondLine() {
    assertThat(text).startsWith("Der Wettlauf um die Zukunft der künstlichen Intelligenz");
    assertThat(text).endsWith("der letzte große Kampf des Unternehmens sein könnte.");
    assertThat(text.lines().toList().get(1)).isEqualTo(BYLINE);
    assertThat(layer.language()).isEqualTo("de");
    assertThat(layer.text()).isSameAs(text);
  }

  @Test
  void readerCountsTwentySentencesInEightParagraphs() {
    assertThat(layer.sentences()).hasSize(20);
    assertThat(layer.paragraphs())
        .extracting(paragraph -> paragraph.sentences().size())
        .containsExactly(3, 0, 3, 2, 2, 4, 2, 4);
  }

  @Test
  void bylineParagraphHasNoSentences() {
    Paragraph second = layer.paragraphs().get(1);
    assertThat(second.span()).isEqualTo(byline);
    assertThat(second.sentences()).isEmpty();
  }

  @Test
  void withoutBylineTheBylineLineIsASentence() {
    TextLayer plain = Segmenter.forLanguage("de").segment(text, null);
    assertThat(plain.sentences()).hasSize(21);
    assertThat(plain.paragraphs().get(1).sentences())
        .extracting(s -> text.substring(s.begin(), s.end()))
        .containsExactly(BYLINE);
  }

  @Test
  void sentencesAreExactlyTheOnesAReaderSees() {
    assertThat(covered(layer.sentences()))
        .containsExactly(
            "Der Wettlauf um die Zukunft der künstlichen Intelligenz zeigt deutliche Unterschiede"
                + " in den Ansätzen der USA und Chinas.",
            "Während die USA auf massive Investitionen und Zentralisierung setzen, verfolgt China"
                + " eine demokratischere Vision, bei der KI für alle zugänglich wird.",
            "Diese gegensätzlichen Philosophien verdeutlichen nicht nur unterschiedliche"
                + " Strategien, sondern werfen auch grundlegende Fragen zur Ausrichtung und"
                + " Nachhaltigkeit der KI-Entwicklung auf.",
            "Es ist wirklich faszinierend, wie unterschiedlich die USA und China den Weg der"
                + " künstlichen Intelligenz einschlagen.",
            "Hinter der PR des sogenannten „Stargate-Projekts“, das offiziell der „Entwicklung von"
                + " Krebsimpfstoffen“ dienen soll, scheint sich in Wahrheit ein anderer Plan zu"
                + " verbergen: OpenAI verfolgt die Strategie, durch massive Investitionen in"
                + " Infrastruktur und die Zentralisierung von KI auf eigenen Servern einen"
                + " „Geldgraben“ zu schaffen.",
            "500 Milliarden Dollar für Rechenzentren sind dabei eine astronomische Summe.",
            "Im Gegensatz dazu könnte der Ansatz Chinas nicht unterschiedlicher sein: DeepSeek hat"
                + " kürzlich gezeigt, dass sie die Leistung von OpenAI mit einem Bruchteil der"
                + " Ressourcen erreichen können.",
            "Entscheidend ist dabei, dass sie ihr Modell auf eine Weise veröffentlichen, die eine"
                + " deutlich demokratischere Vision von KI zeigt – KI als allgemeines Gut, mit"
                + " extrem günstigen Modellen, die nur 3 % der Kosten von OpenAI ausmachen und für"
                + " jeden zugänglich sind.",
            "Es ist, als prallten zwei völlig gegensätzliche Philosophien aufeinander: Die eine"
                + " Seite setzt auf eine Zukunft, in der KI durch riesige, zentralisierte"
                + " Infrastrukturen gesteuert wird, die von wenigen Akteuren kontrolliert werden.",
            "Die andere Seite hingegen plädiert für eine dezentralisierte Zukunft, in der KI zu"
                + " einem grundlegenden Hilfsmittel wird, das jedem offensteht.",
            "Dieser Gegensatz erinnert an den Wettstreit zwischen Apple und Microsoft in den 80er"
                + " und 90er Jahren.",
            "Auf der einen Seite stand Apples Vision von hochwertigem, streng kontrolliertem,"
                + " vertikal integriertem Computing.",
            "Auf der anderen Seite Microsofts Ansatz, das Betriebssystem zu einer Massenware zu"
                + " machen und es jedem zu ermöglichen, eigene PCs zu bauen.",
            "Das Ergebnis ist bekannt: Microsoft dominierte den Markt, während Apple sich eine"
                + " kleinere, aber lukrative Nische eroberte.",
            "Eine zentrale Frage bleibt: Wofür genau sollen Kunden von OpenAI zahlen, wenn das"
                + " deutlich günstigere DeepSeek-Modell die gleiche Leistung bietet?",
            "Allein hohe Ausgaben für Rechenzentren schaffen keinen Mehrwert für den Kunden.",
            "OpenAI scheint darauf zu setzen, dass eine riesige Recheninfrastruktur in Zukunft die"
                + " Entwicklung deutlich besserer Modelle ermöglicht.",
            "Doch das ist keineswegs sicher – die jüngsten Entwicklungen sprechen sogar eher"
                + " dagegen.",
            "Besonders ironisch ist, dass DeepSeek am selben Tag, an dem OpenAIs Pläne bekannt"
                + " wurden, verkündete, ihre Spitzenleistung zu einem Bruchteil der Kosten zu"
                + " erreichen.",
            "Dies zeigt, dass Innovation oft wichtiger ist als reine Rechenleistung und dass"
                + " OpenAIs 500-Milliarden-Dollar-Wette auf Infrastruktur möglicherweise der letzte"
                + " große Kampf des Unternehmens sein könnte.");
  }

  @Test
  void sentencesWithAColonAreOneSentenceEach() {
    assertThat(covered(layer.sentences()))
        .contains(
            "Das Ergebnis ist bekannt: Microsoft dominierte den Markt, während Apple sich eine"
                + " kleinere, aber lukrative Nische eroberte.",
            "Eine zentrale Frage bleibt: Wofür genau sollen Kunden von OpenAI zahlen, wenn das"
                + " deutlich günstigere DeepSeek-Modell die gleiche Leistung bietet?");
  }

  @Test
  void everySpanIsExactTrimmedNestedAndOrdered() {
    LayerAssertions.assertWellFormed(layer);
  }

  @Test
  void hyphenCompoundsAreOneToken() {
    assertThat(tokenTexts())
        .contains("DeepSeek-Modell", "KI-Entwicklung", "500-Milliarden-Dollar-Wette")
        .doesNotContain("-", "Wette", "500-");
    List<String> question = layer.sentences().get(14).tokens().stream().map(Token::text).toList();
    assertThat(question)
        .containsSubsequence("günstigere", "DeepSeek-Modell", "die")
        .doesNotContain("DeepSeek", "Modell");
    assertThat(token("DeepSeek-Modell").pos()).isEqualTo("NOUN");
    assertThat(token("DeepSeek-Modell").lemma()).isEqualTo("DeepSeek-Modell");
  }

  @Test
  void quotesAreTokensOfTheirOwn() {
    List<String> tokens = tokenTexts();
    int stargate = tokens.indexOf("Stargate-Projekts");
    assertThat(tokens.subList(stargate - 1, stargate + 2))
        .containsExactly("„", "Stargate-Projekts", "“");
    int moat = tokens.indexOf("Geldgraben");
    assertThat(tokens.subList(moat - 1, moat + 2)).containsExactly("„", "Geldgraben", "“");
    assertThat(tokens.stream().filter(t -> t.length() > 1))
        .noneMatch(t -> t.contains("„") || t.contains("“"));
  }

  @Test
  void percentageIsANumberAndASign() {
    List<Token> tokens = layer.sentences().get(7).tokens();
    List<String> texts = tokens.stream().map(Token::text).toList();
    int three = texts.indexOf("3");
    assertThat(texts.subList(three - 1, three + 3)).containsExactly("nur", "3", "%", "der");
    assertThat(tokens.get(three).pos()).isEqualTo("NUM");
    assertThat(tokens.get(three + 1).pos()).isEqualTo("NOUN");
  }

  @Test
  void lemmasKeepTheCapitalsOfNouns() {
    assertThat(token("Investitionen").lemma()).isEqualTo("Investition");
    assertThat(token("Investitionen").pos()).isEqualTo("NOUN");
    assertThat(token("Ansätzen").lemma()).isEqualTo("Ansatz");
    assertThat(token("Stargate-Projekts").lemma()).isEqualTo("Stargate-Projekt");
    assertThat(token("künstlichen").lemma()).isEqualTo("künstlich");
    assertThat(token("zeigt").lemma()).isEqualTo("zeigen");
  }

  @Test
  void openAiIsAProperNoun() {
    List<Token> openAi =
        layer.sentences().stream()
            .flatMap(s -> s.tokens().stream())
            .filter(t -> t.text().equals("OpenAI"))
            .toList();
    assertThat(openAi).hasSize(5).allSatisfy(t -> assertThat(t.pos()).isEqualTo("PROPN"));
    assertThat(openAi).allSatisfy(t -> assertThat(t.lemma()).isEqualTo("OpenAI"));
  }

  @Test
  void punctuationIsTaggedPunct() {
    assertThat(token("–").pos()).isEqualTo("PUNCT");
    assertThat(token("–").lemma()).isEqualTo("–");
    assertThat(token("„").pos()).isEqualTo("PUNCT");
  }

  @Test
  void clausesSplitAtColonCommaAndConjunction() {
    Sentence result = layer.sentences().get(13);
    assertThat(covered(result.clauses()))
        .containsExactly(
            "Das Ergebnis ist bekannt:",
            "Microsoft dominierte den Markt,",
            "während Apple sich eine kleinere, aber lukrative Nische eroberte.");
  }

  @Test
  void clausesSplitBeforeRelativePronounsAndAtDashes() {
    Sentence decisive = layer.sentences().get(7);
    assertThat(covered(decisive.clauses()))
        .containsExactly(
            "Entscheidend ist dabei,",
            "dass sie ihr Modell auf eine Weise veröffentlichen,",
            "die eine deutlich demokratischere Vision von KI zeigt –",
            "KI als allgemeines Gut,",
            "mit extrem günstigen Modellen,",
            "die nur 3 % der Kosten von OpenAI ausmachen und für jeden zugänglich sind.");
    Sentence future = layer.sentences().get(8);
    assertThat(covered(future.clauses()))
        .containsExactly(
            "Es ist,",
            "als prallten zwei völlig gegensätzliche Philosophien aufeinander:",
            "Die eine Seite setzt auf eine Zukunft,",
            "in der KI durch riesige, zentralisierte Infrastrukturen gesteuert wird,",
            "die von wenigen Akteuren kontrolliert werden.");
  }

  @Test
  void clausesSplitAtSondernAndKeepQuotesWithTheirWords() {
    assertThat(covered(layer.sentences().get(2).clauses()))
        .containsExactly(
            "Diese gegensätzlichen Philosophien verdeutlichen nicht nur unterschiedliche"
                + " Strategien,",
            "sondern werfen auch grundlegende Fragen zur Ausrichtung und Nachhaltigkeit der"
                + " KI-Entwicklung auf.");
    assertThat(covered(layer.sentences().get(4).clauses()))
        .startsWith(
            "Hinter der PR des sogenannten „Stargate-Projekts“,",
            "das offiziell der „Entwicklung von Krebsimpfstoffen“ dienen soll,");
  }

  @Test
  void bylineSpanAcrossParagraphsMarksNoParagraph() {
    TextLayer other = Segmenter.forLanguage("de").segment(text, new Span(0, byline.end()));
    assertThat(other.paragraphs()).allSatisfy(p -> assertThat(p.sentences()).isNotEmpty());
    assertThat(other.sentences()).hasSize(21);
  }

  @Test
  void bylineOutsideTheTextIsRejected() {
    assertThatThrownBy(() -> Segmenter.forLanguage("de").segment(text, new Span(0, 100_000)))
        .isInstanceOf(TextException.class)
        .hasMessageContaining("outside the text");
  }

  private static List<String> tokenTexts() {
    return layer.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
  }

  private static Token token(String text) {
    return layer.sentences().stream()
        .flatMap(s -> s.tokens().stream())
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no token " + text));
  }
}
