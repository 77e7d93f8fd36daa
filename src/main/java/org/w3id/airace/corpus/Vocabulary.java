package org.w3id.airace.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.w3id.airace.mention.Cue;
import org.w3id.airace.mention.CueLexicon;
import org.w3id.airace.mention.Entity;
import org.w3id.airace.mention.Gazetteer;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Race;

/**
 * What the generator may put into an article of one language: the gazetteer's organisations with a
 * label in that language of one word (a capital, then letters and digits), and the templates, whose
 * strategy phrases are checked against the lexicon's cues.
 */
final class Vocabulary {
  private static final Pattern PLAIN = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]+");

  private final Templates templates;
  private final List<CorpusActor> actors;

  private Vocabulary(Templates templates, List<CorpusActor> actors) {
    this.templates = templates;
    this.actors = List.copyOf(actors);
  }

  static Vocabulary bundled(String language, Gazetteer gazetteer, CueLexicon lexicon) {
    Templates templates = Templates.of(language);
    checkStrategies(templates, lexicon.cues(language));
    Map<String, CorpusActor> actors = new TreeMap<>();
    var labels =
        Bundled.graph(Gazetteer.FOLDER)
            .find(null, org.apache.jena.vocabulary.RDFS.label.asNode(), null)
            .toList();
    for (Entity e : gazetteer.entities()) {
      if (!e.types().contains(Race.NS + "Organization")) {
        continue;
      }
      labels.stream()
          .filter(t -> t.getSubject().isURI() && t.getSubject().getURI().equals(e.iri()))
          .filter(t -> t.getObject().getLiteralLanguage().equals(language))
          .map(t -> t.getObject().getLiteralLexicalForm())
          .filter(l -> PLAIN.matcher(l).matches())
          .findFirst()
          .ifPresent(l -> actors.put(e.iri(), new CorpusActor(e.iri(), l)));
    }
    List<CorpusActor> sorted = new ArrayList<>(actors.values());
    sorted.sort(Comparator.comparing(CorpusActor::iri));
    return new Vocabulary(templates, sorted);
  }

  /** Every strategy phrase holds a cue of its strategy, or the lexicon and templates disagree. */
  private static void checkStrategies(Templates templates, List<Cue> cues) {
    templates
        .strategies()
        .forEach(
            (strategy, phrases) -> {
              for (String phrase : phrases) {
                String lower = phrase.toLowerCase(Locale.ROOT);
                boolean cued =
                    cues.stream()
                        .anyMatch(
                            c ->
                                c.concept().equals(strategy)
                                    && lower.contains(c.phrase().toLowerCase(Locale.ROOT)));
                if (!cued) {
                  throw new IllegalStateException(
                      "corpus template: \""
                          + phrase
                          + "\" holds no cue the lexicon gives for "
                          + strategy);
                }
              }
            });
  }

  Templates templates() {
    return templates;
  }

  List<CorpusActor> actors() {
    return actors;
  }
}
