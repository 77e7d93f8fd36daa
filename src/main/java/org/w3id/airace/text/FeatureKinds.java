package org.w3id.airace.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;

/**
 * Tells the features of a part-of-speech model that depend on the word alone ("suf=ert",
 * "w=kostet", "wc=lc") from those that depend on its surroundings ("p1w=openai", "t=NOUN") by the
 * feature's name, the part before its first {@code =}.
 *
 * <p>The split is learnt from the context generator itself: probe words are put first in a one-word
 * sentence and in the middle and at the end of longer ones, between different words and after
 * different tags. A name is the word's own when every feature of that name comes out the same in
 * all three places; if a name is own for one probe word and not for another, the features do not
 * split by name and {@link #of} gives null.
 */
final class FeatureKinds {
  private static final List<String> PROBES =
      List.of(
          "Haus",
          "a",
          "OpenAI",
          "2025",
          ",",
          "Investitionen",
          "KI-Modelle",
          "kostet",
          "the",
          "500");
  private static final String[] FIRST = {"Zunächst", "sagte", "Alpha", "Beta"};
  private static final String[] SECOND = {"Und", "dann", "noch", "Gamma", "Delta", "Epsilon"};

  private final Set<String> own;

  private FeatureKinds(Set<String> own) {
    this.own = own;
  }

  /** The kinds of the generator's features, or null when they do not split by name. */
  static FeatureKinds of(POSContextGenerator generator, MaxentModel model) {
    Set<String> own = new HashSet<>();
    Set<String> surrounding = new HashSet<>();
    for (String probe : PROBES) {
      List<String> alone = features(generator, new String[] {probe}, 0, new String[1]);
      String[] middle = {FIRST[0], FIRST[1], probe, FIRST[2], FIRST[3]};
      List<String> inMiddle = features(generator, middle, 2, tags(model, middle.length, 2, 0));
      String[] last = {SECOND[0], SECOND[1], SECOND[2], SECOND[3], SECOND[4], probe};
      List<String> atEnd = features(generator, last, 5, tags(model, last.length, 5, 2));
      for (List<String> context : List.of(alone, inMiddle, atEnd)) {
        for (String feature : context) {
          boolean everywhere =
              alone.contains(feature) && inMiddle.contains(feature) && atEnd.contains(feature);
          (everywhere ? own : surrounding).add(name(feature));
        }
      }
    }
    for (String name : own) {
      if (surrounding.contains(name)) {
        return null;
      }
    }
    return own.isEmpty() ? null : new FeatureKinds(own);
  }

  /** True if {@code feature} depends on the word alone. */
  boolean isOwn(String feature) {
    return own.contains(name(feature));
  }

  private static String name(String feature) {
    int equals = feature.indexOf('=');
    return equals < 0 ? feature : feature.substring(0, equals);
  }

  private static List<String> features(
      POSContextGenerator generator, String[] words, int at, String[] tags) {
    return Arrays.asList(generator.getContext(at, words, tags, null));
  }

  /** Tags for the words before {@code at}, from the model's outcomes starting at {@code from}. */
  private static String[] tags(MaxentModel model, int length, int at, int from) {
    String[] tags = new String[length];
    for (int i = 0; i < at; i++) {
      tags[i] = model.getOutcome((from + i) % model.getNumOutcomes());
    }
    return tags;
  }
}
