package org.w3id.airace.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.airace.graph.ArticleGraph;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Race;

/**
 * Loads the ontology, the entities and articles into a {@link Store}. Every article is read and
 * extracted first; only when all succeed are their graphs written, in one transaction, so bad input
 * leaves the database exactly as it was.
 */
public final class Loader {
  /** The file name endings of articles. */
  public static final List<String> ARTICLE_SUFFIXES = List.of(".md", ".markdown", ".txt");

  private final Store store;
  private final Extractor extractor;

  public Loader(Store store, Extractor extractor) {
    this.store = store;
    this.extractor = extractor;
  }

  /** What a load wrote: the named graphs and their sizes. */
  public record Result(Map<Node, Integer> graphs) {}

  /** Loads the ontology, the entities and these articles, replacing their graphs. */
  public Result load(List<Path> articles, Optional<String> language) {
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    graphs.put(Race.ONTOLOGY_GRAPH, ontology());
    graphs.put(Race.ENTITIES_GRAPH, extractor.gazetteer().graph());
    for (Path file : articles) {
      ArticleGraph article = extractor.extract(file, language);
      if (graphs.containsKey(article.name())) {
        throw StoreException.badInput(
            file + ": another article given has the same name '" + article.article().slug() + "'",
            null);
      }
      graphs.put(article.name(), article.graph());
    }
    store.replace(graphs);
    Map<Node, Integer> sizes = new LinkedHashMap<>();
    graphs.forEach((name, graph) -> sizes.put(name, graph.size()));
    return new Result(sizes);
  }

  /** The article files in {@code folder}, sorted by name; none if the folder does not exist. */
  public static List<Path> articlesIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              p -> ARTICLE_SUFFIXES.stream().anyMatch(s -> p.getFileName().toString().endsWith(s)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new StoreException(folder + ": cannot list articles: " + e.getMessage(), e);
    }
  }

  /** The ontology files bundled with airace, as one graph. */
  public static Graph ontology() {
    Graph graph = GraphFactory.createDefaultGraph();
    List<String> files = new ArrayList<>(Bundled.list("ontology", ".ttl"));
    for (String path : files) {
      try (InputStream in = Bundled.open(path)) {
        RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
      } catch (IOException | RuntimeException e) {
        throw new StoreException(path + ": " + e.getMessage(), e);
      }
    }
    return graph;
  }
}
