package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The split of a tagger's features into the word's own and its surroundings' is learnt, not set.
 */
class FeatureKindsTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void theBundledModelsSplitByName(String language) {
    POSModel pos = ModelCache.models(LanguageProfile.forLanguage(language)).pos();
    FeatureKinds kinds =
        FeatureKinds.of(
            pos.getFactory().getPOSContextGenerator(0), (MaxentModel) pos.getArtifact("pos.model"));

    assertThat(kinds).isNotNull();
    assertThat(kinds.isOwn("w=kostet")).isTrue();
    assertThat(kinds.isOwn("suf=et")).isTrue();
    assertThat(kinds.isOwn("pre=ko")).isTrue();
    assertThat(kinds.isOwn("def")).isTrue();
    assertThat(kinds.isOwn("p1w=openai")).isFalse();
    assertThat(kinds.isOwn("n2w=dollar")).isFalse();
    assertThat(kinds.isOwn("t=NOUN")).isFalse();
    assertThat(kinds.isOwn("t2=DET,NOUN")).isFalse();
  }

  @Test
  void aNameThatAlsoCarriesANeighbourGivesNoSplit() {
    POSModel pos = ModelCache.models(LanguageProfile.forLanguage("de")).pos();
    POSContextGenerator sharedName =
        (i, words, tags, extra) ->
            i == 0
                ? new String[] {"w=" + words[i]}
                : new String[] {"w=" + words[i], "w=" + words[i - 1]};

    assertThat(FeatureKinds.of(sharedName, (MaxentModel) pos.getArtifact("pos.model"))).isNull();
  }

  @Test
  void aFeatureOfThePositionIsNotTheWordsOwn() {
    POSModel pos = ModelCache.models(LanguageProfile.forLanguage("de")).pos();
    POSContextGenerator position =
        (i, words, tags, extra) -> new String[] {"w=" + words[i], "first=" + (i == 0)};

    FeatureKinds kinds = FeatureKinds.of(position, (MaxentModel) pos.getArtifact("pos.model"));

    assertThat(kinds).isNotNull();
    assertThat(kinds.isOwn("w=Haus")).isTrue();
    assertThat(kinds.isOwn("first=true")).isFalse();
  }
}
