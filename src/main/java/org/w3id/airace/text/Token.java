package org.w3id.airace.text;

/**
 * A token with its exact offsets, its text ({@code text.substring(begin, end)}), its UD universal
 * part-of-speech tag and its lemma.
 *
 * <p>{@code pos} is the UPOS tag of the OpenNLP UD model, e.g. {@code NOUN}, {@code PROPN}; for a
 * German contraction such as "zur" or "im" the model gives the tags of both parts joined by {@code
 * +} ({@code ADP+DET}, lemma {@code zu+der}). {@code lemma} is never null; where the lemmatiser has
 * no answer it is the token text.
 */
public record Token(int begin, int end, String text, String pos, String lemma) {

  public Token {
    if (begin < 0 || begin > end) {
      throw new TextException("Invalid token span [" + begin + "," + end + ")");
    }
    if (text == null || pos == null || lemma == null) {
      throw new TextException("Token text, pos and lemma must not be null");
    }
    if (text.length() != end - begin) {
      throw new TextException("Token text '" + text + "' does not fit [" + begin + "," + end + ")");
    }
  }

  /** The token's offsets. */
  public Span span() {
    return new Span(begin, end);
  }
}
