package org.w3id.airace.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3id.airace.article.Article;
import org.w3id.airace.article.ArticleReader;
import org.w3id.airace.corpus.CorpusGenerator;

/** Article texts to hold the fast decoders to OpenNLP's own: the real and test-case articles. */
final class TestTexts {
  private TestTexts() {}

  /** The texts of the articles in {@code data/articles} and the test cases in the language. */
  static List<String> articles(String language) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> paths =
        Stream.concat(
            Files.list(Path.of("data/articles")),
            Files.walk(Path.of("src/test/resources/cases")))) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Article article = new ArticleReader().read(path, Optional.empty());
        if (article.language().equals(language)) {
          found.add(article.text());
        }
      }
    }
    return found;
  }

  /** The articles' texts and those of {@code count} generated articles in the language. */
  static List<String> articlesAndGenerated(String language, int count, Path dir)
      throws IOException {
    List<String> texts = new ArrayList<>(articles(language));
    CorpusGenerator generator = new CorpusGenerator();
    for (int i = 1; i <= count; i++) {
      Path file = dir.resolve("generated-" + language + "-" + i + ".md");
      Files.writeString(file, generator.article(7, language, i, "generated-" + i).file());
      texts.add(new ArticleReader().read(file, Optional.empty()).text());
    }
    return texts;
  }
}
