package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3id.airace.text.TextLayer;
import org.w3id.airace.vocab.Race;

/**
 * The mention stage for one language: actors (of the gazetteer and new ones), cues, quantities,
 * clause agents and claim units of a segmented text.
 *
 * <pre>{@code
 * MentionFinder finder = new MentionFinder(Gazetteer.bundled(), CueLexicon.bundled(), "de");
 * MentionLayer mentions = finder.find(Segmenter.forLanguage("de").segment(text, null));
 * }</pre>
 */
public final class MentionFinder {
  private final EntityMatcher entities;
  private final CueMatcher cues;
  private final QuantityFinder quantities;
  private final NewActorFinder newActors;
  private final AgentFinder agents = new AgentFinder(Race.contrastsWith.getURI());

  public MentionFinder(Gazetteer gazetteer, CueLexicon lexicon, String language) {
    this.entities = new EntityMatcher(gazetteer);
    this.cues = new CueMatcher(lexicon, language);
    this.quantities = QuantityFinder.forLanguage(language);
    this.newActors = new NewActorFinder(gazetteer);
  }

  private static boolean insideMoney(Mention m, List<Quantity> amounts) {
    return amounts.stream()
        .anyMatch(q -> q instanceof Money && q.begin() <= m.begin() && m.end() <= q.end());
  }

  public MentionLayer find(TextLayer layer) {
    List<Quantity> amounts = quantities.find(layer);
    // A name inside an amount of money is its currency, not an actor: "US" in "US-Dollar".
    List<Mention> known =
        entities.match(layer).stream().filter(m -> !insideMoney(m, amounts)).toList();
    List<CueMention> cued = cues.match(layer);
    List<NewActor> minted = newActors.find(layer, known, cued);
    List<Mention> found = new ArrayList<>(known);
    minted.forEach(
        a -> found.add(new Mention(a.begin(), a.end(), a.anchor(), Race.resource(a.name()))));
    found.sort(Comparator.comparingInt(Mention::begin));
    return new MentionLayer(
        found, cued, amounts, agents.find(layer, found, cued), ClaimUnits.of(layer), minted);
  }
}
