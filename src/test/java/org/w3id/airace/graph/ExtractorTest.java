package org.w3id.airace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.vocab.Nif;

class ExtractorTest {
  private static final String PREFIXES =
      """
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
      PREFIX race: <https://w3id.org/airace/ontology#>
      PREFIX schema: <http://schema.org/>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX dct: <http://purl.org/dc/terms/>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;
  private static Extractor extractor;
  private static ArticleGraph first;
  private static ArticleGraph firstWithWords;
  @TempDir Path dir;

  @BeforeAll
  static void extractFirstArticle() {
    extractor = Extractor.bundled();
    first = extractor.extract(Fixtures.FIRST_ARTICLE, Optional.empty());
    firstWithWords = extractor.withWords(true).extract(Fixtures.FIRST_ARTICLE, Optional.empty());
  }

  private static List<String> select(Graph graph, String query, String var) {
    List<String> values = new ArrayList<>();
    RowSet rows =
        QueryExec.graph(graph)
            .query(new ParameterizedSparqlString(PREFIXES + query).asQuery())
            .select();
    rows.forEachRemaining(row -> values.add(NodeFmtLib.strNT(row.get(var))));
    return values;
  }

  @Test
  void everyAnchorEqualsTheTextAtItsOffsets() {
    String text = firstWithWords.article().text();
    Graph graph = firstWithWords.graph();
    List<Triple> anchors = graph.find(Node.ANY, Nif.anchorOf, Node.ANY).toList();
    assertThat(anchors).hasSizeGreaterThan(400);
    for (Triple t : anchors) {
      int begin = intValue(graph, t.getSubject(), Nif.beginIndex);
      int end = intValue(graph, t.getSubject(), Nif.endIndex);
      assertThat(t.getObject().getLiteralLexicalForm()).isEqualTo(text.substring(begin, end));
      assertThat(t.getSubject().getURI()).endsWith("#char=" + begin + "," + end);
    }
  }

  @Test
  void theWordLayerIsOptionalAndChangesNothingElse() {
    Graph without = first.graph();
    Graph with = firstWithWords.graph();
    assertThat(without.contains(Node.ANY, RDF.type.asNode(), Nif.Word)).isFalse();
    assertThat(without.contains(Node.ANY, Nif.lemma, Node.ANY)).isFalse();
    List<Node> words =
        with.find(Node.ANY, RDF.type.asNode(), Nif.Word).mapWith(Triple::getSubject).toList();
    assertThat(words).hasSizeGreaterThan(400);
    for (Node word : words) {
      assertThat(with.contains(word, Nif.posTag, Node.ANY)).as("tag of %s", word).isTrue();
      assertThat(with.contains(word, Nif.lemma, Node.ANY)).as("lemma of %s", word).isTrue();
      assertThat(with.contains(word, Nif.sentence, Node.ANY)).as("sentence of %s", word).isTrue();
    }
    // Every triple without the words is there with them; every other triple with them is a word's.
    assertThat(without.find().filterDrop(with::contains).toList()).isEmpty();
    List<Triple> added = with.find().filterDrop(without::contains).toList();
    assertThat(added).hasSizeGreaterThan(without.size());
    assertThat(added).allSatisfy(t -> assertThat(words).contains(t.getSubject()));
  }

  @Test
  void theFirstArticleHasTheSentencesAReaderCounts() {
    assertThat(select(first.graph(), "SELECT ?s { ?s a nif:Sentence }", "s")).hasSize(20);
    assertThat(select(first.graph(), "SELECT ?p { ?p a nif:Paragraph }", "p")).hasSize(8);
    assertThat(select(first.graph(), "SELECT ?a { ?p a race:Byline ; nif:anchorOf ?a }", "a"))
        .containsExactly("\"Arnaud Bertrand\"");
  }

  @Test
  void articleIsDescribedAndTracedToItsContext() {
    List<String> creators =
        select(
            first.graph(),
            "SELECT ?c { ?a a race:Article ; dct:creator ?c ; race:text ?ctx . ?ctx a nif:Context }",
            "c");
    assertThat(creators).containsExactly("<https://w3id.org/airace/resource/Arnaud_Bertrand>");
    assertThat(first.name().getURI())
        .isEqualTo("https://w3id.org/airace/graph/article/wettlauf-ki");
  }

  @Test
  void mentionsAreLinkedAndTheRuleTracesThemToSentences() {
    List<String> entities =
        select(
            first.graph(), "SELECT DISTINCT ?e { ?m a race:Mention ; itsrdf:taIdentRef ?e }", "e");
    assertThat(entities).hasSize(7);
    List<String> traced =
        select(
            first.graph(),
            """
            SELECT DISTINCT ?e {
              ?a schema:mentions ?e .
              ?st a rdf:Statement ; rdf:subject ?a ; rdf:predicate schema:mentions ; rdf:object ?e ;
                  prov:wasDerivedFrom ?s ; race:extractedBy ?rule .
              ?s a nif:Sentence .
              ?m itsrdf:taIdentRef ?e ; nif:sentence ?s .
            }""",
            "e");
    assertThat(traced).containsExactlyInAnyOrderElementsOf(entities);
  }

  @Test
  void extractingTwiceGivesTheSameGraph() {
    ArticleGraph again = Extractor.bundled().extract(Fixtures.FIRST_ARTICLE, Optional.empty());
    assertThat(again.graph().isIsomorphicWith(first.graph())).isTrue();
    assertThat(again.graph().find().toList())
        .containsExactlyInAnyOrderElementsOf(first.graph().find().toList());
  }

  @Test
  void offsetsCountCodePointsNotUtf16Units() {
    Path file = Fixtures.write(dir, "emoji.txt", "Ein 🚀 Start für OpenAI. Dann folgt mehr.");
    ArticleGraph g = extractor.extract(file, Optional.of("de"));
    String iri = "https://w3id.org/airace/resource/article/emoji";
    List<String> mention =
        select(g.graph(), "SELECT ?m { ?m a race:Mention ; nif:anchorOf \"OpenAI\" }", "m");
    // "Ein 🚀 Start für " has 16 code points (17 UTF-16 units)
    assertThat(mention).containsExactly("<" + iri + "#char=16,22>");
  }

  @Test
  void anUnknownAuthorIsMintedAsAPersonInTheArticleGraph() {
    Path file =
        Fixtures.write(
            dir,
            "neu.md",
            "---\nauthor: Erika Mustermann\nlanguage: de\n---\nEin Satz über OpenAI.\n");
    ArticleGraph g = extractor.extract(file, Optional.empty());
    assertThat(select(g.graph(), "SELECT ?l { ?p a race:Person ; rdfs:label ?l }", "l"))
        .containsExactly("\"Erika Mustermann\"");
    assertThat(g.graph().contains(Node.ANY, RDF.type.asNode(), Nif.Sentence)).isTrue();
  }

  private static int intValue(Graph graph, Node subject, Node property) {
    Node value = graph.find(subject, property, Node.ANY).next().getObject();
    return Integer.parseInt(value.getLiteralLexicalForm());
  }
}
