package org.w3id.airace.text;

/**
 * A range of character offsets into a text: {@code begin} inclusive, {@code end} exclusive, as Java
 * {@link String} char indices.
 */
public record Span(int begin, int end) {

  public Span {
    if (begin < 0 || begin > end) {
      throw new TextException("Invalid span [" + begin + "," + end + ")");
    }
  }

  /** The number of chars in the span. */
  public int length() {
    return end - begin;
  }

  /** Whether {@code other} lies completely inside this span (an equal span counts as inside). */
  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }
}
