package org.w3id.airace.text;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The feature weights of an OpenNLP maxent model, for decoders that compare the outcomes' summed
 * weights instead of their probabilities ({@link GreedyTagger}, {@link GreedyLemmatizer}).
 */
final class FeatureWeights {
  private final Map<String, Context> weights;

  FeatureWeights(Map<String, Context> weights) {
    this.weights = weights;
  }

  /**
   * Adds the weights of {@code feature} to {@code scores}, which are indexed by outcome; a feature
   * the model does not know adds nothing.
   */
  void add(String feature, double[] scores) {
    Context weight = weights.get(feature);
    if (weight == null) {
      return;
    }
    int[] outcomes = weight.getOutcomes();
    double[] parameters = weight.getParameters();
    for (int k = 0; k < outcomes.length; k++) {
      scores[outcomes[k]] += parameters[k];
    }
  }
}
