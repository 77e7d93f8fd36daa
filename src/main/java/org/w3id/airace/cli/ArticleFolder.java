package org.w3id.airace.cli;

import java.nio.file.Path;
import java.util.List;
import org.w3id.airace.store.Loader;
import picocli.CommandLine.Option;

/** The {@code --articles} option: the folder of articles to load when none is named. */
final class ArticleFolder {
  @Option(
      names = "--articles",
      paramLabel = "DIR",
      defaultValue = "data/articles",
      description =
          "The folder of articles to load when none is named (default: ${DEFAULT-VALUE}).")
  Path folder;

  /** The article files in the folder, sorted by name. */
  List<Path> articles() {
    return Loader.articlesIn(folder);
  }
}
