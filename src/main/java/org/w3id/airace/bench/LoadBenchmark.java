package org.w3id.airace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3id.airace.store.Loader;

/**
 * Triples per second into a fresh TDB2 database through the real command, {@code airace load}, as a
 * child process, against Jena's own bulk loader {@code tdb2.tdbloader} loading the same N-Quads
 * (what {@code airace export --format nq} gives back after the load) into another fresh database.
 * Both times are wall times of a whole JVM, start-up included. The load's extraction and validation
 * run on worker threads while it writes, so its time is not the sum of its stages; {@code bench/run
 * write} and {@code bench/run scale} measure the write and the extraction apart.
 *
 * <p>The corpus of a size is made of copies of the articles in {@code --articles} under other file
 * names (so each copy is a graph of its own), as many as bring the dataset nearest the size asked
 * for. Each size is measured as many times as {@code --runs} says for it (a list like the sizes';
 * its last number holds for the rest), the two commands taking turns, and the medians are printed.
 *
 * <pre>
 * bench/run load
 * java -cp target/airace.jar org.w3id.airace.bench.LoadBenchmark --jar target/airace.jar \
 *     --tdbloader-classpath-file target/bench.classpath --articles data/articles \
 *     --triples 10000,100000 --runs 3,1 --work /tmp/airace-bench
 * </pre>
 */
public final class LoadBenchmark {
  private static final Pattern GRAPH_LINE = Pattern.compile("^\\s*(\\d+)\\s+(\\S+)$");

  private final String jar;
  private final String tdbloaderClasspath;
  private final Path work;

  private LoadBenchmark(String jar, String tdbloaderClasspath, Path work) {
    this.jar = jar;
    this.tdbloaderClasspath = tdbloaderClasspath;
    this.work = work;
  }

  public static void main(String[] args) {
    Options options =
        new Options(
            "LoadBenchmark",
            Map.of(
                "--jar", "target/airace.jar",
                "--tdbloader-classpath-file", "target/bench.classpath",
                "--articles", "data/articles",
                "--triples", "10000,100000",
                "--runs", "3,1",
                "--work", ""),
            args);
    LoadBenchmark bench =
        new LoadBenchmark(
            options.get("--jar"),
            classpath(Path.of(options.get("--tdbloader-classpath-file"))),
            Path.of(options.get("--work")));
    String[] runs = options.get("--runs").split(",");
    List<Path> articles = Loader.articlesIn(Path.of(options.get("--articles")));
    List<Row> rows = new ArrayList<>();
    Calibration calibration = bench.calibrate(articles);
    System.out.printf(
        Locale.ROOT,
        "load: %d article(s) from %s give %d triples, the ontology and entities %d%n",
        articles.size(),
        options.get("--articles"),
        calibration.perCopy(),
        calibration.fixed());
    String[] sizes = options.get("--triples").split(",");
    for (int s = 0; s < sizes.length; s++) {
      long target = Long.parseLong(sizes[s].strip());
      int copies = calibration.copiesFor(target);
      int n = Integer.parseInt(runs[Math.min(s, runs.length - 1)].strip());
      rows.add(bench.measure(target, bench.corpus(articles, copies, target), n));
    }
    Row.print(rows);
  }

  /** Triples of the ontology and entities (in every load) and of one copy of the articles. */
  record Calibration(long fixed, long perCopy) {
    int copiesFor(long target) {
      return (int) Math.max(1, Math.round((double) (target - fixed) / perCopy));
    }
  }

  private Calibration calibrate(List<Path> articles) {
    Path db = work.resolve("calibration-db");
    Path log = work.resolve("calibration.log");
    Child.delete(db);
    Child.run(airace(List.of("load", "--db", db.toString()), articles), log);
    long fixed = 0;
    long articleTriples = 0;
    for (String line : lines(log)) {
      Matcher m = GRAPH_LINE.matcher(line);
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        if (m.group(2).contains("/graph/article/")) {
          articleTriples += n;
        } else {
          fixed += n;
        }
      }
    }
    Child.delete(db);
    return new Calibration(fixed, Math.max(1, articleTriples));
  }

  /** Copies of the articles under names {@code slug-NNNN.md}, in {@code work/corpus-SIZE}. */
  private List<Path> corpus(List<Path> articles, int copies, long target) {
    if (copies == 1) {
      return articles;
    }
    Path folder = work.resolve("corpus-" + target);
    Child.delete(folder);
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (int c = 1; c <= copies; c++) {
        for (Path article : articles) {
          String name = article.getFileName().toString();
          int dot = name.lastIndexOf('.');
          Path copy =
              folder.resolve(
                  String.format(
                      Locale.ROOT, "%s-%04d%s", name.substring(0, dot), c, name.substring(dot)));
          Files.copy(article, copy);
          files.add(copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private Row measure(long target, List<Path> files, int runs) {
    Path db = work.resolve("airace-" + target);
    Path tdb = work.resolve("tdbloader-" + target);
    Path nquads = work.resolve("export-" + target);
    Path log = work.resolve("load-" + target + ".log");
    List<Double> load = new ArrayList<>();
    List<Double> tdbloader = new ArrayList<>();
    long triples = 0;
    for (int run = 1; run <= runs; run++) {
      Child.delete(db);
      load.add(Child.run(airace(List.of("load", "--db", db.toString()), files), log));
      if (run == 1) {
        Child.delete(nquads);
        Child.run(
            airace(
                List.of(
                    "export", "--db", db.toString(), "--format", "nq", "--out", nquads.toString()),
                List.of()),
            log);
        triples = count(nquads.resolve("airace.nq"));
      }
      Child.delete(tdb);
      tdbloader.add(
          Child.run(
              List.of(
                  "java",
                  "-cp",
                  tdbloaderClasspath,
                  "tdb2.tdbloader",
                  "--loc",
                  tdb.toString(),
                  nquads.resolve("airace.nq").toString()),
              log));
      System.out.printf(
          Locale.ROOT,
          "  %d triples (%d files), run %d: airace load %.0f ms, tdb2.tdbloader %.0f ms%n",
          triples,
          files.size(),
          run,
          load.get(run - 1),
          tdbloader.get(run - 1));
    }
    Child.delete(tdb);
    return new Row(triples, files.size(), load, tdbloader);
  }

  /** {@code java -jar airace.jar ARGS FILES...}. */
  private List<String> airace(List<String> args, List<Path> files) {
    List<String> line = new ArrayList<>(List.of("java", "-jar", jar));
    line.addAll(args);
    files.forEach(f -> line.add(f.toString()));
    return line;
  }

  /** The classpath in a file written by {@code mvn -Pbench dependency:build-classpath}. */
  static String classpath(Path file) {
    return String.join("", lines(file)).strip();
  }

  /** The number of lines that are not blank: the quads of an N-Quads file, read as a stream. */
  private static long count(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(l -> !l.isBlank()).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The medians of one size. */
  record Row(long triples, int files, List<Double> load, List<Double> tdbloader) {
    static void print(List<Row> rows) {
      System.out.println();
      System.out.println(
          "| triples | files | airace load ms | triples/s | tdb2.tdbloader ms | triples/s"
              + " | ratio airace/tdbloader | median ratio of a run | runs airace ms"
              + " | runs tdbloader ms |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
      for (Row r : rows) {
        double load = Samples.median(r.load);
        double tdb = Samples.median(r.tdbloader);
        System.out.printf(
            Locale.ROOT,
            "| %d | %d | %.0f | %.0f | %.0f | %.0f | %.3f | %.3f | %s | %s |%n",
            r.triples,
            r.files,
            load,
            r.triples / load * 1000,
            tdb,
            r.triples / tdb * 1000,
            tdb / load,
            Samples.median(pairedRatios(r)),
            runs(r.load),
            runs(r.tdbloader));
      }
      System.out.println(
          "(medians; ratio = airace's triples/s over tdb2.tdbloader's, above 1 is faster: of the"
              + " medians, and the median of each run's own ratio, the two commands of a run"
              + " measured one after the other; every time is a whole JVM's wall time)");
    }

    /** Each run's tdbloader time over its airace load time. */
    private static List<Double> pairedRatios(Row r) {
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < r.load.size(); i++) {
        ratios.add(r.tdbloader.get(i) / r.load.get(i));
      }
      return ratios;
    }

    private static String runs(List<Double> millis) {
      return String.join(
          ", ", millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
    }
  }
}
