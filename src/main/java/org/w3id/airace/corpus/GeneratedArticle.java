package org.w3id.airace.corpus;

import java.util.List;

/**
 * One article of the corpus: its slug (the folder name), its fictional author, the file's text with
 * front matter, and the facts it states.
 */
public record GeneratedArticle(
    String slug, String language, String author, String file, List<ExpectedFact> facts) {
  public GeneratedArticle {
    facts = List.copyOf(facts);
  }

  /** The expected facts as Turtle, in the format of {@code src/test/resources/cases/}. */
  public String expectedTurtle() {
    StringBuilder out = new StringBuilder();
    out.append("# Expected facts of a generated article (airace corpus).\n\n");
    out.append(Turtle.PREFIXES).append('\n');
    String iri = author.replace(' ', '_');
    out.append("<https://w3id.org/airace/resource/article/")
        .append(slug)
        .append("> dct:creator res:")
        .append(iri)
        .append(" .\n\n");
    out.append("res:")
        .append(iri)
        .append(" a race:Person ;\n    rdfs:label ")
        .append(Turtle.literal(author, null))
        .append(" ;\n    race:fromGazetteer false .\n");
    for (ExpectedFact fact : facts) {
      out.append('\n').append(fact.turtle());
    }
    return out.toString();
  }
}
