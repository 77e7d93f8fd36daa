package org.w3id.airace.text;

/** The one unchecked exception of the text stage. */
public class TextException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TextException(String message) {
    super(message);
  }

  public TextException(String message, Throwable cause) {
    super(message, cause);
  }
}
