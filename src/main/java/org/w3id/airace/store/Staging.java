package org.w3id.airace.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.airace.article.Article;
import org.w3id.airace.graph.ArticleGraph;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.resources.Bundled;

/**
 * Extracts, closes ({@link Inference}) and validates articles on worker threads and hands them on
 * in the order given, on the caller's thread, so the caller can write one article while the workers
 * make the next ones. Each worker thread has its own copy of the extractor and the validator, which
 * keep state that must not be shared; at most two articles per thread are in hand at any time,
 * however many there are, so memory stays flat as the number of articles grows.
 *
 * <pre>{@code
 * try (Staging staging = new Staging(extractor, validator, inference, context, 2)) {
 *   staging.forEach(articles, staged -> write(staged.graph()));
 * }
 * }</pre>
 */
final class Staging implements AutoCloseable {
  private static final String FINDINGS = "queries/stats/findings.rq";

  /** One article extracted, closed and validated, with a warning when nothing was found in it. */
  record Staged(ArticleGraph graph, ValidationReport report, Optional<String> warning) {}

  /** What one worker thread extracts and validates with. */
  private record Worker(Extractor extractor, Validator validator, Query findings) {}

  private final Extractor extractor;
  private final Validator validator;
  private final Inference inference;
  private final Graph context;
  private final int threads;
  private final ExecutorService pool;
  private final ThreadLocal<Worker> workers;

  /**
   * Stages with {@code threads} worker threads, each with a copy of {@code extractor} and {@code
   * validator}; {@code context} is what every article is validated with (the entities and the
   * ontology, from {@link Validator#context}).
   */
  Staging(
      Extractor extractor, Validator validator, Inference inference, Graph context, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread, not " + threads);
    }
    this.extractor = extractor;
    this.validator = validator;
    this.inference = inference;
    this.context = context;
    this.threads = threads;
    AtomicInteger number = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "airace-stage-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.workers = ThreadLocal.withInitial(this::worker);
  }

  private Worker worker() {
    Query findings = new ParameterizedSparqlString(Bundled.read(FINDINGS)).asQuery();
    return new Worker(extractor.copy(), validator.copy(), findings);
  }

  /**
   * Stages every article and gives each to {@code consumer} in the order of {@code articles}, on
   * this thread, telling {@code progress} of each after the consumer has taken it.
   *
   * @throws RuntimeException the first failure of an article's extraction or of the consumer, as it
   *     was thrown; the articles after it are not staged
   */
  void forEach(List<Article> articles, Consumer<Staged> consumer, ProgressListener progress) {
    Deque<Future<Staged>> ahead = new ArrayDeque<>();
    int next = 0;
    try {
      while (next < articles.size() || !ahead.isEmpty()) {
        while (next < articles.size() && ahead.size() < 2 * threads) {
          Article article = articles.get(next++);
          ahead.add(pool.submit(() -> stage(article)));
        }
        consumer.accept(result(ahead.removeFirst()));
        progress.step();
      }
    } finally {
      ahead.forEach(f -> f.cancel(true));
    }
  }

  private Staged stage(Article article) {
    Worker worker = workers.get();
    ArticleGraph extracted = inference.apply(worker.extractor().extract(article));
    String source = article.source().toString();
    ValidationReport report = worker.validator().validate(source, extracted.graph(), context);
    Optional<String> warning =
        nothingFound(extracted.graph(), worker.findings())
            ? Optional.of(
                source + ": no actor and no fact found; the article is loaded all the same")
            : Optional.empty();
    return new Staged(extracted, report, warning);
  }

  private static Staged result(Future<Staged> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting the articles", e);
    }
  }

  /** True when the article's graph names no actor and holds no fact. */
  private static boolean nothingFound(Graph graph, Query findings) {
    Binding row = QueryExec.graph(graph).query(findings).select().next();
    return ((Number) row.get("actors").getLiteralValue()).longValue() == 0
        && ((Number) row.get("facts").getLiteralValue()).longValue() == 0;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
