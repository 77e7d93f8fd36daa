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
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.airace.article.Article;
import org.w3id.airace.article.ArticleException;
import org.w3id.airace.article.ArticleReader;
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

  private static final String FINDINGS = "queries/stats/findings.rq";

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
   * and extracting the articles, one step each, then writing the graphs, one step each, all in the
   * one write transaction.
   *
   * @throws ValidationException when a graph violates the shapes; nothing is written then
   */
  public Result load(List<Path> articles, Optional<String> language, ProgressListener progress) {
    Staged staged = stage(extractor, validator, articles, language, progress);
    ValidationException.throwIfViolated(staged.reports());
    store.replace(staged.graphs(), progress);
    Map<Node, Integer> sizes = new LinkedHashMap<>();
    staged.graphs().forEach((name, graph) -> sizes.put(name, graph.size()));
    return new Result(sizes, staged.warnings());
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
    List<Article> read = read(articles, language, progress);
    Graph ontology = ontology();
    Inference inference = Inference.of(ontology);
    Graph entities = inference.apply(extractor.gazetteer().graph());
    Map<Node, Graph> graphs = new LinkedHashMap<>();
    graphs.put(Race.ONTOLOGY_GRAPH, ontology);
    graphs.put(Race.ENTITIES_GRAPH, entities);
    List<ValidationReport> reports = new ArrayList<>();
    reports.add(validator.validate(ENTITIES_SOURCE, entities, ontology));
    Graph context = Validator.context(entities, ontology);
    List<String> warnings = new ArrayList<>();
    progress.begin("extracting", read.size(), "articles");
    try {
      for (Article article : read) {
        ArticleGraph extracted = inference.apply(extractor.extract(article));
        graphs.put(extracted.name(), extracted.graph());
        String source = article.source().toString();
        reports.add(validator.validate(source, extracted.graph(), context));
        if (nothingFound(extracted.graph())) {
          warnings.add(source + ": no actor and no fact found; the article is loaded all the same");
        }
        progress.step();
      }
    } finally {
      progress.end();
    }
    return new Staged(graphs, reports, warnings);
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
            bad.add(
                new ArticleException(
                    file,
                    "has the same name '" + article.slug() + "' as " + first + "; rename one"));
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

  /** True when the article's graph names no actor and holds no fact. */
  private static boolean nothingFound(Graph graph) {
    Query query = new ParameterizedSparqlString(Bundled.read(FINDINGS)).asQuery();
    Binding row = QueryExec.graph(graph).query(query).select().next();
    return ((Number) row.get("actors").getLiteralValue()).longValue() == 0
        && ((Number) row.get("facts").getLiteralValue()).longValue() == 0;
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
