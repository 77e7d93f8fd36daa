package org.w3id.airace.mention;

import java.util.List;

/**
 * A cue of the lexicon ({@code data/lexicon/}): a word or phrase in one language that signals the
 * ontology term {@code concept} — a strategy, an outcome type, a kind of fact or of discourse.
 *
 * @param words the phrase's words to match (articles dropped)
 */
public record Cue(String concept, String phrase, String language, List<Word> words) {
  public Cue {
    words = List.copyOf(words);
  }

  /** A word of a cue: its light stem, and whether it is written as a noun (capitalised). */
  public record Word(String stem, boolean noun) {}
}
