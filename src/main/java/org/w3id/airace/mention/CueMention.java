package org.w3id.airace.mention;

/**
 * A cue found in the text at {@code [begin, end)} — from its first to its last word, which may have
 * other words between them ("auf massive Investitionen setzen").
 *
 * @param concept the ontology term the cue signals
 * @param cue the lexicon's phrase that matched
 */
public record CueMention(int begin, int end, String anchor, String concept, String cue) {}
