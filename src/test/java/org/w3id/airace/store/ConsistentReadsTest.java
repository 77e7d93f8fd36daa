package org.w3id.airace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.vocab.Race;

/**
 * Readers of a database that is being reloaded see an article's graph as it was before a load or as
 * it is after it, never half-replaced: eight threads count the article's triples and statements
 * while the main thread reloads the article, alternating between two versions of its text.
 */
class ConsistentReadsTest {
  private static final Node GRAPH = Race.articleGraph("wettlauf-ki");
  private static final Path SIZE_QUERY = Path.of("src/test/resources/store/article-size.rq");
  private static final int READERS = 8;
  private static final int RELOADS = 4;

  /** How long a reader pauses between queries, so that eight leave the loader some CPU. */
  private static final Duration READER_PAUSE = Duration.ofMillis(50);

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path dir;

  /** What a reader counts in the article's graph. */
  record Size(long triples, long statements) {}

  @Test
  void readersSeeTheOldGraphOrTheNewOneNeverAMixture() throws Exception {
    Path full = Fixtures.FIRST_ARTICLE;
    Path trimmed = trimmed(dir.resolve("trimmed"));
    try (Store store = Store.open(dir.resolve("db"))) {
      Loader loader = new Loader(store, Extractor.bundled());
      Query query = sizeQuery();
      loader.load(List.of(full), Optional.empty());
      Size large = size(store, query);
      Size small = null;

      Readers readers = new Readers(store, query);
      try {
        for (int i = 0; i < RELOADS; i++) {
          boolean toSmall = i % 2 == 0;
          loader.load(List.of(toSmall ? trimmed : full), Optional.empty());
          Size now = size(store, query);
          if (toSmall) {
            small = small == null ? now : small;
          }
          assertThat(now).isEqualTo(toSmall ? small : large);
          readers.awaitSeen(now);
        }
      } finally {
        readers.stop();
      }

      assertThat(readers.failures).isEmpty();
      assertThat(readers.threads).noneMatch(Thread::isAlive);
      assertThat(small.triples()).isLessThan(large.triples());
      assertThat(small.statements()).isLessThan(large.statements());
      assertThat(readers.seen.keySet())
          .as("the sizes readers saw; only %s and %s are whole versions", large, small)
          .containsExactlyInAnyOrder(small, large);
      assertThat(readers.duringWrites.sum()).as("reads begun while a load wrote").isPositive();
    }
  }

  /** Threads that read the article's size over and over, each read in a transaction of its own. */
  private static final class Readers {
    final Map<Size, LongAdder> seen = new ConcurrentHashMap<>();
    final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    final LongAdder duringWrites = new LongAdder();
    final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean reading = new AtomicBoolean(true);

    Readers(Store store, Query query) {
      TransactionCoordinator coordinator =
          TDBInternal.getTransactionCoordinator(DatasetGraphWrapper.unwrap(store.dataset()));
      for (int i = 0; i < READERS; i++) {
        Thread thread = new Thread(() -> read(store, query, coordinator), "reader-" + i);
        threads.add(thread);
        thread.start();
      }
    }

    private void read(Store store, Query query, TransactionCoordinator coordinator) {
      try {
        while (reading.get()) {
          Size size =
              store
                  .dataset()
                  .calculateRead(
                      () -> {
                        if (coordinator.countActiveWriter() > 0) {
                          duringWrites.increment();
                        }
                        return size(store, query);
                      });
          seen.computeIfAbsent(size, s -> new LongAdder()).increment();
          LockSupport.parkNanos(READER_PAUSE.toNanos());
        }
      } catch (Throwable e) {
        failures.add(e);
      }
    }

    /** Waits until a reader has seen {@code size} after this call, or one has failed. */
    void awaitSeen(Size size) {
      long before = count(size);
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (count(size) == before && failures.isEmpty()) {
        if (System.nanoTime() > deadline) {
          fail("no reader saw %s within %s; seen: %s%n%s", size, PATIENCE, seen, stacks());
        }
        LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
      }
    }

    void stop() throws InterruptedException {
      reading.set(false);
      for (Thread thread : threads) {
        thread.join(PATIENCE.toMillis());
      }
    }

    private long count(Size size) {
      LongAdder n = seen.get(size);
      return n == null ? 0 : n.sum();
    }

    /** Where each reader is, for a failure message. */
    private String stacks() {
      StringBuilder out = new StringBuilder();
      for (Thread thread : threads) {
        out.append(thread.getName()).append(' ').append(thread.getState());
        for (StackTraceElement frame : thread.getStackTrace()) {
          out.append("\n    at ").append(frame);
        }
        out.append('\n');
      }
      return out.toString();
    }
  }

  /** The first article under its own file name: its lead, byline and first two paragraphs. */
  private static Path trimmed(Path folder) throws Exception {
    Files.createDirectories(folder);
    return Fixtures.write(
        folder, Fixtures.FIRST_ARTICLE.getFileName().toString(), Fixtures.firstArticleCut(4));
  }

  private static Query sizeQuery() throws Exception {
    ParameterizedSparqlString query = new ParameterizedSparqlString(Files.readString(SIZE_QUERY));
    query.setParam("graph", GRAPH);
    return query.asQuery();
  }

  /** The article's size, read in the caller's transaction or in one of its own. */
  private static Size size(Store store, Query query) {
    return store
        .dataset()
        .calculateRead(
            () -> {
              Binding row = QueryExec.dataset(store.dataset()).query(query).select().next();
              return new Size(number(row, "triples"), number(row, "statements"));
            });
  }

  private static long number(Binding row, String name) {
    return ((Number) row.get(name).getLiteralValue()).longValue();
  }
}
