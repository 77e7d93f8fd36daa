package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.airace.Fixtures;
import org.w3id.airace.store.Loader;
import org.w3id.airace.vocab.Race;

class OntologyPageTest {
  private static final List<String> STRATEGIES = Fixtures.STRATEGIES;
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
  private static final Pattern HREF = Pattern.compile(" href=\"#([^\"]+)\"");

  private static Graph ontology;
  private static String page;

  @BeforeAll
  static void render() {
    ontology = Loader.ontology();
    page = OntologyPage.bundled();
  }

  @Test
  void everyClassAndPropertyHasAnAnchorNamedAfterItsLocalName() {
    List<String> missing = new ArrayList<>();
    for (Node type :
        List.of(
            OWL.Class.asNode(),
            OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(),
            OWL.AnnotationProperty.asNode())) {
      ontology
          .find(Node.ANY, RDF.type.asNode(), type)
          .mapWith(t -> t.getSubject())
          .filterKeep(s -> s.isURI() && s.getURI().startsWith(Race.NS))
          .forEach(
              term -> {
                if (!page.contains("<article class=\"term\" id=\"" + term.getLocalName() + "\">")) {
                  missing.add("race:" + term.getLocalName());
                }
              });
    }
    assertThat(missing).as("terms without an entry").isEmpty();
    assertThat(page).contains("id=\"Investment\"", "id=\"pursues\"", "id=\"startYear\"");
  }

  @Test
  void everyRaceTermHasExactlyOneAnchorAndEveryInternalLinkResolves() {
    List<String> ids = all(ID, page);
    assertThat(ids).doesNotHaveDuplicates();
    Set<String> terms = new HashSet<>();
    ontology
        .find()
        .mapWith(t -> t.getSubject())
        .filterKeep(s -> s.isURI() && s.getURI().startsWith(Race.NS))
        .forEach(s -> terms.add(s.getLocalName()));
    assertThat(ids).containsAll(terms);
    assertThat(Set.copyOf(ids)).containsAll(all(HREF, page));
  }

  @Test
  void investmentIsLabelledAndDefinedInGermanAndEnglish() {
    String entry = entry("Investment");
    assertThat(entry)
        .contains("<div class=\"lang\" lang=\"en\">")
        .contains("<p class=\"label\">Investment</p>")
        .contains("<div class=\"lang\" lang=\"de\">")
        .contains("<p class=\"label\">Investition</p>")
        .contains("Geld, das ein Akteur ausgibt")
        .contains("Money that an actor spends")
        .contains("<a href=\"#investor\"");
    assertThat(entry.indexOf("lang=\"en\"")).isLessThan(entry.indexOf("lang=\"de\""));
  }

  @Test
  void strategiesSectionHasAllFifteenStrategiesWithBroaderAndOpposingLinks() {
    String section = section("strategies");
    for (String strategy : STRATEGIES) {
      assertThat(section).contains("<article class=\"term\" id=\"" + strategy + "\">");
    }
    assertThat(section).contains("<article class=\"term\" id=\"StrategyScheme\">");
    for (String strategy : STRATEGIES) {
      Node term = OntologyView.race(strategy);
      String entry = entry(strategy);
      ontology
          .find(term, SKOS.broader.asNode(), Node.ANY)
          .forEach(
              t ->
                  assertThat(row(entry, "Broader"))
                      .contains("href=\"#" + t.getObject().getLocalName() + "\""));
      ontology
          .find(term, OntologyView.race("opposes"), Node.ANY)
          .forEach(
              t ->
                  assertThat(row(entry, "Opposes"))
                      .contains("href=\"#" + t.getObject().getLocalName() + "\""));
    }
    assertThat(row(entry("OpenRelease"), "Broader")).contains("href=\"#Decentralization\"");
    assertThat(row(entry("OpenRelease"), "Opposes")).contains("href=\"#ProprietaryControl\"");
    assertThat(row(entry("Centralization"), "Narrower"))
        .contains(
            "href=\"#ProprietaryControl\"",
            "href=\"#CompetitiveMoat\"",
            "href=\"#VerticalIntegration\"");
    assertThat(entry("CompetitiveMoat")).contains("Geldgraben", "Money moat");
  }

  @Test
  void fixedIndividualsHaveTheirOwnSections() {
    assertThat(section("outcome-types"))
        .contains(
            "id=\"MarketDominance\"", "id=\"ProfitableNiche\"", "id=\"Parity\"", "id=\"Decline\"");
    assertThat(section("comparison-dimensions"))
        .contains("id=\"Cost\"", "id=\"Performance\"", "id=\"Resources\"");
    assertThat(section("certainty-values")).contains("id=\"Asserted\"", "id=\"Hedged\"");
  }

  @Test
  void propertiesShowDomainRangeAndCharacteristics() {
    String opposes = entry("opposes");
    assertThat(row(opposes, "Domain")).contains("href=\"#Strategy\"");
    assertThat(row(opposes, "Range")).contains("href=\"#Strategy\"");
    assertThat(row(opposes, "Characteristics")).contains("symmetric", "irreflexive");
    assertThat(row(opposes, "Subproperty of"))
        .contains("href=\"http://www.w3.org/2004/02/skos/core#related\"", "skos:related");
    assertThat(row(entry("contrastsWith"), "Characteristics")).contains("symmetric");
    assertThat(row(entry("amount"), "Characteristics")).contains("functional");
    assertThat(row(entry("startYear"), "Range")).contains("xsd:gYear");
  }

  @Test
  void classesShowTheirHierarchyAndAlignments() {
    String country = entry("Country");
    assertThat(row(country, "Subclass of"))
        .contains("href=\"#Actor\"", "href=\"http://schema.org/Country\"");
    assertThat(row(entry("Actor"), "Subclasses"))
        .contains(
            "href=\"#Country\"", "href=\"#Organization\"", "href=\"#Person\"", "href=\"#Project\"");
    assertThat(section("overview")).contains("<ul class=\"tree\">", "href=\"#Actor\"");
  }

  @Test
  void overviewConnectsDomainsToRangesThroughObjectProperties() {
    String overview = section("overview");
    assertThat(overview)
        .containsPattern(
            "<tr><td><a href=\"#Actor\"[^>]*><code>Actor</code></a></td><td><a href=\"#pursues\""
                + "[^>]*><code>pursues</code></a>.*</td><td><a href=\"#Strategy\"");
  }

  @Test
  void headerShowsTheOntologysMetadata() {
    assertThat(page)
        .contains("<title>airace ontology")
        .contains("https://w3id.org/airace/ontology/")
        .contains("https://creativecommons.org/licenses/by/4.0/")
        .contains("<code>race:</code>")
        .contains("airace contributors")
        .contains("<summary>Change notes");
  }

  @Test
  void pageIsSelfContained() {
    assertThat(page).doesNotContain("<script", "<link ", " src=\"", "@import", "url(");
    assertThat(page).startsWith("<!doctype html>").contains("<style>").endsWith("</html>\n");
  }

  @Test
  void textIsEscaped() {
    Graph graph =
        RDFParser.fromString(
                """
                @prefix race: <https://w3id.org/airace/ontology#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                race:Thing a owl:Class ;
                  rdfs:label "<script>alert('x')</script> & \\"quoted\\""@en ;
                  skos:definition "a < b && c > d, see race:Thing"@en .
                """,
                Lang.TURTLE)
            .toGraph();
    String html = OntologyPage.render(graph);
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
        .contains("a &lt; b &amp;&amp; c &gt; d, see <a href=\"#Thing\"");
  }

  @Test
  void shapesAreListedWhenTheGraphHasThem() {
    Graph graph = Loader.ontology();
    RDFParser.fromString(
            """
            @prefix race: <https://w3id.org/airace/ontology#> .
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            <https://example.org/shapes#InvestmentShape> a sh:NodeShape ;
              sh:targetClass race:Investment ;
              sh:property [ sh:path race:investor ; sh:minCount 1 ] ;
              sh:description "An investment has an investor."@en .
            """,
            Lang.TURTLE)
        .parse(graph);
    String shapes = section(OntologyPage.render(graph), "shapes");
    assertThat(shapes)
        .contains("https://example.org/shapes#InvestmentShape")
        .contains("href=\"#Investment\"", "href=\"#investor\"")
        .contains("An investment has an investor.");
  }

  @Test
  void sameOntologyGivesTheSameBytes() {
    assertThat(OntologyPage.render(OntologyPage.sources())).isEqualTo(page);
  }

  @Test
  void committedPageIsTheOneTheOntologyGives() throws IOException {
    assertThat(Files.readString(OntologyPage.DOCS, StandardCharsets.UTF_8))
        .as("docs/ontology.html is stale: run mvn process-classes (any build) and commit it")
        .isEqualTo(page);
  }

  private static String entry(String localName) {
    String start = "<article class=\"term\" id=\"" + localName + "\">";
    int from = page.indexOf(start);
    assertThat(from).as("entry of " + localName).isNotNegative();
    return page.substring(from, page.indexOf("</article>", from));
  }

  private static String section(String id) {
    return section(page, id);
  }

  private static String section(String html, String id) {
    String start = "<section class=\"part\" id=\"" + id + "\">";
    int from = html.indexOf(start);
    assertThat(from).as("section " + id).isNotNegative();
    return html.substring(from, html.indexOf("</section>", from));
  }

  private static String row(String entry, String title) {
    String start = "<dt>" + title + "</dt><dd>";
    int from = entry.indexOf(start);
    assertThat(from).as("row " + title).isNotNegative();
    return entry.substring(from, entry.indexOf("</dd>", from));
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
