package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.airace.text.Segmenter;
import org.w3id.airace.text.TextLayer;

class AgentFinderTest {
  private static final String RES = "https://w3id.org/airace/resource/";
  private static Gazetteer gazetteer;
  private static CueLexicon lexicon;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.bundled();
    lexicon = CueLexicon.bundled();
  }

  /** "clause text => agents (how)" for every clause with an agent. */
  private static List<String> agents(String language, String text) {
    TextLayer layer = Segmenter.forLanguage(language).segment(text, null);
    MentionLayer found = new MentionFinder(gazetteer, lexicon, language).find(layer);
    return found.agents().stream()
        .map(
            a ->
                text.substring(a.begin(), a.end())
                    + " => "
                    + String.join(
                        "+", a.entities().stream().map(e -> e.substring(RES.length())).toList())
                    + " ("
                    + a.how()
                    + ")")
        .toList();
  }

  @Test
  void anActorAfterAPrepositionIsNotTheAgent() {
    assertThat(agents("de", "Die Kunden von OpenAI zahlen viel.")).isEmpty();
    assertThat(agents("de", "DeepSeek erreicht die Leistung von OpenAI."))
        .containsExactly("DeepSeek erreicht die Leistung von OpenAI. => DeepSeek (NAMED)");
  }

  @Test
  void coordinatedActorsShareTheClause() {
    assertThat(agents("de", "Die USA und China investieren."))
        .containsExactly("Die USA und China investieren. => United_States+China (NAMED)");
  }

  @Test
  void aPronounRefersToTheLatestAgent() {
    assertThat(agents("de", "DeepSeek hat gezeigt, dass sie mit wenig Geld auskommen."))
        .containsExactly(
            "DeepSeek hat gezeigt, => DeepSeek (NAMED)",
            "dass sie mit wenig Geld auskommen. => DeepSeek (PRONOUN)");
  }

  @Test
  void aRelativeClauseDoesNotPassItsAgentOn() {
    assertThat(agents("de", "Dass Apple am Tag, an dem Microsoft kam, verkündete, ist bekannt."))
        .contains("an dem Microsoft kam, => Microsoft (NAMED)", "verkündete, => Apple (INHERITED)");
  }

  @Test
  void theTwoSidesOfAContrastAreResolvedWithinTheParagraph() {
    String text =
        "Die USA setzen auf Größe, während China auf Effizienz setzt. Die eine Seite baut Rechenzentren."
            + " Die andere Seite hingegen veröffentlicht Modelle.";
    assertThat(agents("de", text))
        .contains(
            "Die eine Seite baut Rechenzentren. => United_States (SIDE)",
            "Die andere Seite hingegen veröffentlicht Modelle. => China (SIDE)");
  }

  @Test
  void sidesStayUnresolvedWithoutAContrastBefore() {
    assertThat(
            agents(
                "de",
                "Die eine Seite baut Rechenzentren. Die andere Seite veröffentlicht Modelle."))
        .isEmpty();
  }

  @Test
  void englishPronounsAndPossessives() {
    assertThat(agents("en", "Microsoft's strategy differs. It licensed the system to everyone."))
        .contains("It licensed the system to everyone. => Microsoft (PRONOUN)");
  }

  @Test
  void aPronounThatOpensTheClauseWinsOverANameAfterIt() {
    assertThat(agents("en", "Meta released a model. It now pays OpenAI less."))
        .contains("It now pays OpenAI less. => Meta (PRONOUN)");
  }

  @Test
  void aPrepositionGovernsTheNameAtTheEndOfItsNounPhrase() {
    assertThat(agents("de", "Mit der Initiative InvestAI will die EU Geld ausgeben."))
        .containsExactly(
            "Mit der Initiative InvestAI will die EU Geld ausgeben. => European_Union (NAMED)");
  }

  @Test
  void aYearBeforeANameIsNoModifierOfIt() {
    assertThat(agents("en", "In 1988 Sony began making VHS recorders."))
        .containsExactly("In 1988 Sony began making VHS recorders. => Sony (NAMED)");
  }

  @Test
  void aPronounAfterTheGermanVerbIsTheSubject() {
    assertThat(
            agents("de", "TSMC baut Werke. Zugleich steckt er 65 Milliarden US-Dollar in Arizona."))
        .contains("Zugleich steckt er 65 Milliarden US-Dollar in Arizona. => TSMC (PRONOUN)");
  }

  @Test
  void germanEsRefersToAnAgentNamedWithANeuterArticle() {
    assertThat(agents("de", "Das Unternehmen Mistral AI wächst schnell. Es verkauft Modelle."))
        .contains("Es verkauft Modelle. => Mistral_AI (PRONOUN)");
  }

  @Test
  void germanEsStaysUnresolvedAfterOtherAgentsAndInImpersonalPhrases() {
    assertThat(agents("de", "Mistral AI wächst schnell. Es verkauft Modelle."))
        .containsExactly("Mistral AI wächst schnell. => Mistral_AI (NAMED)");
    assertThat(agents("de", "Das Unternehmen Mistral AI wächst schnell. Es gibt viele Modelle."))
        .containsExactly("Das Unternehmen Mistral AI wächst schnell. => Mistral_AI (NAMED)");
  }

  @Test
  void aNameInsideAnAmountOfMoneyIsNoActor() {
    TextLayer layer =
        Segmenter.forLanguage("de").segment("Apple zahlte 65 Milliarden US-Dollar.", null);
    MentionLayer found = new MentionFinder(gazetteer, lexicon, "de").find(layer);
    assertThat(found.entities()).extracting(Mention::anchor).containsExactly("Apple");
  }
}
