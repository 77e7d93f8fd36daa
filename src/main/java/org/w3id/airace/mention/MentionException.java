package org.w3id.airace.mention;

/** A gazetteer or lexicon that cannot be used; the message names the file and the problem. */
public class MentionException extends RuntimeException {
  public MentionException(String message) {
    super(message);
  }

  public MentionException(String message, Throwable cause) {
    super(message, cause);
  }
}
