package org.w3id.airace.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.w3id.airace.vocab.Race;

/**
 * The ontology ({@code ontology/airace.ttl} with {@code ontology/strategies.ttl}) is consistent and
 * every named class is satisfiable under HermiT, a complete OWL 2 DL reasoner. The SHACL shapes are
 * no part of it. The OWL API reads the ontology as RDF/XML written by Jena, because its own Turtle
 * parser needs the RDF4J and JSON-LD libraries the build leaves out.
 */
class OntologyConsistencyTest {
  static final List<Path> FILES =
      List.of(Path.of("ontology/airace.ttl"), Path.of("ontology/strategies.ttl"));

  @Test
  void ontologyIsConsistent() throws Exception {
    Reasoner reasoner = hermit(ontology());
    try {
      assertThat(reasoner.isConsistent()).as("HermiT finds the ontology consistent").isTrue();
    } finally {
      reasoner.dispose();
    }
  }

  @Test
  void everyNamedClassIsSatisfiable() throws Exception {
    Reasoner reasoner = hermit(ontology());
    try {
      OWLOntology owl = reasoner.getRootOntology();
      Set<String> raceClasses = iris(owl.classesInSignature().collect(Collectors.toSet()));
      // Not vacuous: the reasoner sees the ontology's classes.
      assertThat(raceClasses)
          .contains(
              Race.NS + "Actor", Race.NS + "Investment", Race.NS + "Claim", Race.NS + "Strategy");
      Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
      assertThat(iris(unsatisfiable)).as("unsatisfiable classes").isEmpty();
    } finally {
      reasoner.dispose();
    }
  }

  @Test
  void anIndividualThatIsBothPersonAndCountryMakesItInconsistent() throws Exception {
    Graph graph = ontology();
    Node broken = NodeFactory.createURI(Race.RESOURCE + "Broken");
    graph.add(broken, RDF.type.asNode(), Race.Person);
    graph.add(broken, RDF.type.asNode(), Race.Country);
    Reasoner reasoner = hermit(graph);
    try {
      assertThat(reasoner.isConsistent()).as("Person and Country are disjoint").isFalse();
    } finally {
      reasoner.dispose();
    }
  }

  @Test
  void aClassUnderTwoDisjointClassesIsReportedUnsatisfiable() throws Exception {
    Graph graph = ontology();
    Node chimera = NodeFactory.createURI(Race.NS + "ClaimingInvestment");
    graph.add(chimera, RDF.type.asNode(), OWL.Class.asNode());
    graph.add(chimera, RDFS.subClassOf.asNode(), NodeFactory.createURI(Race.NS + "Claim"));
    graph.add(chimera, RDFS.subClassOf.asNode(), NodeFactory.createURI(Race.NS + "Investment"));
    Reasoner reasoner = hermit(graph);
    try {
      assertThat(iris(reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()))
          .containsExactly(chimera.getURI());
    } finally {
      reasoner.dispose();
    }
  }

  /** The two ontology files as one Jena graph. */
  static Graph ontology() {
    Graph graph = GraphFactory.createDefaultGraph();
    FILES.forEach(file -> RDFDataMgr.read(graph, file.toString()));
    return graph;
  }

  private static Reasoner hermit(Graph graph) throws OWLOntologyCreationException {
    ByteArrayOutputStream rdfXml = new ByteArrayOutputStream();
    RDFDataMgr.write(rdfXml, graph, Lang.RDFXML);
    OWLOntology owl =
        OWLManager.createOWLOntologyManager()
            .loadOntologyFromOntologyDocument(new ByteArrayInputStream(rdfXml.toByteArray()));
    Configuration configuration = new Configuration();
    // xsd:gYear (the range of race:startYear and race:endYear) is not in the OWL 2 datatype map;
    // without this HermiT refuses the ontology. It then treats the datatype as opaque, which costs
    // nothing here: no axiom restricts the years.
    configuration.ignoreUnsupportedDatatypes = true;
    return new Reasoner(configuration, owl);
  }

  private static Set<String> iris(Set<OWLClass> classes) {
    return classes.stream().map(c -> c.getIRI().toString()).collect(Collectors.toSet());
  }
}
