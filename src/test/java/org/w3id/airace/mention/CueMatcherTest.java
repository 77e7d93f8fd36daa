package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.airace.text.Segmenter;

class CueMatcherTest {
  private static final String RACE = "https://w3id.org/airace/ontology#";
  private static CueLexicon lexicon;

  @BeforeAll
  static void lexicon() {
    lexicon = CueLexicon.bundled();
  }

  private static List<String> found(String language, String text) {
    return new CueMatcher(lexicon, language)
        .match(Segmenter.forLanguage(language).segment(text, null)).stream()
            .map(c -> c.concept().substring(RACE.length()) + ":" + c.anchor())
            .toList();
  }

  @Test
  void inflectedFormsMatchByStem() {
    assertThat(found("de", "Die Firma setzt auf zentralisierte Server und massive Investitionen."))
        .contains(
            "Centralization:zentralisierte", "InfrastructureInvestment:massive Investitionen");
  }

  @Test
  void aPrefixedWordIsNotItsStem() {
    assertThat(found("de", "Sie bauen eine dezentralisierte Plattform."))
        .contains("Decentralization:dezentralisierte")
        .doesNotContain("Centralization:dezentralisierte");
  }

  @Test
  void aCueWordIsNotReadAsACompoundOfAnother() {
    assertThat(found("de", "Washington setzt auf Deregulierung."))
        .contains("Deregulation:Deregulierung")
        .doesNotContain("Regulation:Deregulierung");
  }

  @Test
  void compoundHeadsMatchGermanNouns() {
    assertThat(found("de", "Die Recheninfrastruktur wächst."))
        .contains("InfrastructureInvestment:Recheninfrastruktur");
  }

  @Test
  void phraseWordsMayStandApartInOneClause() {
    assertThat(found("de", "Die Regierung will auf staatliche Förderung setzen."))
        .contains("pursues:auf staatliche Förderung setzen", "StateFunding:staatliche Förderung");
  }

  @Test
  void phraseWordsInDifferentClausesDoNotMatch() {
    assertThat(found("de", "Das Modell ist neu, aber niemand will veröffentlichen, was es kann."))
        .doesNotContain("OpenRelease:Modell ist neu, aber niemand will veröffentlichen");
  }

  @Test
  void englishCuesMatchByLemma() {
    assertThat(
            found(
                "en",
                "The company relies on open-source models, whereas its rival reportedly builds data centers."))
        .contains(
            "pursues:relies on",
            "OpenRelease:open-source",
            "contrastsWith:whereas",
            "Hedged:reportedly",
            "InfrastructureInvestment:data centers");
  }

  @Test
  void everyCueHasAnOntologyTermAndWords() {
    assertThat(lexicon.cues("de")).hasSizeGreaterThan(100);
    assertThat(lexicon.cues("en")).hasSizeGreaterThan(100);
    assertThat(lexicon.cues("de")).allSatisfy(c -> assertThat(c.words()).isNotEmpty());
  }
}
