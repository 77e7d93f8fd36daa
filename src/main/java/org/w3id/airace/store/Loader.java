package org.w3id.airace.store;

import java.io.IOException;
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
import org.w3id.airace.graph.ArticleGraph;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Race;

/**
 * Loads the ontology, the entities and articles into a {@link Store}. Every article is read and
 * extracted first, its graph closed under the ontology's subclass and subproperty axioms ({@link
 * Inference}) and validated against the shapes ({@link Validator}); only when all succeed are the
 * graphs written, in one transaction, so bad input leaves the database exactly as it was.
 */
public final class Loader {
  /** The file name endings of articles. */
  public static final List<String> ARTICLE_SUFFIXES = List.of(".md", ".markdown", ".txt");

  /** The name validation reports give the entities graph. */
  public static final String ENTITIES_SOURCE = "data/entities";

  private final Store store;
  private final Extractor extractor;
  private final Validator validator;

  public Loader(Store store, Extractor extractor) {
    this(store, extractor, Validator.bundled());
  }

  public Loader(Store store, Extractor extractor, Validator validator) {
    this.store = store;
    this.extractor = extractor;
    this.validator = validator;
  }

  /** What a load wrote: the named graphs and their sizes. */
  public record Result(Map<Node, Integer> graphs) {}

  /**
   * What a load would write, before it writes: the graphs by name, and a validation report for the
   * entities and for each article.
   */
  public record Staged(Map<Node, Graph> graphs, List<ValidationReport> reports) {}

  /**
   * Loads the ontology, the entities and these articles, replacing their graphs.
   *
   * @throws ValidationException when a graph violates the shapes; nothing is written then
   */
  public Result load(List<Path> articles, Optional<String> language) {
    Staged staged = stage(extractor, validator, articles, language);
    ValidationException.throwIfViolated(staged.reports());
    store.replace(staged.graphs());
    Map<Node, Integer> sizes = new LinkedHashMap<>();
    staged.graphs().forEach((name, graph) -> sizes.put(name, graph.size()));
    return new Result(sizes);
  }

  /**
   * Reads, extracts, closes ({@link Inference}) and validates the ontology, the entities and these
   * articles as {@link #load} does, and writes nothing.
   */
  public static Staged stage(
      Extractor extractor, Validator validator, List<Path> articles, Optional<String> language) {
    Graph ontology = ontology();
    Inference inference = Inference.of(ontology);
    Graph entities = inference.apply(extractor.gazetteer().graph());
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    graphs.put(Race.ONTOLOGY_GRAPH, ontology);
    graphs.put(Race.ENTITIES_GRAPH, entities);
    List<ValidationReport> reports = new ArrayList<>();
    reports.add(validator.validate(ENTITIES_SOURCE, entities, ontology));
    for (Path file : articles) {
      ArticleGraph article = inference.apply(extractor.extract(file, language));
      if (graphs.containsKey(article.name())) {
        throw StoreException.badInput(
            file + ": another article given has the same name '" + article.article().slug() + "'",
            null);
      }
      graphs.put(article.name(), article.graph());
      reports.add(validator.validate(file.toString(), article.graph(), entities, ontology));
    }
    return new Staged(graphs, reports);
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

  /**
   * The ontology files bundled with airace, as one graph: every {@code ontology/*.ttl} but the
   * SHACL shapes, which the {@link Validator} reads and no graph of the database holds.
   */
  public static Graph ontology() {
    return Bundled.ontology();
  }
}
