package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The usage example of the Segmenter Javadoc runs and prints what it says. */
class UsageExampleTest {

  @Test
  void javadocExamplePrintsTwoSentences() {
    List<String> printed = new ArrayList<>();
    Segmenter segmenter = Segmenter.forLanguage("de");
    String text = "Die KI-Entwicklung kostet z. B. viel Geld. Wer zahlt dafür?";
    TextLayer layer = segmenter.segment(text, null);
    for (Sentence sentence : layer.sentences()) {
      printed.add(text.substring(sentence.begin(), sentence.end()));
    }
    assertThat(printed)
        .containsExactly("Die KI-Entwicklung kostet z. B. viel Geld.", "Wer zahlt dafür?");
  }
}
