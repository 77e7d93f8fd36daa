package org.w3id.airace.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.w3id.airace.article.Article;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.graph.ArticleGraph;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.mention.CueLexicon;
import org.w3id.airace.mention.Gazetteer;
import org.w3id.airace.mention.MentionFinder;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.rules.Rule;
import org.w3id.airace.rules.RuleEngine;
import org.w3id.airace.store.Inference;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.Validator;
import org.w3id.airace.text.Segmenter;
import org.w3id.airace.text.Span;
import org.w3id.airace.text.TextLayer;

/**
 * Times the extraction of one article on one thread after warm-up: the whole pipeline (median and
 * 90th percentile), then the share of each stage and of each rule, so a slow part shows itself, and
 * what the loader adds before it writes: the inference and the SHACL validation.
 *
 * <pre>
 * bench/extraction data/articles/wettlauf-ki.md [warm-up runs] [measured runs] [--words]
 * </pre>
 */
public final class ExtractionBenchmark {
  private static final int BLOCK = 10;

  private ExtractionBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ExtractionBenchmark ARTICLE [WARMUP] [RUNS]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    boolean words = args.length > 3 && args[3].equals("--words");

    Extractor extractor = Extractor.bundled().withWords(words);
    Article article = new ArticleReader().read(file, Optional.empty());
    for (int i = 0; i < warmup; i++) {
      extractor.extract(article);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] whole = new double[runs];
    // CPU time per block of BLOCK runs: on a shared machine the fastest blocks are the ones the
    // neighbours disturbed least.
    double[] blocks = new double[runs / BLOCK];
    long cpu = threads.getCurrentThreadCpuTime();
    long blockStart = cpu;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      extractor.extract(article);
      whole[i] = (System.nanoTime() - start) / 1e6;
      if ((i + 1) % BLOCK == 0) {
        long now = threads.getCurrentThreadCpuTime();
        blocks[(i + 1) / BLOCK - 1] = (now - blockStart) / 1e6 / BLOCK;
        blockStart = now;
      }
    }
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    System.out.printf(
        Locale.ROOT,
        "extraction of %s (%d characters, word layer %s), %d runs after %d warm-up runs, 1 thread%n",
        file,
        article.text().length(),
        words ? "written" : "left out",
        runs,
        warmup);
    System.out.printf(
        Locale.ROOT,
        "  CPU time of the thread: %.1f ms per article (%.0f articles per CPU second)%n",
        cpu / 1e6 / runs,
        runs / (cpu / 1e9));
    if (blocks.length > 0) {
      System.out.printf(
          Locale.ROOT,
          "  CPU time per article in blocks of %d runs: fastest block %.1f ms (%.0f articles per"
              + " CPU second), median block %.1f ms%n",
          BLOCK,
          Samples.percentile(blocks, 0),
          1000 / Samples.percentile(blocks, 0),
          Samples.percentile(blocks, 50));
    }
    System.out.printf(
        Locale.ROOT,
        "  whole pipeline: median %.1f ms, p90 %.1f ms%n",
        Samples.percentile(whole, 50),
        Samples.percentile(whole, 90));
    stages(article, runs);
    loaderStages(extractor, article, runs);
  }

  /** The median time of what the loader does to an extracted graph before it writes it. */
  private static void loaderStages(Extractor extractor, Article article, int runs) {
    Graph ontology = Loader.ontology();
    Inference inference = Inference.of(ontology);
    Validator validator = Validator.bundled();
    Graph context = Validator.context(inference.apply(extractor.gazetteer().graph()), ontology);
    double[] closing = new double[runs];
    double[] validating = new double[runs];
    for (int i = 0; i < runs; i++) {
      ArticleGraph extracted = extractor.extract(article);
      long t0 = System.nanoTime();
      ArticleGraph closed = inference.apply(extracted);
      long t1 = System.nanoTime();
      validator.validate(article.source().toString(), closed.graph(), context);
      long t2 = System.nanoTime();
      closing[i] = (t1 - t0) / 1e6;
      validating[i] = (t2 - t1) / 1e6;
    }
    System.out.println("  what the loader adds before it writes (medians):");
    System.out.printf(
        Locale.ROOT, "    %-34s %7.2f ms%n", "inference", Samples.percentile(closing, 50));
    System.out.printf(
        Locale.ROOT,
        "    %-34s %7.2f ms%n",
        "SHACL validation",
        Samples.percentile(validating, 50));
  }

  /** The median time of each stage, run the same way the extractor runs them. */
  private static void stages(Article article, int runs) {
    String lang = ArticleReader.primary(article.language());
    Segmenter segmenter = Segmenter.forLanguage(lang);
    Gazetteer gazetteer = Gazetteer.bundled();
    MentionFinder finder = new MentionFinder(gazetteer, CueLexicon.bundled(), lang);
    Graph background = RuleEngine.background(gazetteer.graph(), Bundled.ontology());
    Extractor extractor = new Extractor(gazetteer, new RuleEngine(List.of()));
    RuleEngine engine = RuleEngine.bundled();
    List<Rule> rules = engine.rules();

    Map<String, double[]> times = new LinkedHashMap<>();
    times.put("segment", new double[runs]);
    times.put("mentions", new double[runs]);
    times.put("layers (no rules)", new double[runs]);
    for (Rule rule : rules) {
      times.put("rule " + rule.name(), new double[runs]);
    }
    Span byline = article.byline().map(b -> new Span(b.begin(), b.end())).orElse(null);
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      TextLayer layer = segmenter.segment(article.text(), byline);
      long t1 = System.nanoTime();
      finder.find(layer);
      long t2 = System.nanoTime();
      Graph graph = extractor.extract(article).graph();
      long t3 = System.nanoTime();
      times.get("segment")[i] = (t1 - t0) / 1e6;
      times.get("mentions")[i] = (t2 - t1) / 1e6;
      times.get("layers (no rules)")[i] = (t3 - t2) / 1e6;
      int run = i;
      engine.apply(
          graph, background, (rule, nanos) -> times.get("rule " + rule.name())[run] = nanos / 1e6);
    }
    System.out.println("  stage medians (layers re-run segmentation and mentions):");
    times.forEach(
        (stage, t) ->
            System.out.printf(
                Locale.ROOT, "    %-34s %7.2f ms%n", stage, Samples.percentile(t, 50)));
  }
}
