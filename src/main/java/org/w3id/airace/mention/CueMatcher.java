package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.airace.text.Clause;
import org.w3id.airace.text.Sentence;
import org.w3id.airace.text.TextLayer;
import org.w3id.airace.text.Token;

/**
 * Finds the lexicon's cues in a text, clause by clause. A word of a cue matches a token when the
 * token's text or lemma has the same light stem; in German, a noun of four or more letters also
 * matches as the head of a compound ("Infrastruktur" in "Recheninfrastruktur") — unless the token
 * is itself a word of the lexicon ("Deregulierung" is not a kind of "Regulierung"). The words of a
 * phrase must all stand in one clause, in any order, with at most {@value #SLACK} other tokens
 * among them. A concept is found once per span.
 */
public final class CueMatcher {
  static final int SLACK = 4;

  private final List<Cue> cues;
  private final Stemmer stemmer;
  private final boolean german;
  private final Set<String> wholeWords = new HashSet<>();
  // The positions in `cues` of the cues whose first word has this stem.
  private final Map<String, List<Integer>> byFirstStem = new HashMap<>();

  public CueMatcher(CueLexicon lexicon, String language) {
    this.cues = lexicon.cues(language);
    this.stemmer = new Stemmer(language);
    this.german = language.equals("de");
    cues.forEach(c -> c.words().forEach(w -> wholeWords.add(w.stem())));
    for (int i = 0; i < cues.size(); i++) {
      byFirstStem.computeIfAbsent(cues.get(i).words().get(0).stem(), s -> new ArrayList<>()).add(i);
    }
  }

  /**
   * The cues whose first word has one of these stems, in the lexicon's order (which decides which
   * of two cues of one concept on one span is kept): the only ones {@link #possible} can admit.
   */
  private List<Cue> candidates(Set<String> present, Set<String> heads) {
    BitSet chosen = new BitSet(cues.size());
    for (Set<String> stems : List.of(present, heads)) {
      for (String stem : stems) {
        byFirstStem.getOrDefault(stem, List.of()).forEach(chosen::set);
      }
    }
    return chosen.stream().mapToObj(cues::get).toList();
  }

  /** The cues found, in text order; one per cue and clause. */
  public List<CueMention> match(TextLayer layer) {
    String text = layer.text();
    List<CueMention> found = new ArrayList<>();
    for (Sentence sentence : layer.sentences()) {
      for (Clause clause : sentence.clauses()) {
        List<Token> tokens =
            sentence.tokens().stream()
                .filter(t -> t.begin() >= clause.begin() && t.end() <= clause.end())
                .toList();
        List<String[]> stems = tokens.stream().map(this::stems).toList();
        Set<String> present = new HashSet<>();
        Set<String> heads = new HashSet<>();
        for (String[] s : stems) {
          present.add(s[0]);
          present.add(s[1]);
          if (german && s[2].equals("N")) {
            addHeads(s[0], heads);
            addHeads(s[1], heads);
          }
        }
        for (Cue cue : candidates(present, heads)) {
          if (!possible(cue, present, heads)) {
            continue;
          }
          int[] span = find(cue, tokens, stems);
          if (span != null) {
            int begin = tokens.get(span[0]).begin();
            int end = tokens.get(span[1]).end();
            boolean known =
                found.stream()
                    .anyMatch(
                        c ->
                            c.concept().equals(cue.concept())
                                && c.begin() == begin
                                && c.end() == end);
            if (!known) {
              found.add(
                  new CueMention(
                      begin, end, text.substring(begin, end), cue.concept(), cue.phrase()));
            }
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(CueMention::begin).thenComparing(CueMention::concept));
    return List.copyOf(found);
  }

  /**
   * The token's stems: of its text and of its lemma; a third entry marks a noun that may be read as
   * a compound — one that is not itself a word of the lexicon ("Deregulierung" is not read as a
   * compound of "Regulierung").
   */
  private String[] stems(Token token) {
    boolean noun = token.pos().equals("NOUN") || token.pos().equals("PROPN");
    String text = stemmer.stem(token.text());
    String lemma = stemmer.stem(token.lemma());
    boolean compound = noun && !wholeWords.contains(text) && !wholeWords.contains(lemma);
    return new String[] {text, lemma, compound ? "N" : ""};
  }

  /**
   * Whether every word of the cue may match in a clause whose tokens have the stems {@code present}
   * and whose nouns that may be compounds end in the {@code heads}: a quick test before the search.
   */
  private boolean possible(Cue cue, Set<String> present, Set<String> heads) {
    for (Cue.Word word : cue.words()) {
      if (!present.contains(word.stem()) && !(word.noun() && heads.contains(word.stem()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds every head a compound of this stem may have ({@link #compoundOf}): its proper endings of
   * at least four letters.
   */
  private static void addHeads(String stem, Set<String> heads) {
    for (int begin = 1; begin <= stem.length() - 4; begin++) {
      heads.add(stem.substring(begin));
    }
  }

  /** The first and last token index of the cue in the clause, or null. */
  private int[] find(Cue cue, List<Token> tokens, List<String[]> stems) {
    List<Cue.Word> words = cue.words();
    for (int first = 0; first < tokens.size(); first++) {
      if (!matches(words.get(0), stems.get(first))) {
        continue;
      }
      int lo = first;
      int hi = first;
      boolean all = true;
      for (Cue.Word word : words.subList(1, words.size())) {
        int at = nearest(word, stems, first, words.size() + SLACK);
        if (at < 0) {
          all = false;
          break;
        }
        lo = Math.min(lo, at);
        hi = Math.max(hi, at);
      }
      if (all && hi - lo + 1 <= words.size() + SLACK) {
        return new int[] {lo, hi};
      }
    }
    return null;
  }

  private int nearest(Cue.Word word, List<String[]> stems, int from, int reach) {
    for (int d = 1; d <= reach; d++) {
      for (int at : new int[] {from + d, from - d}) {
        if (at >= 0 && at < stems.size() && matches(word, stems.get(at))) {
          return at;
        }
      }
    }
    return -1;
  }

  private boolean matches(Cue.Word word, String[] tokenStems) {
    String wanted = word.stem();
    if (tokenStems[0].equals(wanted) || tokenStems[1].equals(wanted)) {
      return true;
    }
    if (!german || !word.noun() || wanted.length() < 4 || !tokenStems[2].equals("N")) {
      return false;
    }
    return compoundOf(tokenStems[0], wanted) || compoundOf(tokenStems[1], wanted);
  }

  private static boolean compoundOf(String stem, String head) {
    return stem.length() > head.length() && stem.endsWith(head);
  }
}
