package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The greedy tagger gives the tags of OpenNLP's own beam-search tagger on every word of the real
 * and test-case articles in the language and of 40 generated ones, comparing summed weights rather
 * than probabilities for the bundled models.
 */
class GreedyTaggerTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void sameTagsAsOpenNlpBeamSearch(String language) throws IOException {
    ModelCache.Models models = ModelCache.models(LanguageProfile.forLanguage(language));
    SentenceDetectorME sentences = new SentenceDetectorME(models.sentences());
    TokenizerME tokenizer = new TokenizerME(models.tokens());
    POSTaggerME beam = new POSTaggerME(models.pos());
    GreedyTagger greedy = new GreedyTagger(models.pos());

    List<String> differences = new ArrayList<>();
    int words = 0;
    for (String text : TestTexts.articlesAndGenerated(language, 40, dir)) {
      for (String sentence : sentences.sentDetect(text)) {
        String[] tokens = tokenizer.tokenize(sentence);
        String[] expected = beam.tag(tokens);
        String[] actual = greedy.tag(tokens);
        for (int i = 0; i < tokens.length; i++) {
          words++;
          if (!expected[i].equals(actual[i])) {
            differences.add(tokens[i] + ": " + expected[i] + " ≠ " + actual[i] + " in " + sentence);
          }
        }
      }
    }
    assertThat(words).as("words compared").isGreaterThan(5000);
    assertThat(differences).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void comparesSummedWeightsOfTheBundledModels(String language) {
    MaxentModel model =
        (MaxentModel)
            ModelCache.models(LanguageProfile.forLanguage(language)).pos().getArtifact("pos.model");
    assertThat(GreedyTagger.weightsOf(model))
        .as("the weights of a uniform-prior GIS model")
        .isNotNull();
  }
}
