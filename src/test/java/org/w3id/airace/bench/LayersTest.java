package org.w3id.airace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.airace.bench.Layers.Layer;
import org.w3id.airace.store.Inference;

class LayersTest {
  private static final String TRIG =
      """
      PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
      PREFIX prov:   <http://www.w3.org/ns/prov#>
      PREFIX schema: <http://schema.org/>
      PREFIX dct:    <http://purl.org/dc/terms/>
      PREFIX race:   <https://w3id.org/airace/ontology#>
      PREFIX res:    <https://w3id.org/airace/resource/>
      PREFIX a:      <https://w3id.org/airace/resource/article/a#>

      GRAPH <https://w3id.org/airace/graph/entities> { res:OpenAI a race:Organization }
      GRAPH <https://w3id.org/airace/graph/article/a> {
        res:article\\/a dct:title "A" ; race:text <https://w3id.org/airace/resource/article/a#char=0,20> .
        <https://w3id.org/airace/resource/article/a#char=0,20> a nif:Context .
        res:OpenAI race:pursues race:Centralization .
        a:claim-1 a race:Prediction , race:Claim , schema:Claim ;
            race:claimedBy res:OpenAI ;
            prov:wasDerivedFrom <https://w3id.org/airace/resource/article/a#char=0,10> ;
            race:extractedBy <https://w3id.org/airace/rule/04-claims> .
        a:statement-1 a rdf:Statement ;
            rdf:subject res:OpenAI ; rdf:predicate race:pursues ; rdf:object race:Centralization ;
            prov:wasDerivedFrom <https://w3id.org/airace/resource/article/a#char=0,10> ;
            race:extractedBy <https://w3id.org/airace/rule/02-pursues> .
        <https://w3id.org/airace/resource/article/a#char=0,10> a nif:Sentence , race:ClaimUnit ,
              nif:RFC5147String ;
            nif:anchorOf "OpenAI bet" ; nif:beginIndex 0 ; race:agent res:OpenAI .
        <https://w3id.org/airace/resource/article/a#char=0,6> a nif:Word , nif:Phrase ,
              race:Mention , nif:RFC5147String ;
            nif:anchorOf "OpenAI" ; nif:posTag "PROPN" ; nif:lemma "OpenAI" ;
            itsrdf:taIdentRef res:OpenAI ;
            nif:sentence <https://w3id.org/airace/resource/article/a#char=0,10> .
        <https://w3id.org/airace/resource/article/a#char=7,10> a nif:Word , nif:RFC5147String ;
            nif:anchorOf "bet" ; nif:lemma "bet" .
      }
      """;

  private static Map<Layer, List<Quad>> layers;

  @BeforeAll
  static void sort() {
    DatasetGraph dataset = RDFParser.fromString(TRIG, Lang.TRIG).toDatasetGraph();
    layers = new Layers(Inference.bundled()).sort(dataset);
  }

  /** The triples of a layer as "subject-local predicate-local object-local", sorted. */
  private static List<String> of(Layer layer) {
    return layers.get(layer).stream()
        .map(
            q ->
                local(q.getSubject().toString())
                    + " "
                    + local(q.getPredicate().toString())
                    + " "
                    + local(q.getObject().toString()))
        .sorted()
        .toList();
  }

  private static String local(String iri) {
    return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
  }

  @Test
  void everyQuadGoesToExactlyOneLayer() {
    Map<Layer, Integer> sizes = new TreeMap<>();
    layers.forEach((layer, quads) -> sizes.put(layer, quads.size()));
    assertThat(sizes)
        .containsEntry(Layer.FIXED, 1)
        .containsEntry(Layer.FACTS, 4)
        .containsEntry(Layer.INFERRED, 2)
        .containsEntry(Layer.STATEMENTS, 6)
        .containsEntry(Layer.NODE_PROVENANCE, 2)
        .containsEntry(Layer.TEXT, 6)
        .containsEntry(Layer.ENTITY_MENTIONS, 6)
        .containsEntry(Layer.RULE_MENTIONS, 2)
        .containsEntry(Layer.TOKENS, 7);
    assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(36);
  }

  @Test
  void factsAreTheAssertedDomainTriplesAndTheClosureApart() {
    assertThat(of(Layer.FACTS))
        .containsExactly(
            "OpenAI pursues Centralization",
            "a title \"A\"",
            "claim-1 claimedBy OpenAI",
            "claim-1 type Prediction");
    assertThat(of(Layer.INFERRED)).containsExactly("claim-1 type Claim", "claim-1 type Claim");
    assertThat(of(Layer.NODE_PROVENANCE))
        .containsExactly("claim-1 extractedBy 04-claims", "claim-1 wasDerivedFrom char=0,10");
  }

  @Test
  void aSharedSpanKeepsItsOffsetsInTheMostNeededLayer() {
    // The word "OpenAI" is also a mention: only its word type, tag and lemma are the token layer's.
    assertThat(of(Layer.TOKENS))
        .containsExactly(
            "char=0,6 lemma \"OpenAI\"",
            "char=0,6 posTag \"PROPN\"",
            "char=0,6 type Word",
            "char=7,10 anchorOf \"bet\"",
            "char=7,10 lemma \"bet\"",
            "char=7,10 type RFC5147String",
            "char=7,10 type Word");
    assertThat(of(Layer.ENTITY_MENTIONS))
        .contains("char=0,6 anchorOf \"OpenAI\"", "char=0,6 taIdentRef OpenAI");
    // The sentence is also a claim unit: its type and agent are the rule input, the rest text.
    assertThat(of(Layer.RULE_MENTIONS))
        .containsExactly("char=0,10 agent OpenAI", "char=0,10 type ClaimUnit");
    assertThat(of(Layer.TEXT))
        .containsExactly(
            "a text char=0,20",
            "char=0,10 anchorOf \"OpenAI bet\"",
            "char=0,10 beginIndex \"0\"^^xsd:integer",
            "char=0,10 type RFC5147String",
            "char=0,10 type Sentence",
            "char=0,20 type Context");
  }
}
