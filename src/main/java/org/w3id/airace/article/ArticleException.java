package org.w3id.airace.article;

import java.nio.file.Path;

/** An article file that cannot be read: the message names the file, the line and the problem. */
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
}
