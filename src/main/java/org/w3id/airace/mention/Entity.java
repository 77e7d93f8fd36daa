package org.w3id.airace.mention;

import java.util.List;
import java.util.Set;

/**
 * An entity of the gazetteer: its IRI, its classes and every name it goes by (labels and
 * alternative labels in all languages).
 */
public record Entity(String iri, Set<String> types, List<String> names) {
  public Entity {
    types = Set.copyOf(types);
    names = List.copyOf(names);
  }
}
