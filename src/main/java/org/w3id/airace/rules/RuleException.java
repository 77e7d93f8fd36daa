package org.w3id.airace.rules;

/** A rule that cannot be parsed or run; the message names the rule file. */
public class RuleException extends RuntimeException {
  public RuleException(String message, Throwable cause) {
    super(message, cause);
  }
}
