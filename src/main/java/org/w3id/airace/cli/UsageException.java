package org.w3id.airace.cli;

/** Arguments that parse but do not make sense together; exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
