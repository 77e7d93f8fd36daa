package org.w3id.airace.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Race;

/**
 * The dataset described in VoID and DCAT, computed from the database: its size (triples, entities,
 * distinct subjects and objects, properties, classes), a partition per class and per property, a
 * subset per named graph, the linksets to Wikidata ({@code owl:sameAs}) and DBpedia ({@code
 * skos:exactMatch}) with their counts, example resources, the SPARQL endpoint and the dumps, the
 * licence, and when the database last changed. The counting queries are {@code queries/void/}.
 *
 * <pre>{@code
 * Graph described = new DatasetDescription(store).describe(
 *     "http://localhost:3030/airace/sparql",
 *     List.of(new DatasetDescription.Dump("http://localhost:3030/airace", "application/n-quads")));
 * }</pre>
 */
public final class DatasetDescription {
  /** The dataset's IRI. */
  public static final String DATASET = "https://w3id.org/airace/dataset";

  /** The named graph the description has in a dump. */
  public static final Node GRAPH = NodeFactory.createURI(Race.GRAPH + "void");

  private static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
  private static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
  private static final String SKOS_EXACT_MATCH = "http://www.w3.org/2004/02/skos/core#exactMatch";

  /** A dump of the dataset: where it can be downloaded, and its media type. */
  public record Dump(String url, String mediaType) {}

  private final Store store;

  public DatasetDescription(Store store) {
    this.store = store;
  }

  /** The description, with this SPARQL endpoint (null: none) and these dumps. */
  public Graph describe(String sparqlEndpoint, List<Dump> dumps) {
    Graph g = GraphFactory.createDefaultGraph();
    Node dataset = NodeFactory.createURI(DATASET);
    add(g, dataset, RDF.type.asNode(), VOID.Dataset.asNode());
    add(g, dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
    add(g, dataset, DCTerms.title.asNode(), lang("airace: the argument about the AI race", "en"));
    add(g, dataset, DCTerms.title.asNode(), lang("airace: die Debatte um den KI-Wettlauf", "de"));
    add(
        g,
        dataset,
        DCTerms.description.asNode(),
        lang(
            "Articles about the AI race (German and English) as RDF: who pursues which strategy,"
                + " who invests how much in what, who is compared with whom, which past rivalry is"
                + " held up as an analogy, which claims are hedged — each fact traced to the"
                + " sentence and characters it came from (NIF 2.0, PROV-O).",
            "en"));
    add(g, dataset, DCTerms.license.asNode(), NodeFactory.createURI(LICENSE));
    add(
        g,
        dataset,
        DCTerms.rights.asNode(),
        lang(
            "The facts, annotations and entities are CC BY 4.0. The article texts remain their"
                + " authors' and are included to trace each fact to its sentence.",
            "en"));
    add(g, dataset, DCTerms.modified.asNode(), dateTime(lastModified()));
    add(g, dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(Race.RESOURCE));
    for (String vocabulary :
        List.of(
            Race.NS,
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            "http://www.w3.org/ns/prov#",
            "http://www.w3.org/2004/02/skos/core#",
            "http://schema.org/",
            "http://purl.org/dc/terms/")) {
      add(g, dataset, VOID.vocabulary.asNode(), NodeFactory.createURI(vocabulary));
    }
    if (sparqlEndpoint != null) {
      add(g, dataset, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(sparqlEndpoint));
    }
    for (Dump dump : dumps) {
      Node url = NodeFactory.createURI(dump.url());
      add(g, dataset, VOID.dataDump.asNode(), url);
      Node distribution = NodeFactory.createBlankNode();
      add(g, dataset, DCAT.distribution.asNode(), distribution);
      add(g, distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
      add(g, distribution, DCAT.downloadURL.asNode(), url);
      add(
          g,
          distribution,
          DCAT.mediaType.asNode(),
          NodeFactory.createLiteralString(dump.mediaType()));
      add(g, distribution, DCTerms.license.asNode(), NodeFactory.createURI(LICENSE));
    }

    DatasetGraph db = store.dataset();
    db.executeRead(
        () -> {
          Binding totals = rows("totals").get(0);
          for (String figure :
              List.of(
                  "triples",
                  "entities",
                  "distinctSubjects",
                  "distinctObjects",
                  "properties",
                  "classes")) {
            add(g, dataset, NodeFactory.createURI(VOID.NS + figure), totals.get(figure));
          }
          for (Binding row : rows("classes")) {
            Node partition = NodeFactory.createBlankNode();
            add(g, dataset, VOID.classPartition.asNode(), partition);
            add(g, partition, VOID._class.asNode(), row.get("class"));
            add(g, partition, VOID.entities.asNode(), row.get("n"));
          }
          for (Binding row : rows("properties")) {
            Node partition = NodeFactory.createBlankNode();
            add(g, dataset, VOID.propertyPartition.asNode(), partition);
            add(g, partition, VOID.property.asNode(), row.get("property"));
            add(g, partition, VOID.triples.asNode(), row.get("n"));
          }
          for (Binding row : rows("graphs")) {
            Node subset = row.get("graph");
            add(g, dataset, VOID.subset.asNode(), subset);
            add(g, subset, RDF.type.asNode(), VOID.Dataset.asNode());
            add(g, subset, VOID.triples.asNode(), row.get("n"));
          }
          for (Binding row : rows("linksets")) {
            linkset(g, dataset, row);
          }
          for (Binding row : rows("examples")) {
            add(g, dataset, VOID.exampleResource.asNode(), row.get("resource"));
          }
        });
    return g;
  }

  /** A linkset of the dataset to Wikidata or DBpedia, with its count. */
  private static void linkset(Graph g, Node dataset, Binding row) {
    String target = row.get("target").getLiteralLexicalForm();
    boolean wikidata = target.equals("wikidata");
    Node other =
        NodeFactory.createURI(wikidata ? "https://www.wikidata.org/" : "https://dbpedia.org/");
    add(g, other, RDF.type.asNode(), VOID.Dataset.asNode());
    add(
        g,
        other,
        VOID.sparqlEndpoint.asNode(),
        NodeFactory.createURI(
            wikidata ? "https://query.wikidata.org/sparql" : "https://dbpedia.org/sparql"));
    Node linkset = NodeFactory.createURI(DATASET + "#links-" + target);
    add(g, dataset, VOID.subset.asNode(), linkset);
    add(g, linkset, RDF.type.asNode(), VOID.Linkset.asNode());
    add(g, linkset, VOID.subjectsTarget.asNode(), dataset);
    add(g, linkset, VOID.objectsTarget.asNode(), other);
    add(
        g,
        linkset,
        VOID.linkPredicate.asNode(),
        NodeFactory.createURI(wikidata ? OWL_SAME_AS : SKOS_EXACT_MATCH));
    add(g, linkset, VOID.triples.asNode(), row.get("n"));
  }

  private List<Binding> rows(String name) {
    String file =
        name.equals("graphs")
            ? "queries/stats/triples-per-graph.rq"
            : "queries/void/" + name + ".rq";
    ParameterizedSparqlString query = new ParameterizedSparqlString(Bundled.read(file));
    return QueryExec.dataset(store.dataset()).query(query.asQuery()).select().materialize().stream()
        .toList();
  }

  /** When a file of the database last changed, to the second. */
  private Instant lastModified() {
    try (Stream<Path> files = Files.walk(store.directory())) {
      return files
          .filter(Files::isRegularFile)
          .map(DatasetDescription::modified)
          .max(Instant::compareTo)
          .orElse(Instant.EPOCH)
          .truncatedTo(ChronoUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant modified(Path file) {
    try {
      FileTime time = Files.getLastModifiedTime(file);
      return time.toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  private static Node lang(String text, String language) {
    return NodeFactory.createLiteralLang(text, language);
  }

  private static Node dateTime(Instant instant) {
    return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    if (o != null) {
      g.add(s, p, o);
    }
  }
}
