package org.w3id.airace.mention;

/**
 * A span of the text, {@code [begin, end)}, that names the gazetteer entity {@code entity}.
 *
 * @param anchor the characters of the span, as in the text ("Chinas", "OpenAI")
 * @param entity the IRI of the entity named
 */
public record Mention(int begin, int end, String anchor, String entity) {}
