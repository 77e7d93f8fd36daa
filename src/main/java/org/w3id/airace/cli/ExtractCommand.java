package org.w3id.airace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.airace.graph.ArticleGraph;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.store.Inference;
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
    Extractor extractor = words.extractor();
    Inference inference = Inference.bundled();
    DatasetGraph out = DatasetGraphFactory.createTxnMem();
    Progress progress = Progress.toStderr("extract");
    progress.begin("extracting", files.size(), "articles");
    try {
      for (Path file : files) {
        ArticleGraph article = inference.apply(extractor.extract(file, articles.language()));
        article
            .graph()
            .find()
            .forEachRemaining(
                t -> out.add(article.name(), t.getSubject(), t.getPredicate(), t.getObject()));
        progress.step();
      }
    } finally {
      progress.end();
    }
    PrintStream stdout = System.out;
    if (format == Format.TTL || format == Format.NT) {
      RDFDataMgr.write(stdout, out.getUnionGraph(), format.rdf);
    } else {
      RDFDataMgr.write(stdout, out, format.rdf);
    }
    stdout.flush();
  }
}
