package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.List;
import org.w3id.airace.text.Clause;
import org.w3id.airace.text.Sentence;
import org.w3id.airace.text.TextLayer;
import org.w3id.airace.text.Token;

/**
 * Cuts sentences into claim units: the stretches one claim is made in. A unit starts with the
 * sentence, after a colon or semicolon ("Das Ergebnis ist bekannt: Microsoft dominierte …"), and at
 * a clause that opens with a coordinating conjunction (the text stage cuts "…, dass A gilt und dass
 * B gilt" before "und"); the clauses between belong to it, so a hedge in a main clause covers the
 * clause it introduces ("OpenAI scheint darauf zu setzen, dass …").
 */
public final class ClaimUnits {
  private ClaimUnits() {}

  /** The units of every sentence, in text order. */
  public static List<ClaimUnit> of(TextLayer layer) {
    List<ClaimUnit> units = new ArrayList<>();
    for (Sentence sentence : layer.sentences()) {
      int begin = -1;
      int end = -1;
      String previousEnd = "";
      for (Clause clause : sentence.clauses()) {
        List<Token> tokens =
            sentence.tokens().stream()
                .filter(t -> t.begin() >= clause.begin() && t.end() <= clause.end())
                .toList();
        boolean opens =
            begin < 0
                || previousEnd.equals(":")
                || previousEnd.equals(";")
                || opensWithConjunction(tokens);
        if (opens && begin >= 0) {
          units.add(new ClaimUnit(begin, end));
          begin = -1;
        }
        if (begin < 0) {
          begin = clause.begin();
        }
        end = clause.end();
        previousEnd = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).text();
      }
      if (begin >= 0) {
        units.add(new ClaimUnit(begin, end));
      }
    }
    return units;
  }

  private static boolean opensWithConjunction(List<Token> tokens) {
    return !tokens.isEmpty() && tokens.get(0).pos().equals("CCONJ");
  }
}
