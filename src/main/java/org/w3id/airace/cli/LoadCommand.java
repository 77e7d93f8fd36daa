package org.w3id.airace.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.Store;
import org.w3id.airace.store.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code airace load}: articles into the database. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Load articles into the database, with the ontology and the entities.",
      "Each article's named graph is replaced; all are read first, then extracted and validated"
          + " on --threads threads while one writes them, in one transaction, so bad input"
          + " leaves the database as it was."
    })
final class LoadCommand implements Runnable {
  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Article files (.md or .txt); default: every article in --articles.")
  List<Path> files;

  @Mixin ArticleFolder articleFolder;
  @Mixin WordsOption words;
  @Mixin ThreadsOption threads;
  @Mixin DatabaseOption db;
  @Mixin ArticleOptions articles;

  @Override
  public void run() {
    List<Path> toLoad = files == null || files.isEmpty() ? articleFolder.articlesToLoad() : files;
    Optional<String> language = articles.language();
    Extractor extractor = words.extractor();
    int workers = threads.threads();
    try (Store store = db.openOrCreate()) {
      Loader.Result result =
          new Loader(store, extractor, Validator.bundled(), workers)
              .load(toLoad, language, Progress.toStderr("load"));
      result
          .graphs()
          .forEach((graph, size) -> System.out.printf("%8d  %s%n", size, graph.getURI()));
      System.out.printf("loaded %d article(s) into %s%n", toLoad.size(), db.directory);
      result.warnings().forEach(w -> System.err.println("airace: warning: " + w));
    }
  }
}
