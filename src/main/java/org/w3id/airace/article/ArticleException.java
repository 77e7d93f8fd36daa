package org.w3id.airace.article;

import java.nio.file.Path;
import java.util.List;

/**
 * An article file that cannot be read: the message names the file, the line and the problem; or
 * several such files ({@link #ofSeveral}).
 */
public class ArticleException extends RuntimeException {
  public ArticleException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }

  public ArticleException(Path file, String problem) {
    super(file + ": " + problem);
  }

  public ArticleException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }

  private ArticleException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@code file} gives the article name {@code name}, which {@code first} gave already. */
  public static ArticleException sameName(Path file, String name, Path first) {
    return new ArticleException(
        file, "has the same name '" + name + "' as " + first + "; rename one");
  }

  /**
   * Several articles of one run that cannot be read: a line that counts them and says that nothing
   * was loaded, then each one's message on a line of its own. The first is the cause, the others
   * are suppressed.
   */
  public static ArticleException ofSeveral(int given, List<ArticleException> bad) {
    StringBuilder message =
        new StringBuilder()
            .append(bad.size())
            .append(" of ")
            .append(given)
            .append(bad.size() == 1 ? " articles is bad" : " articles are bad")
            .append("; nothing was loaded:");
    bad.forEach(e -> message.append("\n  ").append(e.getMessage()));
    ArticleException all = new ArticleException(message.toString(), bad.get(0));
    bad.stream().skip(1).forEach(all::addSuppressed);
    return all;
  }
}
