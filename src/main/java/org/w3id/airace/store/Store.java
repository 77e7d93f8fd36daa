package org.w3id.airace.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.w3id.airace.resources.Bundled;

/**
 * The TDB2 database. Its default graph is the union of its named graphs, so a query without {@code
 * GRAPH} sees everything.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("run/tdb2"))) {
 *   store.replace(Map.of(graphName, graph));   // one write transaction
 *   store.triplesPerGraph();
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
  private final Path directory;
  private final DatasetGraph tdb;
  private final DatasetGraph dataset;

  private Store(Path directory, DatasetGraph tdb, DatasetGraph dataset) {
    this.directory = directory;
    this.tdb = tdb;
    this.dataset = dataset;
  }

  /** Opens (or creates) the database in {@code directory}. */
  public static Store open(Path directory) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new StoreException(
          directory + ": not a directory; --db must name a database directory");
    }
    try {
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory));
      dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
      DatasetGraph indexed;
      try {
        indexed = SearchIndex.attach(dsg, directory);
      } catch (java.io.IOException e) {
        TDBInternal.expel(dsg);
        throw new StoreException(
            directory
                + ": cannot open the text index "
                + SearchIndex.FOLDER
                + ": "
                + e.getMessage(),
            e);
      }
      indexed.getContext().set(TDB2.symUnionDefaultGraph, true);
      return new Store(directory, dsg, indexed);
    } catch (RuntimeException e) {
      String why = String.valueOf(e.getMessage());
      if (why.contains("lock")) {
        throw new StoreException(
            directory + ": the database is in use by another process (is 'airace serve' running?)",
            e);
      }
      throw new StoreException(directory + ": cannot open the database: " + why, e);
    }
  }

  public Path directory() {
    return directory;
  }

  /** The database with its text index, for the server and the queries. */
  public DatasetGraph dataset() {
    return dataset;
  }

  /** True when no named graph holds a triple. */
  public boolean isEmpty() {
    return dataset.calculateRead(() -> !dataset.find().hasNext());
  }

  /**
   * Replaces each of these named graphs with the given triples, all in one write transaction: a
   * reader sees either the old graphs or the new ones, and a failure leaves the old ones.
   */
  public void replace(Map<Node, Graph> graphs) {
    replace(graphs, ProgressListener.NONE);
  }

  /**
   * Replaces these named graphs in one write transaction as {@link #replace(Map)} does, telling
   * {@code progress} of each graph written; the commit comes after the last.
   */
  public void replace(Map<Node, Graph> graphs, ProgressListener progress) {
    progress.begin("writing", graphs.size(), "graphs");
    try {
      write(
          writer -> {
            graphs.forEach(
                (name, graph) -> {
                  writer.replace(name, graph);
                  progress.step();
                });
            return null;
          });
    } finally {
      progress.end();
    }
  }

  /** Writes graphs inside a {@link #write} transaction. */
  public interface Writer {
    /**
     * Replaces the named graph {@code name} with the triples of {@code graph}.
     *
     * @throws StoreException when the database cannot take them; the transaction is then aborted
     */
    void replace(Node name, Graph graph);
  }

  /**
   * Runs {@code work} in one write transaction and commits when it returns: a reader sees the
   * database as it was before or as it is after, never between. When {@code work} throws, the
   * transaction is aborted, the database is exactly as it was, and the exception goes on as it was
   * thrown.
   *
   * @throws StoreException when a graph cannot be written or the commit fails (rolled back)
   */
  public <T> T write(Function<Writer, T> work) {
    boolean[] worked = {false};
    try {
      return dataset.calculateWrite(
          () -> {
            T result = work.apply(this::put);
            worked[0] = true;
            return result;
          });
    } catch (RuntimeException e) {
      if (!worked[0]) {
        throw e;
      }
      throw new StoreException(directory + ": the load was rolled back: " + e.getMessage(), e);
    }
  }

  private void put(Node name, Graph graph) {
    try {
      clear(name);
      Predicate<Node> sentence = s -> graph.contains(s, RDF.type.asNode(), SearchIndex.SENTENCE);
      graph
          .find()
          .forEachRemaining(
              t ->
                  (SearchIndex.indexes(t, sentence) ? dataset : tdb)
                      .add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    } catch (RuntimeException e) {
      throw new StoreException(directory + ": the load was rolled back: " + e.getMessage(), e);
    }
  }

  /** Removes these named graphs in one write transaction. */
  public void remove(Collection<Node> names) {
    dataset.executeWrite(() -> names.forEach(this::clear));
  }

  /**
   * Empties a named graph, inside the caller's write transaction: through the text index, so its
   * entries go too, then in TDB2 itself, by node ids. The second step removes what the first
   * misses: a literal TDB2 keeps in another form than it was written ({@code
   * "500000000000"^^xsd:decimal} comes back as {@code "500000000000.0"}) cannot be deleted by the
   * form it comes back in, as the index's removal (and TDB2's own {@code deleteAny}) do.
   */
  private void clear(Node name) {
    dataset.removeGraph(name);
    tdb.removeGraph(name);
  }

  /** The number of triples in each named graph, largest first. */
  public Map<String, Long> triplesPerGraph() {
    return counts("queries/stats/triples-per-graph.rq", "graph");
  }

  /** The number of distinct instances of each class, over all graphs, largest first. */
  public Map<String, Long> instancesPerClass() {
    return counts("queries/stats/instances-per-class.rq", "class");
  }

  /**
   * The actors: how many there are, how many have an English and a German label, a Wikidata and a
   * DBpedia link (keys "actors", "bilingual", "wikidata", "dbpedia").
   */
  public Map<String, Long> actorFigures() {
    ParameterizedSparqlString query =
        new ParameterizedSparqlString(Bundled.read("queries/stats/actors.rq"));
    return dataset.calculateRead(
        () -> {
          Map<String, Long> figures = new LinkedHashMap<>();
          RowSet rows = QueryExec.dataset(dataset).query(query.asQuery()).select();
          var row = rows.next();
          for (String key : new String[] {"actors", "bilingual", "wikidata", "dbpedia"}) {
            figures.put(key, ((Number) row.get(key).getLiteralValue()).longValue());
          }
          return figures;
        });
  }

  private Map<String, Long> counts(String queryFile, String keyVar) {
    ParameterizedSparqlString query = new ParameterizedSparqlString(Bundled.read(queryFile));
    return dataset.calculateRead(
        () -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          RowSet rows = QueryExec.dataset(dataset).query(query.asQuery()).select();
          rows.forEachRemaining(
              row ->
                  counts.put(
                      row.get(keyVar).toString(),
                      ((Number) row.get("n").getLiteralValue()).longValue()));
          return counts;
        });
  }

  @Override
  public void close() {
    dataset.close();
    TDBInternal.expel(tdb);
  }
}
