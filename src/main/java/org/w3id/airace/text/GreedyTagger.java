package org.w3id.airace.text;

import java.util.Arrays;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags words with an OpenNLP part-of-speech model by greedy decoding: for each word, left to right,
 * the most probable tag that the model's sequence validator allows, given the words around it and
 * the two tags chosen before.
 *
 * <p>OpenNLP's {@link POSTaggerME} keeps the three best tag sequences at every word (a beam search
 * of width 3) and evaluates the model for each of them. On the test articles and on generated
 * German and English corpora (about 50 000 words) the best of its sequences is the greedy one, word
 * for word, so this decoder evaluates the model once per word. {@code GreedyTaggerTest} holds it to
 * the beam search's tags.
 *
 * <p>The model's own evaluation turns each tag's summed feature weights into a probability with
 * {@link StrictMath#exp} for every tag of every word, which the JVM does not compile to a machine
 * instruction. With the uniform prior of a GIS model (checked when the tagger is made: the model
 * gives every tag the same probability when no feature is known) the most probable tag is the one
 * with the highest sum, so the tagger compares the sums, as {@link GreedyLemmatizer} does. A model
 * it cannot read that way is evaluated as OpenNLP does.
 *
 * <p>Most of a word's features depend on the word alone (its prefixes, suffixes, shape and the word
 * itself); the rest on the words beside it and the tags before it. When the model's features fall
 * into these two kinds by name (checked when the tagger is made, {@link FeatureKinds}), the summed
 * weights of a word's own features are remembered ({@link BoundedCache}), so a word seen before
 * costs one look-up for them and a look-up for each feature of its surroundings. The model's table
 * does not stay in the processor's caches between sentences, so each look-up saved is a wait on
 * memory saved.
 *
 * <p>Not thread-safe (it keeps that memo); one per {@link TokenAnnotator}.
 */
final class GreedyTagger {
  private static final String MODEL_ARTIFACT = "pos.model";

  private final POSContextGenerator features;
  private final MaxentModel model;
  private final SequenceValidator<String> validator;

  /** The model's feature weights by feature, or null to evaluate through the model. */
  private final FeatureWeights weights;

  /** Which features depend on the word alone, or null when the model's features do not split so. */
  private final FeatureKinds kinds;

  /** The summed weights of a word's own features, by word. */
  private final BoundedCache<String, double[]> ownScores = new BoundedCache<>(20_000);

  GreedyTagger(POSModel pos) {
    this.features = pos.getFactory().getPOSContextGenerator(0);
    this.model = (MaxentModel) pos.getArtifact(MODEL_ARTIFACT);
    this.validator = pos.getFactory().getSequenceValidator();
    if (model == null) {
      throw new TextException("The part-of-speech model has no " + MODEL_ARTIFACT);
    }
    this.weights = weightsOf(model);
    this.kinds = weights == null ? null : FeatureKinds.of(features, model);
  }

  /** The tag of each word. */
  String[] tag(String[] words) {
    String[] tags = new String[words.length];
    double[] scores = new double[model.getNumOutcomes()];
    for (int i = 0; i < words.length; i++) {
      score(words[i], features.getContext(i, words, tags, null), scores);
      int best = -1;
      for (int k = 0; k < scores.length; k++) {
        if ((best < 0 || scores[k] > scores[best])
            && validator.validSequence(i, words, tags, model.getOutcome(k))) {
          best = k;
        }
      }
      tags[i] = model.getOutcome(best < 0 ? FeatureWeights.highest(scores) : best);
    }
    return tags;
  }

  /** Fills {@code scores} with a value per tag that orders the tags as their probabilities do. */
  private void score(String word, String[] context, double[] scores) {
    if (weights == null) {
      System.arraycopy(model.eval(context), 0, scores, 0, scores.length);
      return;
    }
    if (kinds == null) {
      Arrays.fill(scores, 0);
      for (String feature : context) {
        weights.add(feature, scores);
      }
      return;
    }
    double[] own =
        ownScores.get(
            word,
            w -> {
              double[] sums = new double[scores.length];
              for (String feature : context) {
                if (kinds.isOwn(feature)) {
                  weights.add(feature, sums);
                }
              }
              return sums;
            });
    System.arraycopy(own, 0, scores, 0, scores.length);
    for (String feature : context) {
      if (!kinds.isOwn(feature)) {
        weights.add(feature, scores);
      }
    }
  }

  /**
   * The feature weights of a maxent model whose prior is uniform, or null for any other model: its
   * probabilities are then the normalised exponentials of the summed weights, in the same order.
   */
  static FeatureWeights weightsOf(MaxentModel model) {
    if (!(model instanceof AbstractModel maxent)
        || maxent.getModelType() != AbstractModel.ModelType.Maxent) {
      return null;
    }
    double[] unknown = model.eval(new String[0]);
    for (double p : unknown) {
      if (p != unknown[0]) {
        return null;
      }
    }
    return new FeatureWeights(maxent);
  }
}
