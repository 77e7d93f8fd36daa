package org.w3id.airace.corpus;

/** The little Turtle syntax the expected facts need. */
final class Turtle {
  static final String PREFIXES =
      """
      PREFIX race:   <https://w3id.org/airace/ontology#>
      PREFIX res:    <https://w3id.org/airace/resource/>
      PREFIX schema: <http://schema.org/>
      PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
      PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
      PREFIX dct:    <http://purl.org/dc/terms/>
      """;

  private Turtle() {}

  /** A string literal, language-tagged unless {@code language} is null. */
  static String literal(String text, String language) {
    String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"");
    return "\"" + escaped + "\"" + (language == null ? "" : "@" + language);
  }
}
