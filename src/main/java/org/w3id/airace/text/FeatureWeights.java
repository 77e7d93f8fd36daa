package org.w3id.airace.text;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The feature weights of an OpenNLP maxent model, for decoders that compare the outcomes' summed
 * weights instead of their probabilities ({@link GreedyTagger}, {@link GreedyLemmatizer}).
 */
final class FeatureWeights {
  private final Map<String, Context> weights;

  @SuppressWarnings("unchecked")
  FeatureWeights(AbstractModel model) {
    // The model's table from feature to weights per outcome, as OpenNLP documents its parts.
    this.weights = (Map<String, Context>) model.getDataStructures()[1];
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

  /** The index of the highest score, the first of equal ones. */
  static int highest(double[] scores) {
    int best = 0;
    for (int k = 1; k < scores.length; k++) {
      if (scores[k] > scores[best]) {
        best = k;
      }
    }
    return best;
  }
}
