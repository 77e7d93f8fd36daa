package org.w3id.airace.eval;

/** An evaluation case that cannot be read; the message names the file. */
public class EvalException extends RuntimeException {
  public EvalException(String message) {
    super(message);
  }

  public EvalException(String message, Throwable cause) {
    super(message, cause);
  }
}
