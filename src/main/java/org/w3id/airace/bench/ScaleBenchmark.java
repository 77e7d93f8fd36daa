package org.w3id.airace.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3id.airace.corpus.CorpusGenerator;
import org.w3id.airace.corpus.GeneratedArticle;
import org.w3id.airace.graph.ArticleGraph;
import org.w3id.airace.graph.Extractor;

/**
 * The extraction at scale: N generated articles extracted on 1 thread and on all cores, with
 * articles, MB of text and triples per second, and the used heap after a forced GC at every tenth
 * of the run, so that a memory that grows with N shows itself.
 *
 * <p>Article {@code i} is made by {@link CorpusGenerator#article} when a worker takes number {@code
 * i}, written to that worker's own folder, and extracted from the file with {@link
 * Extractor#extract(Path, Optional)}, the way {@code airace extract} and {@code airace load} read a
 * file (front matter, byline); then its triples are counted and graph and file dropped. Nothing is
 * collected: at most one article per worker exists at a time, for any N, and no corpus of 100 000
 * folders has to be written first. Each worker thread has an {@link Extractor} of its own (one is
 * not thread-safe); the NLP models are loaded once and shared.
 *
 * <pre>
 * bench/run scale --article-counts 1000,10000,100000
 * java -cp target/airace.jar org.w3id.airace.bench.ScaleBenchmark --article-counts 1000 \
 *     --language mixed --seed 1 --warmup 200 --samples 10
 * </pre>
 *
 * The wall time leaves out the forced GCs of the memory samples (they stop every thread); the time
 * to generate and write the articles is in it, and its share of the workers' time is printed. On a
 * shared machine the workers get less than a core each: the CPU time of the worker threads (JIT and
 * GC threads not counted) gives articles per CPU second, what one idle core would do.
 */
public final class ScaleBenchmark {
  private static final double MB = 1e6;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ScaleBenchmark() {}

  public static void main(String[] args) throws IOException {
    Options options =
        new Options(
            "ScaleBenchmark",
            Map.of(
                "--article-counts", "1000",
                "--language", "mixed",
                "--seed", "1",
                "--warmup", "200",
                "--samples", "10"),
            args);
    int[] counts = counts(options);
    String language = options.get("--language");
    if (!List.of("de", "en", "mixed").contains(language)) {
      options.usage("--language takes de, en or mixed, got '" + language + "'");
    }
    long seed = Long.parseLong(options.get("--seed"));
    int warmup = options.number("--warmup", 0);
    int samples = options.number("--samples", 1);
    int cores = Runtime.getRuntime().availableProcessors();

    Path work = Files.createTempDirectory("airace-scale");
    try {
      List<Worker> all = new ArrayList<>();
      for (int k = 0; k < cores; k++) {
        all.add(new Worker(Files.createDirectory(work.resolve("worker-" + k)), language));
      }
      System.out.printf(
          Locale.ROOT,
          "generated articles (seed %d, language %s), %d cores, max heap %.0f MB%n",
          seed,
          language,
          cores,
          Runtime.getRuntime().maxMemory() / MB);
      if (warmup > 0) {
        // Other articles than the measured ones (seed + 1), on every worker's extractor.
        Run w = run(all, warmup, seed + 1, 1);
        System.out.printf(
            Locale.ROOT,
            "warm-up: %d articles on %d threads, %.1f s%n",
            warmup,
            cores,
            w.seconds());
      }
      List<Run> runs = new ArrayList<>();
      for (int n : counts) {
        for (int threads : cores == 1 ? new int[] {1} : new int[] {1, cores}) {
          Run r = run(all.subList(0, threads), n, seed, samples);
          runs.add(r);
          r.print();
        }
      }
      table(runs);
      flatness(runs);
    } finally {
      Child.delete(work);
    }
  }

  private static int[] counts(Options options) {
    String value = options.get("--article-counts");
    try {
      int[] counts = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
      if (Arrays.stream(counts).allMatch(n -> n > 0)) {
        return counts;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    options.usage(
        "--article-counts takes numbers of articles like 1000,10000, got '" + value + "'");
    return new int[0];
  }

  /**
   * Articles 0 … n-1 of the seed on these workers' threads, the heap sampled {@code samples} times.
   */
  private static Run run(List<Worker> workers, int n, long seed, int samples) {
    workers.forEach(Worker::reset);
    Run run = new Run(n, workers.size());
    long start = System.nanoTime();
    run.sample(0);
    Workers.run(n, workers, (w, i) -> w.extract(seed, i), Math.max(1, n / samples), run::sample);
    run.wallNanos = System.nanoTime() - start;
    for (Worker w : workers) {
      run.triples += w.triples;
      run.bytes += w.bytes;
      run.generateNanos += w.generateNanos;
      run.extractNanos += w.extractNanos;
      run.cpuNanos += w.cpuNanos;
    }
    return run;
  }

  private static void table(List<Run> runs) {
    System.out.println();
    System.out.println(
        "| articles | threads | wall s | articles/s | MB text/s | triples/s"
            + " | articles/s per core | articles per CPU s | speed-up | heap after GC min–max MB |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Run r : runs) {
      Optional<Run> single = runs.stream().filter(o -> o.n == r.n && o.threads == 1).findFirst();
      System.out.printf(
          Locale.ROOT,
          "| %d | %d | %.1f | %.1f | %.3f | %.0f | %.1f | %.1f | %s | %.0f–%.0f |%n",
          r.n,
          r.threads,
          r.seconds(),
          r.n / r.seconds(),
          r.bytes / MB / r.seconds(),
          r.triples / r.seconds(),
          r.n / r.seconds() / r.threads,
          r.n / (r.cpuNanos / 1e9),
          single.map(s -> String.format(Locale.ROOT, "%.2f", s.seconds() / r.seconds())).orElse(""),
          r.minHeap() / MB,
          r.maxHeap() / MB);
    }
  }

  /** The streaming check: the heap maximum of each larger N beside that of the smallest. */
  private static void flatness(List<Run> runs) {
    int smallest = runs.stream().mapToInt(r -> r.n).min().orElse(0);
    for (Run base : runs) {
      if (base.n != smallest) {
        continue;
      }
      for (Run r : runs) {
        if (r.threads != base.threads || r.n == smallest) {
          continue;
        }
        double ratio = r.maxHeap() / base.maxHeap();
        System.out.printf(
            Locale.ROOT,
            "memory on %d threads: heap maximum %.0f MB for %d articles, %.0f MB for %d"
                + " (ratio %.2f, %+.0f bytes per further article): %s%n",
            r.threads,
            base.maxHeap() / MB,
            base.n,
            r.maxHeap() / MB,
            r.n,
            ratio,
            (r.maxHeap() - base.maxHeap()) / (r.n - base.n),
            ratio <= 1.5 ? "flat (within 1.5 times)" : "GROWS with N");
      }
    }
  }

  /** One worker thread's extractor, generator and folder, and what it has counted. */
  private static final class Worker {
    private final Extractor extractor = Extractor.bundled();
    private final CorpusGenerator generator = new CorpusGenerator();
    private final Path folder;
    private final String language;
    private long triples;
    private long bytes;
    private long generateNanos;
    private long extractNanos;
    private long cpuNanos;

    Worker(Path folder, String language) {
      this.folder = folder;
      this.language = language;
    }

    void reset() {
      triples = 0;
      bytes = 0;
      generateNanos = 0;
      extractNanos = 0;
      cpuNanos = 0;
    }

    void extract(long seed, int index) throws IOException {
      long cpu = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      String slug = String.format(Locale.ROOT, "article-%06d", index + 1);
      GeneratedArticle article = generator.article(seed, language, index, slug);
      Path file = Files.writeString(folder.resolve(slug + ".md"), article.file());
      long t1 = System.nanoTime();
      ArticleGraph graph = extractor.extract(file, Optional.empty());
      long t2 = System.nanoTime();
      triples += graph.graph().size();
      bytes += graph.article().text().getBytes(StandardCharsets.UTF_8).length;
      Files.delete(file);
      generateNanos += t1 - t0;
      extractNanos += t2 - t1;
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    }
  }

  /** The figures of one run, and its heap samples. */
  private static final class Run {
    final int n;
    final int threads;
    final List<long[]> heap = new ArrayList<>(); // {articles done, bytes used after GC}
    long pauseNanos;
    long wallNanos;
    long triples;
    long bytes;
    long generateNanos;
    long extractNanos;
    long cpuNanos;

    Run(int n, int threads) {
      this.n = n;
      this.threads = threads;
    }

    /** A forced GC and the heap it leaves; the time it takes is left out of the wall time. */
    synchronized void sample(int done) {
      long start = System.nanoTime();
      System.gc();
      heap.add(
          new long[] {done, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()});
      pauseNanos += System.nanoTime() - start;
    }

    double seconds() {
      return (wallNanos - pauseNanos) / 1e9;
    }

    double minHeap() {
      return heap.stream().mapToLong(s -> s[1]).min().orElse(0);
    }

    double maxHeap() {
      return heap.stream().mapToLong(s -> s[1]).max().orElse(0);
    }

    void print() {
      System.out.printf(
          Locale.ROOT,
          "%d articles on %d thread%s: %.1f s (%.1f s of forced GCs left out), %.1f articles/s,"
              + " %.1f KB of text and %.0f triples per article; the workers had %.1f CPU s"
              + " (%.0f%% of %d thread%s × wall), %.1f articles per CPU s; generating and writing the"
              + " articles took %.1f%% of the workers' time%n",
          n,
          threads,
          threads == 1 ? "" : "s",
          seconds(),
          pauseNanos / 1e9,
          n / seconds(),
          bytes / 1e3 / n,
          (double) triples / n,
          cpuNanos / 1e9,
          100.0 * cpuNanos / 1e9 / (threads * seconds()),
          threads,
          threads == 1 ? "" : "s",
          n / (cpuNanos / 1e9),
          100.0 * generateNanos / (generateNanos + extractNanos));
      StringBuilder line = new StringBuilder("  heap after GC, MB, by articles done:");
      heap.stream()
          .sorted(Comparator.comparingLong(s -> s[0]))
          .forEach(s -> line.append(String.format(Locale.ROOT, " %d: %.0f", s[0], s[1] / MB)));
      System.out.println(line);
    }
  }
}
