package org.w3id.airace.mention;

import java.util.List;
import org.w3id.airace.vocab.Race;

/**
 * What the mention stage finds in one text: the gazetteer's actors, the lexicon's cues, the
 * quantities (money, percentages, periods, fuzzy amounts), the agent of each clause that has one,
 * the claim units of the sentences, and the actors the text names that the gazetteer does not know
 * (their mentions are among {@code entities}, under the IRI {@link Race#resource} gives them).
 */
public record MentionLayer(
    List<Mention> entities,
    List<CueMention> cues,
    List<Quantity> quantities,
    List<ClauseAgent> agents,
    List<ClaimUnit> units,
    List<NewActor> newActors) {
  public MentionLayer {
    entities = List.copyOf(entities);
    cues = List.copyOf(cues);
    quantities = List.copyOf(quantities);
    agents = List.copyOf(agents);
    units = List.copyOf(units);
    newActors = List.copyOf(newActors);
  }
}
