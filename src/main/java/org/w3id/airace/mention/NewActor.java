package org.w3id.airace.mention;

/**
 * A span of the text, {@code [begin, end)}, that names an actor the gazetteer does not know.
 *
 * @param anchor the characters of the span, as in the text ("Quantoras", "Fennix Labs")
 * @param name the actor's name in its base form, for its {@code rdfs:label} ("Quantora"): without a
 *     genitive or possessive ending, white space made single spaces
 * @param type the IRI of the actor's class: {@code race:Organization} or {@code race:Person} where
 *     the text says so, the class the known members of its enumeration share, else {@code
 *     race:Actor}
 */
public record NewActor(int begin, int end, String anchor, String name, String type) {}
