package org.w3id.airace.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits a sentence into OpenNLP's tokens, remembering how each whitespace-separated word was
 * split. OpenNLP's {@link TokenizerME} cuts a text at whitespace and then asks its model, at every
 * character inside each piece, whether to split there, from features of that piece alone; so the
 * split of a piece depends on nothing but its characters, and a piece seen before is split the same
 * way without asking the model again. That model was the largest single cost of segmentation.
 */
final class WordSplitter {
  private static final int CAPACITY = 50_000;
  private static final int[] WHOLE = {};

  private final TokenizerME tokenizer;
  private final BoundedCache<String, int[]> splits = new BoundedCache<>(CAPACITY);

  WordSplitter(TokenizerME tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** The tokens of {@code text} between {@code begin} and {@code end}, as absolute spans. */
  List<Span> split(String text, int begin, int end) {
    List<Span> tokens = new ArrayList<>();
    int i = begin;
    while (i < end) {
      if (isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < end && !isSpace(text.charAt(i))) {
        i++;
      }
      int[] cuts = i - start < 2 ? WHOLE : splits.get(text.substring(start, i), this::cuts);
      if (cuts.length == 0) {
        tokens.add(new Span(start, i));
      } else {
        for (int k = 0; k < cuts.length; k += 2) {
          tokens.add(new Span(start + cuts[k], start + cuts[k + 1]));
        }
      }
    }
    return tokens;
  }

  /** The model's tokens of one piece as offset pairs into it, or none if it stays whole. */
  private int[] cuts(String piece) {
    opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(piece);
    if (spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == piece.length()) {
      return WHOLE;
    }
    int[] cuts = new int[spans.length * 2];
    for (int k = 0; k < spans.length; k++) {
      cuts[2 * k] = spans[k].getStart();
      cuts[2 * k + 1] = spans[k].getEnd();
    }
    return cuts;
  }

  /** OpenNLP's whitespace: Java's, and the space separators such as the no-break space. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }
}
