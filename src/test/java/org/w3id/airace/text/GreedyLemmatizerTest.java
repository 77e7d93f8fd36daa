package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The greedy decoder gives the lemmas OpenNLP's own beam-search lemmatizer gives, on every token of
 * the text of the articles in the language (the real ones and the test cases).
 */
class GreedyLemmatizerTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void sameLemmasAsOpenNlpBeamSearch(String language) throws IOException {
    LanguageProfile profile = LanguageProfile.forLanguage(language);
    ModelCache.Models models = ModelCache.models(profile);
    SentenceDetectorME sentences = new SentenceDetectorME(models.sentences());
    TokenizerME tokenizer = new TokenizerME(models.tokens());
    POSTaggerME tagger = new POSTaggerME(models.pos());
    LemmatizerME beam = new LemmatizerME(models.lemmas());
    GreedyLemmatizer greedy = new GreedyLemmatizer(models.lemmas());

    List<String> differences = new ArrayList<>();
    int tokens = 0;
    for (String text : TestTexts.articles(language)) {
      for (String sentence : sentences.sentDetect(text)) {
        String[] words = tokenizer.tokenize(sentence);
        String[] tags = tagger.tag(words);
        String[] expected = beam.lemmatize(words, tags);
        String[] actual = greedy.lemmatize(words, tags);
        for (int i = 0; i < words.length; i++) {
          tokens++;
          if (!expected[i].equals(actual[i])) {
            differences.add(words[i] + "/" + tags[i] + ": " + expected[i] + " ≠ " + actual[i]);
          }
        }
      }
    }
    assertThat(tokens).as("tokens compared").isGreaterThan(300);
    assertThat(differences).isEmpty();
  }
}
