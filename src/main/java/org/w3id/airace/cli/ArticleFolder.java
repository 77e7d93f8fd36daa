package org.w3id.airace.cli;

import java.nio.file.Files;
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

  /** The article files in the folder, sorted by name; none if the folder does not exist. */
  List<Path> articles() {
    return Loader.articlesIn(folder);
  }

  /**
   * The article files in the folder, sorted by name; a usage error when it is not a folder or holds
   * no article.
   */
  List<Path> articlesToLoad() {
    if (!Files.exists(folder)) {
      throw new UsageException(folder + ": no such folder (--articles)");
    }
    if (!Files.isDirectory(folder)) {
      throw new UsageException(folder + ": not a folder (--articles); give article files as FILE");
    }
    List<Path> found = articles();
    if (found.isEmpty()) {
      throw new UsageException(
          folder
              + ": no article in this folder (--articles): no file ends with "
              + String.join(", ", Loader.ARTICLE_SUFFIXES)
              + "; nothing was loaded");
    }
    return found;
  }
}
