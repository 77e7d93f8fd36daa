package org.w3id.airace.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The pool of the scale benchmark: every number done once, each worker on one thread only, never
 * more items in hand than workers, checkpoints at every multiple, and a failure that stops the run.
 * Nothing here is timed.
 */
class WorkersTest {
  /** A worker that counts what it does and checks it is never run by two threads at once. */
  private static final class Counter {
    final AtomicInteger busy = new AtomicInteger();
    final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  }

  @Test
  void everyNumberIsDoneOnceEachWorkerOnItsOwnThread() {
    List<Counter> workers = List.of(new Counter(), new Counter(), new Counter());
    AtomicIntegerArray done = new AtomicIntegerArray(1000);
    AtomicInteger inHand = new AtomicInteger();
    AtomicInteger mostInHand = new AtomicInteger();
    Workers.run(
        1000,
        workers,
        (w, i) -> {
          assertThat(w.busy.incrementAndGet()).isEqualTo(1);
          mostInHand.accumulateAndGet(inHand.incrementAndGet(), Math::max);
          w.threads.add(Thread.currentThread());
          done.incrementAndGet(i);
          inHand.decrementAndGet();
          w.busy.decrementAndGet();
        },
        100,
        n -> {});
    assertThat(IntStream.range(0, 1000).map(done::get).distinct().toArray()).containsExactly(1);
    assertThat(workers).allSatisfy(w -> assertThat(w.threads).hasSizeLessThanOrEqualTo(1));
    assertThat(mostInHand.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void checkpointsComeAtEveryMultiple() {
    List<Integer> checkpoints = Collections.synchronizedList(new ArrayList<>());
    Workers.run(95, List.of(1, 2), (w, i) -> {}, 10, checkpoints::add);
    assertThat(checkpoints).containsExactlyInAnyOrder(10, 20, 30, 40, 50, 60, 70, 80, 90);
  }

  @Test
  void moreWorkersThanNumbers() {
    Map<Integer, Integer> seen = new ConcurrentHashMap<>();
    Workers.run(2, List.of(1, 2, 3, 4), (w, i) -> seen.merge(i, 1, Integer::sum), 1, n -> {});
    assertThat(seen).containsExactlyInAnyOrderEntriesOf(Map.of(0, 1, 1, 1));
  }

  @Test
  void aFailureNamesItsNumberAndStopsTheRun() {
    AtomicInteger started = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Workers.run(
                    100_000,
                    List.of(1, 2),
                    (w, i) -> {
                      started.incrementAndGet();
                      if (i == 7) {
                        throw new IOException("disk full");
                      }
                    },
                    1000,
                    n -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("item 7")
        .hasRootCauseInstanceOf(IOException.class);
    assertThat(started.get()).isLessThan(100_000);
  }
}
