package org.w3id.airace.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.airace.resources.Bundled;

/**
 * The gazetteer of {@code data/entities/} as issue 5 asks for it: at least 150 actors, each named
 * in English and German, organisations placed in a country, links only into Wikidata's and
 * DBpedia's namespaces and never one identifier for two actors, no name shared by two actors.
 */
class GazetteerContentTest {
  private static final String PREFIXES =
      """
      PREFIX race: <https://w3id.org/airace/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX owl:  <http://www.w3.org/2002/07/owl#>
      """;
  private static Graph graph;

  @BeforeAll
  static void load() {
    graph = new Union(Gazetteer.bundled().graph(), Bundled.ontology());
  }

  private static List<String> rows(String select) {
    List<String> rows = new ArrayList<>();
    try (QueryExecution qe =
        QueryExecution.model(ModelFactory.createModelForGraph(graph))
            .query(PREFIXES + select)
            .build()) {
      ResultSet results = qe.execSelect();
      while (results.hasNext()) {
        QuerySolution row = results.next();
        List<String> cells = new ArrayList<>();
        results.getResultVars().forEach(v -> cells.add(String.valueOf(row.get(v))));
        rows.add(String.join(" ", cells));
      }
    }
    return rows;
  }

  private static final String ACTORS =
      "?actor a ?class . VALUES ?class { race:Country race:Organization race:Person race:Project"
          + " race:Product }";

  @Test
  void atLeast150Actors() {
    assertThat(rows("SELECT DISTINCT ?actor WHERE { " + ACTORS + " }"))
        .hasSizeGreaterThanOrEqualTo(150);
  }

  @Test
  void everyActorIsNamedInEnglishAndGerman() {
    assertThat(
            rows(
                "SELECT ?actor ?language WHERE { "
                    + ACTORS
                    + " VALUES ?language { 'en' 'de' } FILTER NOT EXISTS { ?actor rdfs:label ?l"
                    + " FILTER(LANG(?l) = ?language) } }"))
        .isEmpty();
  }

  @Test
  void everyOrganisationIsBasedInACountryOfTheGazetteer() {
    assertThat(
            rows(
                "SELECT ?org WHERE { ?org a race:Organization . FILTER NOT EXISTS { ?org"
                    + " race:basedIn ?country . ?country a race:Country } FILTER(?org !="
                    + " <https://w3id.org/airace/resource/Airbus>) }"))
        .as("organisations without a country (Airbus was Franco-German, then European)")
        .isEmpty();
  }

  @Test
  void linksPointIntoWikidataAndDbpediaAndNeverTwoActorsShareOne() {
    assertThat(
            rows(
                "SELECT ?actor ?link WHERE { { ?actor owl:sameAs ?link FILTER(!STRSTARTS(STR(?link),"
                    + " 'http://www.wikidata.org/entity/Q')) } UNION { ?actor skos:exactMatch ?link"
                    + " FILTER(!STRSTARTS(STR(?link), 'http://dbpedia.org/resource/')) } }"))
        .isEmpty();
    assertThat(
            rows(
                "SELECT ?link WHERE { ?a owl:sameAs|skos:exactMatch ?link . ?b"
                    + " owl:sameAs|skos:exactMatch ?link . FILTER(?a != ?b) }"))
        .isEmpty();
  }

  @Test
  void noNameStandsForTwoActors() {
    Map<String, String> owner = new HashMap<>();
    List<String> shared = new ArrayList<>();
    for (Entity entity : Gazetteer.bundled().entities()) {
      for (String name : entity.names()) {
        String before = owner.putIfAbsent(name, entity.iri());
        if (before != null && !before.equals(entity.iri())) {
          shared.add(name + ": " + before + ", " + entity.iri());
        }
      }
    }
    assertThat(shared).isEmpty();
  }
}
