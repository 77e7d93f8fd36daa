package org.w3id.airace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a job for each of the numbers {@code 0 … count-1} on a fixed pool of threads, one per worker
 * object, so a worker that is not thread-safe (an {@code Extractor}) is only ever used by its own
 * thread. A thread takes the next number only when it has finished its last one: nothing is made
 * ahead of the workers, and at most one item per worker is in hand at any time, however large
 * {@code count} is.
 *
 * <pre>{@code
 * Workers.run(10_000, List.of(new Worker(), new Worker()), (w, i) -> w.extract(i), 1_000, done -> {});
 * }</pre>
 */
final class Workers {
  private Workers() {}

  /** The work for one number, done by one worker. */
  interface Job<W> {
    void run(W worker, int index) throws Exception;
  }

  /**
   * Runs {@code job} once for every number below {@code count}, on {@code workers.size()} threads.
   * After every {@code every} finished jobs, {@code checkpoint} is told how many are done, on the
   * thread that finished the last of them: once for each multiple of {@code every}, out of order if
   * two checkpoints overlap.
   *
   * @throws IllegalStateException naming the number, with the failure as its cause, when a job
   *     fails; from then on no thread takes a new number
   */
  static <W> void run(int count, List<W> workers, Job<W> job, int every, IntConsumer checkpoint) {
    if (workers.isEmpty() || every < 1) {
      throw new IllegalArgumentException("no workers, or checkpoints every " + every);
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (W worker : workers) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                      job.run(worker, i);
                    } catch (Exception | Error e) {
                      next.set(count);
                      throw new IllegalStateException("item " + i + ": " + e, e);
                    }
                    int finished = done.incrementAndGet();
                    if (finished % every == 0) {
                      checkpoint.accept(finished);
                    }
                  }
                  return null;
                }));
      }
      IllegalStateException failure = null;
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = (IllegalStateException) e.getCause();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
