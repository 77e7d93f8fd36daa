package org.w3id.airace.mention;

/** The checks every {@link Quantity} record makes on its span. */
final class QuantitySpans {
  private QuantitySpans() {}

  static void check(int begin, int end, String anchor) {
    if (anchor == null) {
      throw new MentionException("Quantity anchor must not be null at [" + begin + "," + end + ")");
    }
    if (begin < 0 || end - begin != anchor.length()) {
      throw new MentionException(
          "Quantity span [" + begin + "," + end + ") does not fit its anchor \"" + anchor + "\"");
    }
  }

  static void require(boolean condition, String anchor, String message) {
    if (!condition) {
      throw new MentionException("Quantity \"" + anchor + "\": " + message);
    }
  }
}
