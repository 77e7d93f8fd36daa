package org.w3id.airace.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.airace.article.Article;
import org.w3id.airace.article.ArticleException;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.graph.ArticleGraph;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Race;

/**
 * Loads the ontology, the entities and articles into a {@link Store}, in one write transaction.
 * Every article is read first; then worker threads extract each, close its graph under the
 * ontology's subclass and subproperty axioms ({@link Inference}) and validate it against the shapes
 * ({@link Validator}) while this thread writes the graphs before it ({@link Staging}). When an
 * article cannot be read, nothing is extracted; when one violates the shapes, the rest are still
 * validated, so every violation is reported, and the transaction is aborted: bad input leaves the
 * database exactly as it was. Memory stays flat as the number of articles grows.
 */
public final class Loader {
  /** The file name endings of articles. */
  public static final List<String> ARTICLE_SUFFIXES = List.of(".md", ".markdown", ".txt");

  /** The name validation reports give the entities graph. */
  public static final String ENTITIES_SOURCE = "data/entities";

  private final Store store;
  private final Extractor extractor;
  private final Validator validator;
  private final int threads;

  public Loader(Store store, Extractor extractor) {
    this(store, extractor, Validator.bundled(), defaultThreads());
  }

  public Loader(Store store, Extractor extractor, Validator validator) {
    this(store, extractor, validator, defaultThreads());
  }

  /** A loader that extracts and validates on {@code threads} threads while one writes. */
  public Loader(Store store, Extractor extractor, Validator validator, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread, not " + threads);
    }
    this.store = store;
    this.extractor = extractor;
    this.validator = validator;
    this.threads = threads;
  }

  /** The threads that extract and validate unless told otherwise: one per core. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * What a load wrote: the named graphs and their sizes, and a warning for each article that was
   * loaded although nothing was found in it.
   */
  public record Result(Map<Node, Integer> graphs, List<String> warnings) {}

  /**
   * What a load would write, before it writes: the graphs by name, a validation report for the
   * entities and for each article, and a warning for each article in which nothing was found (no
   * actor named, no fact), naming its file.
   */
  public record Staged(
      Map<Node, Graph> graphs, List<ValidationReport> reports, List<String> warnings) {}

  /**
   * Loads the ontology, the entities and these articles, replacing their graphs.
   *
   * @throws ValidationException when a graph violates the shapes; nothing is written then
   */
  public Result load(List<Path> articles, Optional<String> language) {
    return load(articles, language, ProgressListener.NONE);
  }

  /**
   * Loads as {@link #load(List, Optional)} does and tells {@code progress} of each phase: reading
   * the articles, one step each, then loading them — extracting, validating and writing, all in the
   * one write transaction — one step each.
   *
   * @throws ArticleException when an article cannot be read or two have one name; nothing is
   *     written then
   * @throws ValidationException when a graph violates the shapes; nothing is written then
   */
  public Result load(List<Path> articles, Optional<String> language, ProgressListener progress) {
    List<Article> read = read(articles, language, progress);
    Background background = Background.of(extractor, validator);
    List<ValidationReport> reports = new ArrayList<>(List.of(background.report()));
    Map<Node, Integer> sizes = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    progress.begin("loading", read.size(), "articles");
    try (Staging staging = background.staging(extractor, validator, threads)) {
      store.write(
          writer -> {
            writer.replace(Race.ONTOLOGY_GRAPH, background.ontology());
            writer.replace(Race.ENTITIES_GRAPH, background.entities());
            sizes.put(Race.ONTOLOGY_GRAPH, background.ontology().size());
            sizes.put(Race.ENTITIES_GRAPH, background.entities().size());
            boolean[] conforming = {background.report().conforms()};
            staging.forEach(
                read,
                staged -> {
                  reports.add(staged.report());
                  staged.warning().ifPresent(warnings::add);
                  conforming[0] &= staged.report().conforms();
                  if (conforming[0]) {
                    ArticleGraph article = staged.graph();
                    writer.replace(article.name(), article.graph());
                    sizes.put(article.name(), article.graph().size());
                  }
                },
                progress);
            ValidationException.throwIfViolated(reports);
            return null;
          });
    } finally {
      progress.end();
    }
    return new Result(sizes, warnings);
  }

  /**
   * Reads, extracts, closes ({@link Inference}) and validates the ontology, the entities and these
   * articles as {@link #load} does, and writes nothing. Every article is read before any is
   * extracted; when one cannot be read, nothing is extracted.
   *
   * @throws ArticleException when an article cannot be read or two have one name; for several
   *     articles given, its message counts the bad ones and names each on a line of its own
   */
  public static Staged stage(
      Extractor extractor, Validator validator, List<Path> articles, Optional<String> language) {
    return stage(extractor, validator, articles, language, ProgressListener.NONE);
  }

  /**
   * Stages as {@link #stage(Extractor, Validator, List, Optional)} does and tells {@code progress}
   * of each article read, then of each extracted and validated.
   */
  public static Staged stage(
      Extractor extractor,
      Validator validator,
      List<Path> articles,
      Optional<String> language,
      ProgressListener progress) {
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    Staged staged =
        check(extractor, validator, articles, language, progress, defaultThreads(), graphs::put);
    return new Staged(graphs, staged.reports(), staged.warnings());
  }

  /**
   * The validation reports and warnings of {@link #stage}, extracted and validated on {@code
   * threads} threads, without keeping the graphs: memory stays flat however many articles are
   * checked. The graphs of the result are empty.
   */
  public static Staged check(
      Extractor extractor,
      Validator validator,
      List<Path> articles,
      Optional<String> language,
      ProgressListener progress,
      int threads) {
    return check(extractor, validator, articles, language, progress, threads, (name, graph) -> {});
  }

  private static Staged check(
      Extractor extractor,
      Validator validator,
      List<Path> articles,
      Optional<String> language,
      ProgressListener progress,
      int threads,
      BiConsumer<Node, Graph> keep) {
    List<Article> read = read(articles, language, progress);
    Background background = Background.of(extractor, validator);
    keep.accept(Race.ONTOLOGY_GRAPH, background.ontology());
    keep.accept(Race.ENTITIES_GRAPH, background.entities());
    List<ValidationReport> reports = new ArrayList<>(List.of(background.report()));
    List<String> warnings = new ArrayList<>();
    progress.begin("extracting", read.size(), "articles");
    try (Staging staging = background.staging(extractor, validator, threads)) {
      staging.forEach(
          read,
          staged -> {
            keep.accept(staged.graph().name(), staged.graph().graph());
            reports.add(staged.report());
            staged.warning().ifPresent(warnings::add);
          },
          progress);
    } finally {
      progress.end();
    }
    return new Staged(Map.of(), reports, warnings);
  }

  /**
   * What every article is loaded with: the ontology, the entities closed under it and validated,
   * and the two as one graph for the articles' validation.
   */
  private record Background(
      Graph ontology, Inference inference, Graph entities, ValidationReport report, Graph context) {
    static Background of(Extractor extractor, Validator validator) {
      Graph ontology = Loader.ontology();
      Inference inference = Inference.of(ontology);
      Graph entities = inference.apply(extractor.gazetteer().graph());
      ValidationReport report = validator.validate(ENTITIES_SOURCE, entities, ontology);
      return new Background(
          ontology, inference, entities, report, Validator.context(entities, ontology));
    }

    Staging staging(Extractor extractor, Validator validator, int threads) {
      return new Staging(extractor, validator, inference, context, threads);
    }
  }

  /** Reads every article; throws, naming each bad one, when any cannot be read. */
  private static List<Article> read(
      List<Path> files, Optional<String> language, ProgressListener progress) {
    ArticleReader reader = new ArticleReader();
    List<Article> articles = new ArrayList<>();
    List<ArticleException> bad = new ArrayList<>();
    Map<String, Path> names = new HashMap<>();
    progress.begin("reading", files.size(), "articles");
    try {
      for (Path file : files) {
        try {
          Article article = reader.read(file, language);
          Path first = names.putIfAbsent(article.slug(), file);
          if (first != null) {
            bad.add(ArticleException.sameName(file, article.slug(), first));
          }
          articles.add(article);
        } catch (ArticleException e) {
          bad.add(e);
        }
        progress.step();
      }
    } finally {
      progress.end();
    }
    if (bad.isEmpty()) {
      return articles;
    }
    throw files.size() == 1 ? bad.get(0) : ArticleException.ofSeveral(files.size(), bad);
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
