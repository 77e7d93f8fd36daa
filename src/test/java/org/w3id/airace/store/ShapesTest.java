package org.w3id.airace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.vocab.Nif;
import org.w3id.airace.vocab.Race;

class ShapesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/shapes");
  private static final String RSH = "https://w3id.org/airace/shapes#";
  private static final String FIXTURE = "https://w3id.org/airace/resource/article/shapes-fixture#";

  private static Extractor extractor;
  private static Validator validator;
  private static Graph ontology;
  private static Inference inference;
  private static Graph entities;

  @BeforeAll
  static void setUp() {
    extractor = Extractor.bundled();
    validator = Validator.bundled();
    ontology = Loader.ontology();
    inference = Inference.of(ontology);
    entities = inference.apply(extractor.gazetteer().graph());
  }

  /** A fixture with the shared text layer, closed as the loader closes an article, validated. */
  private static ValidationReport validateFixture(String name) {
    Graph data = GraphFactory.createDefaultGraph();
    RDFDataMgr.read(data, FIXTURES.resolve("text.ttl").toString());
    RDFDataMgr.read(data, FIXTURES.resolve(name).toString());
    return validator.validate(name, inference.apply(data), entities, ontology);
  }

  @Test
  void shapesParseAndCoverEveryKindOfFact() {
    List<String> targeted =
        validator.parsed().getTargetShapes().stream()
            .map(Shape::getShapeNode)
            .map(Node::getURI)
            .toList();
    assertThat(targeted)
        .containsExactlyInAnyOrder(
            RSH + "InvestmentShape",
            RSH + "RivalryShape",
            RSH + "OutcomeShape",
            RSH + "HistoricalAnalogyShape",
            RSH + "ComparisonShape",
            RSH + "ClaimShape",
            RSH + "TruthyStatementShape",
            RSH + "PursuesShape",
            RSH + "ActorShape",
            RSH + "MentionShape",
            RSH + "ContextShape",
            RSH + "StringShape");
  }

  @Test
  void shapesAreNotPartOfTheOntologyGraph() {
    Node shapesOntology = NodeFactory.createURI("https://w3id.org/airace/shapes");
    assertThat(Validator.shapes().contains(shapesOntology, RDF.type.asNode(), Node.ANY)).isTrue();
    assertThat(ontology.contains(shapesOntology, Node.ANY, Node.ANY)).isFalse();
    assertThat(ontology.contains(Node.ANY, Node.ANY, NodeFactory.createURI(RSH + "ActorShape")))
        .isFalse();
  }

  @Test
  void theFirstArticleAndTheEntitiesConform() {
    Loader.Staged staged =
        Loader.stage(extractor, validator, List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
    assertThat(staged.reports())
        .extracting(ValidationReport::source)
        .containsExactly(Loader.ENTITIES_SOURCE, Fixtures.FIRST_ARTICLE.toString());
    assertThat(staged.reports()).allSatisfy(r -> assertThat(r.violations()).as(r.text()).isEmpty());
  }

  @Test
  void aWrongAnchorOfAWordInTheFirstArticleIsFoundWithItsSentence() {
    Graph article = firstArticle(extractor.withWords(true));
    Triple word =
        article
            .find(Node.ANY, RDF.type.asNode(), Nif.Word)
            .mapWith(t -> article.find(t.getSubject(), Nif.anchorOf, Node.ANY).next())
            .next();
    Node sentence = article.find(word.getSubject(), Nif.sentence, Node.ANY).next().getObject();
    String sentenceText =
        article.find(sentence, Nif.anchorOf, Node.ANY).next().getObject().getLiteralLexicalForm();
    String wrong = word.getObject().getLiteralLexicalForm() + "x";
    article.delete(word);
    article.add(word.getSubject(), Nif.anchorOf, NodeFactory.createLiteralString(wrong));

    ValidationReport report = validator.validate("changed", article, entities, ontology);

    assertThat(report.violations())
        .extracting(
            ValidationReport.Violation::label,
            ValidationReport.Violation::shape,
            ValidationReport.Violation::sentence)
        .containsExactly(tuple(wrong, "rsh:String-anchorText", Optional.of(sentenceText)));
  }

  @Test
  void aMentionFactWithoutItsStatementInTheFirstArticleIsFound() {
    Graph article = firstArticle();
    Node mentions = NodeFactory.createURI("http://schema.org/mentions");
    Triple fact = article.find(Node.ANY, mentions, Node.ANY).next();
    for (Node statement :
        article
            .find(Node.ANY, RDF.subject.asNode(), fact.getSubject())
            .mapWith(Triple::getSubject)
            .filterKeep(s -> article.contains(s, RDF.predicate.asNode(), mentions))
            .filterKeep(s -> article.contains(s, RDF.object.asNode(), fact.getObject()))
            .toList()) {
      article.remove(statement, Node.ANY, Node.ANY);
    }

    ValidationReport report = validator.validate("changed", article, entities, ontology);

    assertThat(report.violations())
        .extracting(
            ValidationReport.Violation::shape,
            ValidationReport.Violation::path,
            ValidationReport.Violation::value)
        .containsExactly(
            tuple(
                "rsh:TruthyStatementShape",
                "schema:mentions",
                Optional.of("res:" + fact.getObject().getLocalName())));
  }

  @Test
  void handMadeFactsOfEveryKindConform() {
    ValidationReport report = validateFixture("valid-facts.ttl");
    assertThat(report.violations()).as(report.text()).isEmpty();
    assertThat(report.text()).isEqualTo("valid-facts.ttl: conforms to the shapes\n");
  }

  static Stream<Arguments> brokenFixtures() {
    return Stream.of(
        Arguments.of(
            "investment-without-amount.ttl",
            List.of(tuple("Stargate-Investition", "rsh:Investment-amount", "race:amount", true))),
        Arguments.of(
            "investment-bad-currency.ttl",
            List.of(tuple("Stargate-Investition", "rsh:Investment-amount", "race:amount", true))),
        Arguments.of(
            "claim-without-sentence.ttl",
            List.of(
                tuple(
                    "Offene Modelle sind billiger",
                    "rsh:DerivedFromSentence",
                    "prov:wasDerivedFrom",
                    false))),
        Arguments.of(
            "rivalry-one-participant.ttl",
            List.of(
                tuple(
                    "Apple gegen sich selbst",
                    "rsh:Rivalry-participants",
                    "race:participant",
                    true),
                tuple("Apple gegen sich selbst", "rsh:Rivalry-period", "race:endYear", true))),
        Arguments.of(
            "pursues-without-statement.ttl",
            List.of(tuple("DeepSeek", "rsh:TruthyStatementShape", "race:pursues", false))),
        Arguments.of(
            "word-anchor-mismatch.ttl",
            List.of(tuple("Euro", "rsh:String-anchorText", "nif:anchorOf", true))),
        Arguments.of(
            "span-outside-context.ttl",
            List.of(
                tuple(
                    "<" + FIXTURE + "char=120,130>", "rsh:String-offsets", "nif:endIndex", false))),
        Arguments.of(
            "span-without-context.ttl",
            List.of(tuple("investiert", "rsh:String-offsets", "nif:endIndex", false))),
        Arguments.of(
            "context-wrong-length.ttl",
            List.of(
                tuple(
                    "<https://w3id.org/airace/resource/article/short#char=0,10>",
                    "rsh:Context-offsets",
                    "nif:endIndex",
                    false))),
        Arguments.of(
            "analogy-mapping-outside-rivalries.ttl",
            List.of(
                tuple(
                    "Verdrehte Analogie",
                    "rsh:HistoricalAnalogy-mappingSource",
                    "race:hasMapping",
                    true),
                tuple(
                    "Verdrehte Analogie",
                    "rsh:HistoricalAnalogy-mappingTarget",
                    "race:hasMapping",
                    true))),
        Arguments.of(
            "comparison-bad-dimension-and-ratio.ttl",
            List.of(
                tuple("DeepSeek gegen OpenAI", "rsh:Comparison-dimension", "race:dimension", true),
                tuple("DeepSeek gegen OpenAI", "rsh:Comparison-ratio", "race:ratio", true))),
        Arguments.of(
            "outcome-without-type.ttl",
            List.of(
                tuple(
                    "[ a race:Outcome ; prov:wasDerivedFrom <"
                        + FIXTURE
                        + "char=58,124> ; race:outcomeFor res:Apple ]",
                    "rsh:Outcome-type",
                    "race:outcomeType",
                    true))),
        Arguments.of(
            "actor-without-label.ttl",
            List.of(tuple("res:Nameless_Author", "rsh:Actor-label", "rdfs:label", false))),
        Arguments.of(
            "mention-two-entities.ttl",
            List.of(tuple("OpenAI", "rsh:Mention-entity", "itsrdf:taIdentRef", true))));
  }

  /** Each expected violation: the focus node's label, the shape, the path, has a sentence. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFixtures")
  void brokenFixtureIsReportedWithLabelAndShape(
      String fixture, List<org.assertj.core.groups.Tuple> expected) {
    ValidationReport report = validateFixture(fixture);
    assertThat(report.conforms()).isFalse();
    assertThat(report.violations())
        .as(report.text())
        .extracting(
            ValidationReport.Violation::label,
            ValidationReport.Violation::shape,
            ValidationReport.Violation::path,
            v -> v.sentence().isPresent())
        .containsExactlyElementsOf(expected);
    for (ValidationReport.Violation v : report.violations()) {
      assertThat(report.text())
          .contains(v.label())
          .contains(v.shapeLabel() + " (" + v.shape() + ")")
          .contains(v.message());
    }
  }

  @Test
  void reportTextHasOneBlockPerViolation() {
    ValidationReport report = validateFixture("investment-without-amount.ttl");
    assertThat(report.text())
        .isEqualTo(
            """
            investment-without-amount.ttl: 1 violation of the shapes

              violation 1 of 1
                focus:    "Stargate-Investition" <%sinvestment>
                path:     race:amount
                message:  An investment has exactly one race:amount, a schema:MonetaryAmount with\
             one schema:value (xsd:decimal) and one schema:currency (a three-letter ISO 4217 code\
             such as "USD").
                shape:    investment: one amount (rsh:Investment-amount)
                rule:     sh:MinCountConstraintComponent
                sentence: "OpenAI investiert 500 Milliarden Dollar in Rechenzentren."
            """
                .formatted(FIXTURE));
  }

  @Test
  void theValueOfABrokenAmountIsShownWithItsProperties() {
    ValidationReport report = validateFixture("investment-bad-currency.ttl");
    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.value())
                    .contains(
                        "[ a schema:MonetaryAmount ; schema:currency \"Dollar\" ;"
                            + " schema:value \"500000000000\"^^xsd:decimal ]"));
  }

  private static Graph firstArticle() {
    return firstArticle(extractor);
  }

  private static Graph firstArticle(Extractor extractor) {
    Graph graph = GraphFactory.createDefaultGraph();
    inference
        .apply(extractor.extract(Fixtures.FIRST_ARTICLE, Optional.empty()))
        .graph()
        .find()
        .forEachRemaining(graph::add);
    assertThat(graph.contains(Node.ANY, RDF.type.asNode(), Race.Article)).isTrue();
    return graph;
  }
}
