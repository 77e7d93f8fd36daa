package org.w3id.airace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.airace.article.ArticleException;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.graph.ArticleGraph;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.store.Inference;
import org.w3id.airace.store.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code airace extract}: what the loader would store for some articles, without a database. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print the named graphs the loader would store for these articles, and touch no database.",
      "Together with ontology/ and data/entities/, the output answers every competency question"
          + " for those articles."
    })
final class ExtractCommand implements Runnable {
  enum Format {
    TTL(RDFFormat.TURTLE_PRETTY),
    NT(RDFFormat.NTRIPLES),
    NQ(RDFFormat.NQUADS),
    TRIG(RDFFormat.TRIG_PRETTY),
    JSONLD(RDFFormat.JSONLD);

    final RDFFormat rdf;

    Format(RDFFormat rdf) {
      this.rdf = rdf;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files (.md or .txt).")
  List<Path> files;

  @Option(
      names = "--format",
      defaultValue = "trig",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). ttl and nt merge"
              + " the articles' graphs; the others keep them apart.")
  Format format;

  @Mixin ArticleOptions articles;
  @Mixin WordsOption words;

  @Override
  public void run() {
    requireDistinctNames(files);
    Extractor extractor = words.extractor();
    Inference inference = Inference.bundled();
    PrintStream stdout = System.out;
    // N-Quads go out article by article, so memory stays flat however many files there are; the
    // other formats gather every graph first (Turtle and N-Triples merge them, the pretty writers
    // group and prefix them).
    StreamRDF quads =
        format == Format.NQ ? StreamRDFWriter.getWriterStream(stdout, RDFFormat.NQUADS) : null;
    DatasetGraph out = DatasetGraphFactory.create();
    Progress progress = Progress.toStderr("extract");
    progress.begin("extracting", files.size(), "articles");
    if (quads != null) {
      quads.start();
    }
    try {
      for (Path file : files) {
        ArticleGraph article = inference.apply(extractor.extract(file, articles.language()));
        Node name = article.name();
        article
            .graph()
            .find()
            .forEachRemaining(
                t -> {
                  if (quads != null) {
                    quads.quad(Quad.create(name, t));
                  } else {
                    out.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                  }
                });
        progress.step();
      }
    } finally {
      progress.end();
    }
    if (quads != null) {
      quads.finish();
    } else if (format == Format.TTL || format == Format.NT) {
      RDFDataMgr.write(stdout, out.getUnionGraph(), format.rdf);
    } else {
      RDFDataMgr.write(stdout, out, format.rdf);
    }
    stdout.flush();
  }

  /**
   * Refuses two article files that give one name (one graph), before anything is written: their
   * graphs would merge in the output, as {@code load} refuses them too. A file that is no article
   * is left to the reader, which says why.
   */
  private static void requireDistinctNames(List<Path> files) {
    Map<String, Path> names = new HashMap<>();
    for (Path file : files) {
      String name = String.valueOf(file.getFileName());
      if (Loader.ARTICLE_SUFFIXES.stream().noneMatch(name::endsWith)) {
        continue;
      }
      String slug;
      try {
        slug = ArticleReader.slugOf(file);
      } catch (ArticleException e) {
        continue;
      }
      Path first = names.putIfAbsent(slug, file);
      if (first != null) {
        throw ArticleException.sameName(file, slug, first);
      }
    }
  }
}
