package org.w3id.airace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence's tokens into clauses with a few rules over the tokens and their UD tags.
 *
 * <p>A clause ends after a semicolon, a colon or a dash (–, —, or a hyphen standing alone), and
 * after a comma, which puts the boundary before the subordinating conjunction (SCONJ), relative
 * pronoun (PRON/DET, also after a preposition: ", in der") or coordinating conjunction (",
 * sondern", ", but") that follows it. A comma that only coordinates nominal words does not end a
 * clause: the token before it is ADJ, NOUN, PROPN or NUM and so is the token after it, or the one
 * after a coordinating conjunction — unless a verb follows that one ("…, und Deutschland fördert")
 * ("riesige, zentralisierte Infrastrukturen", "kleinere, aber lukrative Nische", "Apple, Google and
 * Meta"). A clause also ends before a coordinating conjunction that opens a second subordinate
 * clause ("…, dass A gilt und dass B gilt").
 *
 * <p>Punctuation at a boundary, and closing quotes attached to it, belong to the preceding clause.
 * A clause without any letter or digit is joined to the one before it.
 */
final class ClauseSplitter {

  private static final Set<String> NOMINAL = Set.of("ADJ", "NOUN", "PROPN", "NUM");

  /**
   * Subordinating conjunctions the taggers sometimes mistake ("und dass/DET", ", whereas/NOUN").
   */
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "dass",
          "ob",
          "weil",
          "wenn",
          "obwohl",
          "damit",
          "während",
          "wohingegen",
          "that",
          "whether",
          "because",
          "although",
          "whereas",
          "while");

  private ClauseSplitter() {}

  static List<Clause> split(List<Token> tokens) {
    List<List<Token>> runs = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      current.add(tokens.get(i));
      boolean boundary = endsClause(tokens, i);
      while (boundary && isAttachedCloser(tokens, i + 1)) {
        i++;
        current.add(tokens.get(i));
      }
      if (boundary) {
        addRun(runs, current);
        current = new ArrayList<>();
      }
    }
    addRun(runs, current);
    return runs.stream()
        .map(run -> new Clause(run.get(0).begin(), run.get(run.size() - 1).end()))
        .toList();
  }

  private static void addRun(List<List<Token>> runs, List<Token> run) {
    if (run.isEmpty()) {
      return;
    }
    boolean wordless = run.stream().noneMatch(token -> Chars.hasWordCharacter(token.text()));
    if (wordless && !runs.isEmpty()) {
      runs.get(runs.size() - 1).addAll(run);
    } else {
      runs.add(run);
    }
  }

  private static boolean endsClause(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String text = tokens.get(i).text();
    if (text.equals(";") || text.equals(":") || isDash(text)) {
      return true;
    }
    if (opensCoordinatedSubclause(tokens, i + 1)) {
      return true;
    }
    return text.equals(",")
        && (isSubordinator(tokens.get(i + 1)) || !coordinatesNominals(tokens, i));
  }

  /** A coordinating conjunction right before a subordinating one: "und dass", "and that". */
  private static boolean opensCoordinatedSubclause(List<Token> tokens, int i) {
    return i + 1 < tokens.size()
        && tokens.get(i).pos().equals("CCONJ")
        && isSubordinator(tokens.get(i + 1));
  }

  private static boolean isSubordinator(Token token) {
    return token.pos().equals("SCONJ")
        || SUBORDINATORS.contains(token.text().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isDash(String text) {
    return text.length() == 1 && (Chars.isDash(text.charAt(0)) || Chars.isHyphen(text.charAt(0)));
  }

  private static boolean coordinatesNominals(List<Token> tokens, int comma) {
    if (comma == 0) {
      return false;
    }
    int next = comma + 1;
    if (tokens.get(next).pos().equals("CCONJ") && next + 1 < tokens.size()) {
      next++;
      if (verbAt(tokens, next + 1)) {
        return false; // ", und Deutschland fördert …": a subject and its verb, a new clause
      }
    }
    return NOMINAL.contains(tokens.get(comma - 1).pos())
        && NOMINAL.contains(tokens.get(next).pos());
  }

  private static boolean verbAt(List<Token> tokens, int i) {
    return i < tokens.size()
        && (tokens.get(i).pos().equals("VERB") || tokens.get(i).pos().equals("AUX"));
  }

  /** A quote or closing bracket glued to the token before it. */
  private static boolean isAttachedCloser(List<Token> tokens, int i) {
    if (i >= tokens.size() || i + 1 >= tokens.size()) {
      return false;
    }
    String text = tokens.get(i).text();
    boolean closer =
        text.length() == 1
            && (Chars.isQuote(text.charAt(0))
                || Chars.CLOSING_BRACKETS.indexOf(text.charAt(0)) >= 0);
    return closer && tokens.get(i).begin() == tokens.get(i - 1).end();
  }
}
