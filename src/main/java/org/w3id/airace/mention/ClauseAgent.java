package org.w3id.airace.mention;

import java.util.List;

/**
 * Who acts in the clause {@code [begin, end)}: the actors the clause names as its subject, or the
 * ones a pronoun or "die eine / die andere Seite" refers to, or those of the clause it belongs to.
 *
 * @param entities the actors' IRIs; two or more when the subject is coordinated ("die USA und
 *     China")
 * @param how how they were found
 */
public record ClauseAgent(int begin, int end, List<String> entities, How how) {
  public ClauseAgent {
    entities = List.copyOf(entities);
  }

  /** How a clause's agent was found. */
  public enum How {
    /** The clause names it. */
    NAMED,
    /** A personal pronoun refers to the last agent before it. */
    PRONOUN,
    /** "die eine Seite" / "die andere Seite" refers to one of two actors just contrasted. */
    SIDE,
    /** The clause has none of its own and belongs to the clause before it. */
    INHERITED
  }
}
