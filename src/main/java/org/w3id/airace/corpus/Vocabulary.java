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
 * label in that language of one word (a capital, then letters and digits), the rivalries of the
 * past an analogy may draw on, and the templates, whose strategy phrases and rivalry and analogy
 * sentences are checked against the lexicon's cues.
 */
final class Vocabulary {
  private static final Pattern PLAIN = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]+");

  private final Templates templates;
  private final List<CorpusActor> actors;
  private final List<PastRivalry> pastRivalries;

  /** A rivalry of the past with its two sides as actors of the gazetteer. */
  record PastRivalry(CorpusActor first, CorpusActor second, List<Integer> decades) {}

  private Vocabulary(
      Templates templates, List<CorpusActor> actors, List<PastRivalry> pastRivalries) {
    this.templates = templates;
    this.actors = List.copyOf(actors);
    this.pastRivalries = List.copyOf(pastRivalries);
  }

  static Vocabulary bundled(String language, Gazetteer gazetteer, CueLexicon lexicon) {
    Templates templates = Templates.of(language);
    checkStrategies(templates, lexicon.cues(language));
    checkCued(templates.rivalries(), Race.NS + "Rivalry", lexicon.cues(language));
    checkCued(templates.analogies(), Race.NS + "HistoricalAnalogy", lexicon.cues(language));
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
    List<PastRivalry> past = new ArrayList<>();
    for (Templates.PastRivalry r : Templates.PAST_RIVALRIES) {
      past.add(new PastRivalry(actor(actors, r.first()), actor(actors, r.second()), r.decades()));
    }
    return new Vocabulary(templates, sorted, past);
  }

  /**
   * The actor of the gazetteer with the local name {@code name}, which must be one of {@code
   * actors}.
   */
  private static CorpusActor actor(Map<String, CorpusActor> actors, String name) {
    CorpusActor actor = actors.get(Race.RESOURCE + name);
    if (actor == null) {
      throw new IllegalStateException(
          "corpus template: the past rivalries name "
              + name
              + ", which is no plain organisation of the gazetteer");
    }
    return actor;
  }

  /** Every sentence holds a cue the lexicon gives for {@code concept}. */
  private static void checkCued(List<String> sentences, String concept, List<Cue> cues) {
    for (String sentence : sentences) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      boolean cued =
          cues.stream()
              .anyMatch(
                  c ->
                      c.concept().equals(concept)
                          && lower.contains(c.phrase().toLowerCase(Locale.ROOT)));
      if (!cued) {
        throw new IllegalStateException(
            "corpus template: \"" + sentence + "\" holds no cue the lexicon gives for " + concept);
      }
    }
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

  /** The rivalries of the past an analogy may draw on. */
  List<PastRivalry> pastRivalries() {
    return pastRivalries;
  }
}
