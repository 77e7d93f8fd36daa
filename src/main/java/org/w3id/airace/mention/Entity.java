package org.w3id.airace.mention;

import java.util.List;
import java.util.Set;

/**
 * An entity of the gazetteer: its IRI, its classes, every name it goes by (labels and alternative
 * labels in all languages) and its metonyms — words that stand for it only where they are not part
 * of a longer name: a capital ("Peking", "Washington"), a demonym ("die Europäer", "Americans") or
 * a country adjective ("chinesische", "American").
 */
public record Entity(String iri, Set<String> types, List<String> names, List<Metonym> metonyms) {
  public Entity {
    types = Set.copyOf(types);
    names = List.copyOf(names);
    metonyms = List.copyOf(metonyms);
  }

  /** An entity without metonyms. */
  public Entity(String iri, Set<String> types, List<String> names) {
    this(iri, types, names, List.of());
  }

  /**
   * A word that stands for an entity in texts of one language ({@code race:metonym}).
   *
   * @param form the word as written in the gazetteer ("chinesische", "Peking", "Europäer")
   * @param language the primary language subtag of the form, lower case ("de", "en")
   */
  public record Metonym(String form, String language) {}
}
