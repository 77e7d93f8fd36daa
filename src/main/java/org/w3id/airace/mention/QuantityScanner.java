package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.airace.text.Sentence;
import org.w3id.airace.text.Token;

/**
 * Tries a pattern at the start of each token of a sentence that its gate lets through, and lets a
 * reader turn each match into a quantity or reject it. The pattern sees the sentence's text only,
 * so a quantity never crosses a sentence border; it is tried once per token, not once per char.
 */
final class QuantityScanner {
  /** Reads a match in a sentence whose text starts at {@code offset} of the article text. */
  interface Reader {
    Optional<? extends Quantity> read(Matcher match, int offset);
  }

  private QuantityScanner() {}

  static List<Quantity> scan(
      Pattern pattern, QuantityGate gate, String text, Sentence sentence, Reader reader) {
    List<Quantity> found = new ArrayList<>();
    Matcher match = null;
    int covered = sentence.begin();
    for (Token token : sentence.tokens()) {
      if (token.begin() < covered || !gate.opens(token)) {
        continue;
      }
      if (match == null) {
        match =
            pattern
                .matcher(text.substring(sentence.begin(), sentence.end()))
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
      }
      match.region(token.begin() - sentence.begin(), sentence.end() - sentence.begin());
      if (match.lookingAt()) {
        Optional<? extends Quantity> quantity = reader.read(match, sentence.begin());
        if (quantity.isPresent()) {
          found.add(quantity.get());
          covered = quantity.get().end();
        }
      }
    }
    return found;
  }
}
