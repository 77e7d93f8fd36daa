package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word splitter gives OpenNLP's own tokens for every sentence of the articles in the language
 * (the real ones and the test cases), the first time and again from its memory.
 */
class WordSplitterTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void sameTokensAsOpenNlpTwice(String language) throws IOException {
    ModelCache.Models models = ModelCache.models(LanguageProfile.forLanguage(language));
    SentenceDetectorME sentences = new SentenceDetectorME(models.sentences());
    TokenizerME tokenizer = new TokenizerME(models.tokens());
    WordSplitter splitter = new WordSplitter(new TokenizerME(models.tokens()));
    int compared = 0;
    for (int round = 0; round < 2; round++) {
      for (String text : TestTexts.articles(language)) {
        for (opennlp.tools.util.Span s : sentences.sentPosDetect(text)) {
          List<Span> expected = new ArrayList<>();
          for (opennlp.tools.util.Span t :
              tokenizer.tokenizePos(s.getCoveredText(text).toString())) {
            expected.add(new Span(s.getStart() + t.getStart(), s.getStart() + t.getEnd()));
          }
          assertThat(splitter.split(text, s.getStart(), s.getEnd()))
              .as("tokens of %s", s.getCoveredText(text))
              .isEqualTo(expected);
          compared += expected.size();
        }
      }
    }
    assertThat(compared).as("tokens compared").isGreaterThan(600);
  }

  @Test
  void noBreakSpacesSeparateWordsAsOpenNlpDoes() {
    ModelCache.Models models = ModelCache.models(LanguageProfile.forLanguage("de"));
    WordSplitter splitter = new WordSplitter(new TokenizerME(models.tokens()));
    String text = "Rund 500\u00a0Milliarden Dollar.";
    assertThat(splitter.split(text, 0, text.length()))
        .extracting(span -> text.substring(span.begin(), span.end()))
        .containsExactly("Rund", "500", "Milliarden", "Dollar", ".");
  }
}
