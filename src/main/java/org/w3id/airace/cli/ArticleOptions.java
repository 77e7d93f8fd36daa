package org.w3id.airace.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** Options on how to read articles. */
final class ArticleOptions {
  @Option(
      names = "--language",
      paramLabel = "TAG",
      description =
          "The language of plain-text articles, de or en (default: detected from the text).")
  String language;

  Optional<String> language() {
    return Optional.ofNullable(language);
  }
}
