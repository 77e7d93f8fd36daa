package org.w3id.airace.store;

/**
 * A database that cannot be opened, read or written, or input it cannot take; the message names the
 * directory or the input.
 */
public class StoreException extends RuntimeException {
  private final boolean badInput;

  public StoreException(String message) {
    this(message, null);
  }

  public StoreException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private StoreException(String message, Throwable cause, boolean badInput) {
    super(message, cause);
    this.badInput = badInput;
  }

  /**
   * A failure caused by what the user gave (a query with a syntax error, two articles with one
   * name).
   */
  public static StoreException badInput(String message, Throwable cause) {
    return new StoreException(message, cause, true);
  }

  /** True when the input was at fault, not the database. */
  public boolean isBadInput() {
    return badInput;
  }
}
