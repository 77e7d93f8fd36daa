package org.w3id.airace.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.airace.store.Store;

/**
 * The write alone, in one JVM, with no extraction and no parsing: the named graphs of an N-Quads
 * file (what {@code airace export} wrote) go into a fresh database three ways, which take turns
 * after one warm-up round: {@code Store.replace} (what {@code airace load} does: one write
 * transaction through the jena-text index, TDB2 and Lucene), the same quads added to TDB2 alone in
 * one transaction, and TDB2's bulk loader ({@code LoaderFactory.createLoader}, the default of
 * {@code tdb2.tdbloader}) fed the same quads.
 *
 * <pre>
 * bench/run write
 * java -cp target/airace.jar org.w3id.airace.bench.WriteBenchmark \
 *     --nquads /tmp/airace-bench/export-10000/airace.nq --runs 5 --work /tmp/airace-bench
 * </pre>
 */
public final class WriteBenchmark {
  private WriteBenchmark() {}

  public static void main(String[] args) {
    Options options =
        new Options("WriteBenchmark", Map.of("--nquads", "", "--runs", "5", "--work", ""), args);
    DatasetGraph source = RDFDataMgr.loadDatasetGraph(options.get("--nquads"));
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    source.listGraphNodes().forEachRemaining(name -> graphs.put(name, source.getGraph(name)));
    List<Quad> quads = new ArrayList<>();
    source.find().forEachRemaining(quads::add);
    Path work = Path.of(options.get("--work"));
    int runs = options.number("--runs", 1);
    System.out.printf(
        Locale.ROOT,
        "write: %d quads in %d named graphs, 1 warm-up round, %d measured%n",
        quads.size(),
        graphs.size(),
        runs);

    Map<String, Consumer<Path>> ways = new LinkedHashMap<>();
    ways.put(
        "Store.replace (TDB2 + text index, one transaction)",
        dir -> {
          try (Store store = Store.open(dir)) {
            store.replace(graphs);
          }
        });
    ways.put(
        "TDB2 alone, one transaction",
        dir -> {
          DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
          dsg.executeWrite(() -> quads.forEach(dsg::add));
          TDBInternal.expel(dsg);
        });
    ways.put(
        "TDB2 bulk loader (tdb2.tdbloader's default)",
        dir -> {
          DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
          DataLoader loader = LoaderFactory.createLoader(dsg, (format, values) -> {});
          loader.startBulk();
          quads.forEach(loader.stream()::quad);
          loader.finishBulk();
          TDBInternal.expel(dsg);
        });

    Map<String, List<Double>> times = new LinkedHashMap<>();
    ways.keySet().forEach(way -> times.put(way, new ArrayList<>()));
    for (int round = 0; round <= runs; round++) {
      int w = 0;
      for (Map.Entry<String, Consumer<Path>> way : ways.entrySet()) {
        Path dir = work.resolve("write-" + w++);
        Child.delete(dir);
        long t0 = System.nanoTime();
        way.getValue().accept(dir);
        double millis = (System.nanoTime() - t0) / 1e6;
        if (round > 0) {
          times.get(way.getKey()).add(millis);
        }
        Child.delete(dir);
      }
    }
    double bulk = Samples.median(times.get("TDB2 bulk loader (tdb2.tdbloader's default)"));
    System.out.println();
    System.out.println(
        "| way | median ms | quads/s | ratio to the bulk loader (quads/s) | runs ms |");
    System.out.println("|---|---:|---:|---:|---|");
    times.forEach(
        (way, ms) -> {
          double median = Samples.median(ms);
          System.out.printf(
              Locale.ROOT,
              "| %s | %.0f | %.0f | %.2f | %s |%n",
              way,
              median,
              quads.size() / median * 1000,
              bulk / median,
              Samples.all(ms));
        });
  }
}
