package org.w3id.airace.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One evaluation case: a folder with {@code article.md} and {@code expected.ttl}. The folder's name
 * is the article's slug.
 */
public record EvalCase(String name, Path article, Path expected) {
  static final String ARTICLE = "article.md";
  static final String EXPECTED = "expected.ttl";

  /**
   * The cases a path names: the case itself if it holds an article and expectations, else every
   * such folder inside it, sorted by name.
   *
   * @throws EvalException if the path holds no case
   */
  public static List<EvalCase> at(Path path) {
    if (isCase(path)) {
      return List.of(of(path));
    }
    if (!Files.isDirectory(path)) {
      throw new EvalException(path + ": no such folder of evaluation cases");
    }
    List<EvalCase> cases = new ArrayList<>();
    try (Stream<Path> children = Files.list(path)) {
      children.filter(EvalCase::isCase).sorted().forEach(p -> cases.add(of(p)));
    } catch (IOException e) {
      throw new EvalException(path + ": cannot list: " + e.getMessage());
    }
    if (cases.isEmpty()) {
      throw new EvalException(
          path + ": holds no case (a folder with " + ARTICLE + " and " + EXPECTED + ")");
    }
    return cases;
  }

  private static boolean isCase(Path p) {
    return Files.isRegularFile(p.resolve(ARTICLE)) && Files.isRegularFile(p.resolve(EXPECTED));
  }

  private static EvalCase of(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return new EvalCase(name.toString(), folder.resolve(ARTICLE), folder.resolve(EXPECTED));
  }
}
