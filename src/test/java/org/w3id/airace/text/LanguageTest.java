package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Only German and English are supported. */
class LanguageTest {

  @Test
  void unsupportedLanguageIsRejectedWithTheSupportedOnes() {
    assertThatThrownBy(() -> Segmenter.forLanguage("fr"))
        .isInstanceOf(TextException.class)
        .hasMessageContaining("'fr'")
        .hasMessageContaining("de, en");
  }

  @Test
  void missingLanguageIsRejected() {
    assertThatThrownBy(() -> Segmenter.forLanguage(null))
        .isInstanceOf(TextException.class)
        .hasMessageContaining("de, en");
    assertThatThrownBy(() -> Segmenter.forLanguage(""))
        .isInstanceOf(TextException.class)
        .hasMessageContaining("Unsupported language");
  }

  @Test
  void languageCodeIsNormalised() {
    assertThat(Segmenter.forLanguage("DE").segment("Gut.", null).language()).isEqualTo("de");
    assertThat(Segmenter.forLanguage(" en ").segment("Fine.", null).language()).isEqualTo("en");
  }

  @Test
  void nullTextIsRejected() {
    assertThatThrownBy(() -> Segmenter.forLanguage("en").segment(null, null))
        .isInstanceOf(TextException.class);
  }

  @Test
  void modelFileNamesFollowTheJars() {
    assertThat(LanguageProfile.forLanguage("de").modelResource("pos"))
        .isEqualTo("opennlp-de-ud-gsd-pos-1.3-2.5.4.bin");
    assertThat(LanguageProfile.forLanguage("en").modelResource("sentence"))
        .isEqualTo("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
  }
}
