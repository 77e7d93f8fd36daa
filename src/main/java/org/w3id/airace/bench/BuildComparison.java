package org.w3id.airace.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares the extraction time of two builds of airace in one JVM: each build's jar in a class
 * loader of its own, their extractors taking turns on the same articles in blocks, the CPU time of
 * this one thread per article. On a shared machine the neighbours move a separate run's figures by
 * a third within minutes; two builds measured block by block in turn meet the same neighbours, so
 * the ratio of each pair of neighbouring blocks holds where the absolute figures do not.
 *
 * <pre>
 * bench/compare BEFORE.jar AFTER.jar [ARTICLE...]
 * </pre>
 *
 * Each jar must be a whole {@code target/airace.jar} (with its dependencies), of any version that
 * has {@code Extractor.bundled()} and {@code ArticleReader.read(Path, Optional)}.
 */
public final class BuildComparison {
  private static final int WARMUP = 300;
  private static final int BLOCKS = 60;
  private static final int BLOCK = 20;

  private BuildComparison() {}

  /** One build's extractor and its own copies of the articles. */
  private record Build(String name, Object extractor, Method extract, List<Object> articles) {

    void extract(int index) throws ReflectiveOperationException {
      extract.invoke(extractor, articles.get(index % articles.size()));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: BuildComparison BEFORE.jar AFTER.jar [ARTICLE...]");
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    if (files.isEmpty()) {
      files.add(Path.of("data/articles/wettlauf-ki.md"));
    }
    for (Path path : List.of(Path.of(args[0]), Path.of(args[1]))) {
      requireFile(path, "jar");
    }
    files.forEach(f -> requireFile(f, "article"));

    Build before = load(Path.of(args[0]), files);
    Build after = load(Path.of(args[1]), files);
    for (int i = 0; i < WARMUP; i++) {
      before.extract(i);
      after.extract(i);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] beforeBlocks = new double[BLOCKS];
    double[] afterBlocks = new double[BLOCKS];
    for (int b = 0; b < BLOCKS; b++) {
      // Each build goes first in every other pair, so neither always meets the later neighbours.
      boolean beforeFirst = b % 2 == 0;
      double first = block(beforeFirst ? before : after, b, threads);
      double second = block(beforeFirst ? after : before, b, threads);
      beforeBlocks[b] = beforeFirst ? first : second;
      afterBlocks[b] = beforeFirst ? second : first;
    }
    System.out.printf(
        Locale.ROOT,
        "extraction CPU time per article of one thread, %d article file(s), %d blocks of %d"
            + " articles per build after %d warm-up extractions each, the builds taking turns%n",
        files.size(),
        BLOCKS,
        BLOCK,
        WARMUP);
    print(before, beforeBlocks);
    print(after, afterBlocks);
    System.out.printf(
        Locale.ROOT,
        "  after/before: median of the %d pairs of blocks %.3f, fastest blocks %.3f%n",
        BLOCKS,
        Samples.pairedRatio(afterBlocks, beforeBlocks),
        Samples.percentile(afterBlocks, 0) / Samples.percentile(beforeBlocks, 0));
  }

  private static void requireFile(Path path, String what) {
    if (!Files.isRegularFile(path)) {
      System.err.println(path + ": no such " + what + " file");
      System.exit(2);
    }
  }

  private static Build load(Path jar, List<Path> files)
      throws MalformedURLException, ReflectiveOperationException {
    // The platform loader as parent: the jar brings every class of its own, Jena's too.
    ClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> extractorClass = loader.loadClass("org.w3id.airace.graph.Extractor");
    Class<?> readerClass = loader.loadClass("org.w3id.airace.article.ArticleReader");
    Class<?> articleClass = loader.loadClass("org.w3id.airace.article.Article");
    Object extractor = extractorClass.getMethod("bundled").invoke(null);
    Object reader = readerClass.getConstructor().newInstance();
    Method read = readerClass.getMethod("read", Path.class, Optional.class);
    List<Object> articles = new ArrayList<>();
    for (Path file : files) {
      try {
        articles.add(read.invoke(reader, file, Optional.empty()));
      } catch (InvocationTargetException e) {
        System.err.println(file + ": " + e.getCause().getMessage());
        System.exit(2);
      }
    }
    return new Build(
        jar.toString(), extractor, extractorClass.getMethod("extract", articleClass), articles);
  }

  /** The CPU time per article, in milliseconds, of block {@code b} of this build. */
  private static double block(Build build, int b, ThreadMXBean threads)
      throws ReflectiveOperationException {
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < BLOCK; i++) {
      build.extract(b * BLOCK + i);
    }
    return (threads.getCurrentThreadCpuTime() - start) / 1e6 / BLOCK;
  }

  private static void print(Build build, double[] blocks) {
    double median = Samples.percentile(blocks, 50);
    System.out.printf(
        Locale.ROOT,
        "  %s: median block %.2f ms (%.0f articles per CPU second), fastest %.2f ms%n",
        build.name(),
        median,
        1000 / median,
        Samples.percentile(blocks, 0));
  }
}
