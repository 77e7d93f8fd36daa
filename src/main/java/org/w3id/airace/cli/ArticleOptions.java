package org.w3id.airace.cli;

import java.util.Optional;
import org.w3id.airace.article.ArticleReader;
import picocli.CommandLine.Option;

/** Options on how to read articles. */
final class ArticleOptions {
  @Option(
      names = "--language",
      paramLabel = "TAG",
      description =
          "The language of plain-text articles, de or en (default: detected from the text).")
  String language;

  /** The language given, if one was; a usage error when airace cannot read that language. */
  Optional<String> language() {
    if (language != null) {
      ArticleReader.languageProblem(language)
          .ifPresent(
              problem -> {
                throw new UsageException("--language" + problem);
              });
    }
    return Optional.ofNullable(language);
  }
}
