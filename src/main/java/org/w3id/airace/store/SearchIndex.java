package org.w3id.airace.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index beside the database (Lucene, through jena-text): labels and alternative
 * labels, analysed by their language (German or English), and the text of every sentence ({@code
 * nif:anchorOf} of a {@code nif:Sentence}), so that SPARQL finds them with {@code text:query}:
 *
 * <pre>
 * PREFIX text: &lt;http://jena.apache.org/text#&gt;
 * SELECT ?s WHERE { ?s text:query (rdfs:label "DeepSeek") }
 * </pre>
 *
 * The index lives in {@code <db>/text-index}; it follows every write transaction of the database. A
 * database without one (made before the index existed) gets it built when it is opened.
 */
final class SearchIndex {
  static final String FOLDER = "text-index";
  static final Node ANCHOR =
      NodeFactory.createURI(
          "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf");

  static final Node SENTENCE =
      NodeFactory.createURI(
          "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence");

  /** The predicates whose objects are indexed wherever they stand. */
  private static final Set<Node> LABELS = Set.of(RDFS.label.asNode(), SKOS.altLabel.asNode());

  private SearchIndex() {}

  /**
   * True when this triple goes into the index: a label, an alternative label, or the text of a
   * sentence ({@code sentence} tells whether a node is a {@code nif:Sentence} in the triple's
   * graph). The texts of the other NIF strings (clauses, mentions, cues: eight in nine anchors) are
   * left out: the search shows sentences, and they only crowded its hits and the load's time. Only
   * the indexed triples need to be written through the indexing dataset, which looks each quad up
   * before it adds it and indexes it; the others go straight into TDB2, in the same transaction.
   */
  static boolean indexes(Triple triple, Predicate<Node> sentence) {
    Node predicate = triple.getPredicate();
    return LABELS.contains(predicate)
        || (predicate.equals(ANCHOR) && sentence.test(triple.getSubject()));
  }

  /** What is indexed, in which field: the labels, alternative labels and texts. */
  static EntityDefinition definition() {
    EntityDefinition definition =
        new EntityDefinition("uri", "label", "graph", RDFS.label.asNode());
    definition.set("altLabel", SKOS.altLabel.asNode());
    definition.set("text", ANCHOR);
    definition.setUidField("uid");
    definition.setLangField("lang");
    return definition;
  }

  /**
   * The analyzer of the texts, which carry no language (labels do, and go through the German or
   * English analyzer of theirs): lower case, German umlauts folded, then the German and the English
   * light stemmer, so "Investitionen" finds "Investition" and "costs" finds "cost".
   */
  private static Analyzer germanAndEnglish() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer("standard")
          .addTokenFilter("lowercase")
          .addTokenFilter("germanNormalization")
          .addTokenFilter("germanLightStem")
          .addTokenFilter("englishMinimalStem")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The database with its text index, built from its content when it had none. */
  static DatasetGraph attach(DatasetGraph tdb, Path directory) throws IOException {
    Path folder = directory.resolve(FOLDER);
    boolean fresh = !Files.isDirectory(folder);
    TextIndexConfig config = new TextIndexConfig(definition());
    config.setMultilingualSupport(true);
    // The analyzer of literals without a language: the texts (labels have one).
    config.setAnalyzer(germanAndEnglish());
    config.setValueStored(true);
    TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(folder), config);
    if (fresh) {
      build(tdb, index, config.getEntDef());
    }
    return TextDatasetFactory.create(tdb, index, true);
  }

  private static void build(DatasetGraph tdb, TextIndex index, EntityDefinition definition) {
    tdb.executeRead(
        () -> {
          for (Node predicate : Stream.concat(LABELS.stream(), Stream.of(ANCHOR)).toList()) {
            tdb.find(Node.ANY, Node.ANY, predicate, Node.ANY)
                .forEachRemaining(
                    quad -> {
                      boolean indexed =
                          indexes(
                              quad.asTriple(),
                              s -> tdb.contains(quad.getGraph(), s, RDF.type.asNode(), SENTENCE));
                      Entity entity =
                          indexed ? TextQueryFuncs.entityFromQuad(definition, quad) : null;
                      if (entity != null) {
                        index.addEntity(entity);
                      }
                    });
          }
        });
    index.commit();
  }
}
