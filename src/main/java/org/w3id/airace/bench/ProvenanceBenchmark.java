package org.w3id.airace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.w3id.airace.bench.Layers.Layer;
import org.w3id.airace.mention.Gazetteer;
import org.w3id.airace.store.Inference;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.Store;
import org.w3id.airace.store.Validator;
import org.w3id.airace.vocab.Nif;
import org.w3id.airace.vocab.Race;

/**
 * What the provenance costs: every quad of an airace N-Quads export (or of {@code airace extract
 * --format nq}) sorted into its {@link Layers layer} — facts, their inferred closure, statement and
 * node provenance, the NIF text, the mentions and the tokens — with the triples per fact of each;
 * then the same dataset written into fresh TDB2 databases without some of the layers, in one JVM,
 * with {@code Store.replace} (what {@code airace load} does, the text index included) and with
 * TDB2's bulk loader as reference, the variants and the two ways taking turns after one warm-up
 * write of the whole dataset each way, and the medians set beside those of the facts alone. Before
 * that, each variant's answers to the queries of {@code queries/cq} and {@code queries/pages} and
 * its SHACL violations are set beside those of the whole dataset, on one article graph: what a
 * variant drops without changing an answer is what the queries do not need.
 *
 * <p>A fact is one triple of {@link Layer#FACTS}: a domain triple an article graph asserts, not
 * derived by the ontology's axioms. The ontology and entities graphs are in every variant (the
 * queries need them, and they do not grow with the articles).
 *
 * <pre>
 * bench/run provenance
 * java -cp target/airace.jar org.w3id.airace.bench.ProvenanceBenchmark \
 *     --nquads /tmp/airace-bench/export-100000/airace.nq --queries queries --runs 3 \
 *     --work /tmp/airace-bench
 * </pre>
 *
 * <p>With {@code --runs 0} it writes nothing: it sorts, counts and checks the answers.
 */
public final class ProvenanceBenchmark {
  private ProvenanceBenchmark() {}

  /** The variants written, each the layers it keeps; the last is the reference. */
  private static final Map<String, Set<Layer>> VARIANTS = new LinkedHashMap<>();

  static {
    Set<Layer> all = EnumSet.allOf(Layer.class);
    Set<Layer> noTokens = EnumSet.complementOf(EnumSet.of(Layer.TOKENS));
    Set<Layer> queried = EnumSet.complementOf(EnumSet.of(Layer.TOKENS, Layer.RULE_MENTIONS));
    Set<Layer> statements =
        EnumSet.of(
            Layer.FACTS, Layer.INFERRED, Layer.STATEMENTS, Layer.NODE_PROVENANCE, Layer.FIXED);
    Set<Layer> facts = EnumSet.of(Layer.FACTS, Layer.INFERRED, Layer.FIXED);
    VARIANTS.put("everything", all);
    VARIANTS.put("without the tokens", noTokens);
    VARIANTS.put("without the tokens and the rule input", queried);
    VARIANTS.put("facts + statement and node provenance (no text layers)", statements);
    VARIANTS.put("facts only", facts);
  }

  public static void main(String[] args) {
    Options options =
        new Options(
            "ProvenanceBenchmark",
            Map.of("--nquads", "", "--runs", "3", "--work", ".", "--queries", "queries"),
            args);
    DatasetGraph source = RDFDataMgr.loadDatasetGraph(options.get("--nquads"));
    Map<Layer, List<Quad>> layers = new Layers(Inference.bundled()).sort(source);
    int runs = options.number("--runs", 0);
    printLayers(layers);
    printAnswers(layers, Path.of(options.get("--queries")));
    if (runs > 0) {
      printWrites(layers, Path.of(options.get("--work")), runs);
    }
  }

  private static int count(Map<Layer, List<Quad>> layers, Set<Layer> which) {
    return which.stream().mapToInt(l -> layers.get(l).size()).sum();
  }

  private static void printLayers(Map<Layer, List<Quad>> layers) {
    int all = count(layers, EnumSet.allOf(Layer.class));
    int articles = all - layers.get(Layer.FIXED).size();
    double facts = layers.get(Layer.FACTS).size();
    long statements =
        layers.get(Layer.STATEMENTS).stream()
            .filter(q -> q.getPredicate().getURI().endsWith("#subject"))
            .count();
    System.out.printf(
        Locale.ROOT,
        "provenance: %d quads, %d of them in the article graphs: %.0f facts, %d rdf:Statements%n",
        all,
        articles,
        facts,
        statements);
    System.out.println();
    System.out.println("| layer | triples | share of the article graphs | triples per fact |");
    System.out.println("|---|---:|---:|---:|");
    for (Layer layer : Layer.values()) {
      int n = layers.get(layer).size();
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %s | %s |%n",
          layer.title,
          n,
          layer == Layer.FIXED ? "" : String.format(Locale.ROOT, "%.1f %%", 100.0 * n / articles),
          layer == Layer.FIXED ? "" : String.format(Locale.ROOT, "%.2f", n / facts));
    }
    System.out.println();
    Set<Layer> strict =
        EnumSet.of(Layer.STATEMENTS, Layer.NODE_PROVENANCE, Layer.TEXT, Layer.ENTITY_MENTIONS);
    Set<Layer> withRules = EnumSet.copyOf(strict);
    withRules.add(Layer.RULE_MENTIONS);
    Set<Layer> withTokens = EnumSet.copyOf(withRules);
    withTokens.add(Layer.TOKENS);
    System.out.println("| provenance triples per fact | triples | per fact |");
    System.out.println("|---|---:|---:|");
    perFact("statements alone", EnumSet.of(Layer.STATEMENTS), layers, facts);
    perFact(
        "strict: statements, node provenance, sentences, entity mentions", strict, layers, facts);
    perFact("strict + rule input (cues, quantities, clauses)", withRules, layers, facts);
    perFact(
        "strict + rule input + tokens (all but the facts and their closure)",
        withTokens,
        layers,
        facts);
  }

  private static void perFact(
      String title, Set<Layer> which, Map<Layer, List<Quad>> layers, double facts) {
    int n = count(layers, which);
    System.out.printf(Locale.ROOT, "| %s | %d | %.2f |%n", title, n, n / facts);
  }

  private static void printWrites(Map<Layer, List<Quad>> layers, Path work, int runs) {
    Map<String, Map<Node, Graph>> datasets = new LinkedHashMap<>();
    VARIANTS.forEach((name, keep) -> datasets.put(name, dataset(layers, keep)));
    Map<String, BiConsumer<Path, Map<Node, Graph>>> ways = new LinkedHashMap<>();
    ways.put(
        "Store.replace",
        (dir, graphs) -> {
          try (Store store = Store.open(dir)) {
            store.replace(graphs);
          }
        });
    ways.put(
        "bulk loader",
        (dir, graphs) -> {
          DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
          DataLoader loader = LoaderFactory.createLoader(dsg, (format, values) -> {});
          loader.startBulk();
          graphs.forEach(
              (name, graph) ->
                  graph.find().forEachRemaining(t -> loader.stream().quad(new Quad(name, t))));
          loader.finishBulk();
          TDBInternal.expel(dsg);
        });
    System.out.printf(
        Locale.ROOT,
        "%nwrite: each variant into a fresh TDB2 database, after one warm-up write of everything"
            + " each way; %d measured rounds%n",
        runs);
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (int round = 0; round <= runs; round++) {
      for (Map.Entry<String, Map<Node, Graph>> variant : datasets.entrySet()) {
        if (round == 0 && !variant.getKey().equals("everything")) {
          continue;
        }
        for (Map.Entry<String, BiConsumer<Path, Map<Node, Graph>>> way : ways.entrySet()) {
          Path dir = work.resolve("provenance-db");
          Child.delete(dir);
          long t0 = System.nanoTime();
          way.getValue().accept(dir, variant.getValue());
          double millis = (System.nanoTime() - t0) / 1e6;
          if (round > 0) {
            times
                .computeIfAbsent(variant.getKey() + "|" + way.getKey(), k -> new ArrayList<>())
                .add(millis);
          }
          Child.delete(dir);
        }
      }
    }
    String reference = "facts only";
    double refQuads = size(datasets.get(reference));
    System.out.println();
    System.out.println(
        "| variant | quads | × facts only | Store.replace ms | × facts only |"
            + " bulk loader ms | × facts only | runs ms (Store.replace; bulk loader) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
    double refReplace = Samples.median(times.get(reference + "|Store.replace"));
    double refBulk = Samples.median(times.get(reference + "|bulk loader"));
    datasets.forEach(
        (name, graphs) -> {
          List<Double> replace = times.get(name + "|Store.replace");
          List<Double> bulk = times.get(name + "|bulk loader");
          long quads = size(graphs);
          System.out.printf(
              Locale.ROOT,
              "| %s | %d | %.2f | %.0f | %.2f | %.0f | %.2f | %s; %s |%n",
              name,
              quads,
              quads / refQuads,
              Samples.median(replace),
              Samples.median(replace) / refReplace,
              Samples.median(bulk),
              Samples.median(bulk) / refBulk,
              Samples.all(replace),
              Samples.all(bulk));
        });
  }

  /**
   * Whether each variant still answers what the queries ask: every SELECT of {@code queries/cq} and
   * {@code queries/pages} (but the full-text and federated ones), the pages' once for every
   * resource a page is made for (the article, its fact nodes, the entities it mentions), and the
   * SHACL shapes, on the ontology, the entities and the first article graph. A query "differs" when
   * its rows are not those of the whole dataset.
   */
  private static void printAnswers(Map<Layer, List<Quad>> layers, Path queries) {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("cq", "pages")) {
      try (Stream<Path> list = Files.list(queries.resolve(folder))) {
        list.filter(f -> f.toString().endsWith(".rq") && !searchOrFederated(f))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Node first =
        layers.get(Layer.FACTS).stream()
            .map(Quad::getGraph)
            .min(Comparator.comparing(Node::getURI))
            .orElse(null);
    Map<Layer, List<Quad>> sample = new EnumMap<>(Layer.class);
    layers.forEach(
        (layer, quads) ->
            sample.put(
                layer,
                quads.stream()
                    .filter(q -> layer == Layer.FIXED || q.getGraph().equals(first))
                    .toList()));
    if (sample.get(Layer.FIXED).isEmpty()) {
      // Extraction output: the ontology and entities graphs a load adds, for the shapes and labels.
      List<Quad> fixed = new ArrayList<>();
      Loader.ontology().find().forEachRemaining(t -> fixed.add(new Quad(Race.ONTOLOGY_GRAPH, t)));
      Inference.bundled()
          .apply(Gazetteer.bundled().graph())
          .find()
          .forEachRemaining(t -> fixed.add(new Quad(Race.ENTITIES_GRAPH, t)));
      sample.put(Layer.FIXED, fixed);
    }
    Set<Node> resources = new LinkedHashSet<>();
    for (Quad q : sample.get(Layer.FACTS)) {
      if (q.getPredicate().equals(RDF.type.asNode())) {
        resources.add(q.getSubject());
      }
    }
    for (Quad q : sample.get(Layer.ENTITY_MENTIONS)) {
      if (q.getPredicate().equals(Nif.taIdentRef)) {
        resources.add(q.getObject());
      }
    }
    Map<String, List<String>> whole = null;
    System.out.printf(
        Locale.ROOT,
        "%nanswers: %d queries, the pages' for %d resources, on the fixed graphs and %s%n%n",
        files.size(),
        resources.size(),
        first);
    System.out.println(
        "| variant | quads | queries answered as on everything | SHACL violations |");
    System.out.println("|---|---:|---|---:|");
    for (Map.Entry<String, Set<Layer>> variant : VARIANTS.entrySet()) {
      Map<Node, Graph> graphs = dataset(sample, variant.getValue());
      DatasetGraph dsg = DatasetGraphFactory.create(new MultiUnion(graphs.values().iterator()));
      graphs.forEach(dsg::addGraph);
      Map<String, List<String>> answers = answers(dsg, files, resources);
      if (whole == null) {
        whole = answers;
      }
      List<String> differ = new ArrayList<>();
      for (Map.Entry<String, List<String>> answer : answers.entrySet()) {
        if (!answer.getValue().equals(whole.get(answer.getKey()))) {
          String name = answer.getKey().substring(0, answer.getKey().indexOf(' '));
          if (!differ.contains(name)) {
            differ.add(name);
          }
        }
      }
      long violations =
          Validator.bundled().validate(dsg).stream().mapToLong(r -> r.violations().size()).sum();
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %s | %d |%n",
          variant.getKey(),
          size(graphs),
          differ.isEmpty()
              ? "all " + files.size()
              : (files.size() - differ.size())
                  + " of "
                  + files.size()
                  + "; differ: "
                  + String.join(", ", differ),
          violations);
    }
  }

  /** Whether the query searches the text index or calls another endpoint, which this leaves out. */
  private static boolean searchOrFederated(Path file) {
    try {
      String text = Files.readString(file);
      return text.contains("text:query") || text.contains("SERVICE");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sorted rows of every query, by "file" or "file resource" for the pages'. */
  private static Map<String, List<String>> answers(
      DatasetGraph dsg, List<Path> files, Set<Node> resources) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      boolean page = text.contains("?resource");
      for (Node resource : page ? resources : Set.of(RDF.nil.asNode())) {
        QueryExecBuilder exec = QueryExec.dataset(dsg).query(text);
        if (page) {
          exec.substitution("resource", resource);
        }
        List<String> rows = new ArrayList<>();
        try (QueryExec qe = exec.build()) {
          qe.select().forEachRemaining(b -> rows.add(b.toString()));
        }
        Collections.sort(rows);
        answers.put(file.getFileName() + (page ? " " + resource : " "), rows);
      }
    }
    return answers;
  }

  /** The quads of these layers as named graphs (every graph named, even when it keeps none). */
  private static Map<Node, Graph> dataset(Map<Layer, List<Quad>> layers, Set<Layer> keep) {
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    for (Layer layer : keep) {
      for (Quad q : layers.get(layer)) {
        graphs
            .computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph())
            .add(q.asTriple());
      }
    }
    return graphs;
  }

  private static long size(Map<Node, Graph> graphs) {
    return graphs.values().stream().mapToLong(Graph::size).sum();
  }
}
