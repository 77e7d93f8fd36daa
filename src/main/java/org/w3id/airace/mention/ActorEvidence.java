package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.airace.text.Token;

/**
 * The evidence a sentence gives that a candidate name is an actor, and the class it gives: see
 * {@link NewActorFinder} for the kinds of evidence, strongest first.
 */
final class ActorEvidence {
  static final int CUE = 3;
  static final int ENUMERATION = 2;
  static final int SHAPE = 1;

  private static final List<List<String>> CONNECTORS =
      List.of(
          List.of("called"),
          List.of("named"),
          List.of("dubbed"),
          List.of("including"),
          List.of("like"),
          List.of("such", "as"),
          List.of("namens"),
          List.of("genannt"),
          List.of("wie"));
  private static final int COMMA_SEPARATOR = 1;
  private static final int AND_SEPARATOR = 2;
  private static final Set<String> AND = Set.of("und", "and", "oder", "or", "sowie");
  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "from", "near", "across", "throughout");
  private static final Set<String> APPOSITION_STOPS =
      Set.of("PUNCT", "VERB", "AUX", "ADP", "SCONJ", "PRON", "CCONJ");

  /**
   * Evidence found: how strong ({@link #CUE}, {@link #ENUMERATION}, {@link #SHAPE}), which class.
   */
  record Found(int rank, String type) {
    /** The stronger of the two; the first where they are equally strong. */
    static Found stronger(Found a, Found b) {
      return b.rank() > a.rank() ? b : a;
    }
  }

  private final NotActors notActors;
  private final Map<String, Set<String>> typesOf;

  ActorEvidence(NotActors notActors, Map<String, Set<String>> typesOf) {
    this.notActors = notActors;
    this.typesOf = typesOf;
  }

  /** The candidates of one sentence that have evidence, with their strongest. */
  Map<NameRuns.Run, Found> of(NameRuns.Words w, List<NameRuns.Run> runs, List<Mention> known) {
    Map<NameRuns.Run, Found> found = new LinkedHashMap<>();
    for (NameRuns.Run r : runs) {
      String cue = cue(w, r);
      if (cue != null) {
        found.put(r, new Found(CUE, cue));
      }
    }
    enumerations(w, runs, known, found);
    for (NameRuns.Run r : runs) {
      if (!found.containsKey(r) && (shaped(w, r) || englishName(w, r))) {
        found.put(r, new Found(SHAPE, NewActorFinder.ACTOR));
      }
    }
    return found;
  }

  /** The class a cue, title, apposition, organisation word or legal form gives the run, or null. */
  private String cue(NameRuns.Words w, NameRuns.Run r) {
    if (r.orgHead() || r.legalForm()) {
      return NewActorFinder.ORGANIZATION;
    }
    int j = r.first() - 1;
    if (j >= 0 && notActors.isTitle(w.token(j).text())) {
      return NewActorFinder.PERSON;
    }
    j -= connector(w, j);
    boolean commaAfter = r.last() + 1 < w.tokens().size() && isComma(w.token(r.last() + 1));
    if (j >= 0 && commaAfter && isComma(w.token(j))) {
      j--; // "its founder, Jane Doe, said"
    }
    if (j >= 0 && w.cueHead()[j] && !endsName(w, j)) {
      return w.cue()[j];
    }
    return commaAfter ? apposition(w, r.last() + 2) : null;
  }

  /** Whether the cue at {@code j} is the last word of a name ("Fennix Labs"), not a noun. */
  private static boolean endsName(NameRuns.Words w, int j) {
    return w.english()
        && j > 0
        && NameRuns.isCapitalised(w.token(j).text())
        && NameRuns.isCapitalised(w.token(j - 1).text())
        && j - 1 != w.firstWord();
  }

  /** How many tokens of a connector ("called", "such as") end at {@code j}; 0 if none. */
  private static int connector(NameRuns.Words w, int j) {
    for (List<String> c : CONNECTORS) {
      int start = j - c.size() + 1;
      if (start < 0) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < c.size(); k++) {
        all &= w.token(start + k).text().toLowerCase(Locale.ROOT).equals(c.get(k));
      }
      if (all) {
        return c.size();
      }
    }
    return 0;
  }

  /** The cue heading a noun phrase that opens at {@code from}: "a start-up from …". */
  private static String apposition(NameRuns.Words w, int from) {
    String cue = null;
    for (int k = from; k < Math.min(from + 6, w.tokens().size()); k++) {
      if (w.cueHead()[k]) {
        cue = w.cue()[k];
      } else if (APPOSITION_STOPS.contains(NameRuns.tag(w.token(k)))) {
        break;
      }
    }
    return cue;
  }

  /**
   * Runs listed with a known actor ("Apple, Google und Quantora") or with a run a cue made an actor
   * ("Start-ups wie Quantora und Fennix") get the class their typed members share.
   */
  private void enumerations(
      NameRuns.Words w,
      List<NameRuns.Run> runs,
      List<Mention> known,
      Map<NameRuns.Run, Found> found) {
    List<int[]> units = new ArrayList<>(); // {first, last, run index or -1, known index or -1}
    for (int i = 0; i < runs.size(); i++) {
      units.add(new int[] {runs.get(i).first(), runs.get(i).last(), i, -1});
    }
    for (int m = 0; m < known.size(); m++) {
      int[] range = tokens(w, known.get(m));
      if (range != null) {
        units.add(new int[] {range[0], range[1], -1, m});
      }
    }
    units.sort(Comparator.comparingInt(u -> u[0]));
    int start = 0;
    boolean conjunction = false;
    for (int u = 1; u <= units.size(); u++) {
      int separator = u < units.size() ? separator(w, units.get(u - 1)[1], units.get(u)[0]) : 0;
      if (separator != 0) {
        conjunction |= separator == AND_SEPARATOR;
        continue;
      }
      if (u - start >= 2 && conjunction) {
        share(units.subList(start, u), runs, known, found);
      }
      start = u;
      conjunction = false;
    }
  }

  private void share(
      List<int[]> group,
      List<NameRuns.Run> runs,
      List<Mention> known,
      Map<NameRuns.Run, Found> found) {
    Set<String> common = null;
    boolean evidence = false;
    for (int[] unit : group) {
      Set<String> types = new HashSet<>();
      if (unit[3] >= 0) {
        evidence = true;
        types.addAll(typesOf.getOrDefault(known.get(unit[3]).entity(), Set.of()));
      } else {
        Found f = found.get(runs.get(unit[2]));
        if (f == null) {
          continue;
        }
        evidence = true;
        types.add(f.type());
      }
      if (common == null) {
        common = types;
      } else {
        common.retainAll(types);
      }
    }
    if (!evidence) {
      return;
    }
    String type =
        common != null && common.size() == 1 ? common.iterator().next() : NewActorFinder.ACTOR;
    for (int[] unit : group) {
      if (unit[2] >= 0) {
        found.merge(runs.get(unit[2]), new Found(ENUMERATION, type), Found::stronger);
      }
    }
  }

  /**
   * What separates two members of one clause: {@link #COMMA_SEPARATOR} (","), {@link
   * #AND_SEPARATOR} ("und", "and", and in English ", and": German puts no comma before "und" in a
   * list), or 0 when they are no neighbours in a list. A list needs a conjunction: "Fennix Labs,
   * Jane Doe" is an apposition.
   */
  private static int separator(NameRuns.Words w, int lastOfPrevious, int firstOfNext) {
    if (firstOfNext >= w.tokens().size()
        || firstOfNext <= lastOfPrevious
        || w.clause()[lastOfPrevious] != w.clause()[firstOfNext]) {
      return 0;
    }
    List<Token> between = w.tokens().subList(lastOfPrevious + 1, firstOfNext);
    if (between.isEmpty() || between.size() > 2) {
      return 0;
    }
    Token last = between.get(between.size() - 1);
    boolean and = AND.contains(last.text().toLowerCase(Locale.ROOT));
    if (between.size() == 2) {
      return w.english() && isComma(between.get(0)) && and ? AND_SEPARATOR : 0;
    }
    return and ? AND_SEPARATOR : isComma(last) ? COMMA_SEPARATOR : 0;
  }

  /** The first and last token of a mention in this sentence, or null. */
  private static int[] tokens(NameRuns.Words w, Mention m) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < w.tokens().size(); i++) {
      Token t = w.token(i);
      if (t.begin() < m.end() && m.begin() < t.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  /**
   * A CamelCase word tagged as a noun or proper noun (no German common noun is written so), or an
   * acronym tagged as a proper noun (in English also as a noun; German tags "KI" as a noun).
   */
  private boolean shaped(NameRuns.Words w, NameRuns.Run r) {
    for (int i = r.first(); i <= r.last(); i++) {
      Token t = w.token(i);
      String tag = NameRuns.tag(t);
      boolean proper = tag.equals("PROPN") || tag.equals("X");
      boolean noun = proper || tag.equals("NOUN");
      boolean camel = NameRuns.CAMEL_CASE.matcher(t.text()).matches() && noun;
      boolean acronym =
          NameRuns.ACRONYM.matcher(t.text()).matches() && (w.english() ? noun : proper);
      if ((camel || acronym) && !notActors.excludes(t.text())) {
        return true;
      }
    }
    return false;
  }

  /** English: a capitalised name inside the sentence, not after "in", "at" or "from". */
  private static boolean englishName(NameRuns.Words w, NameRuns.Run r) {
    if (!w.english() || r.first() <= w.firstWord()) {
      return false;
    }
    String before = w.token(r.first() - 1).text().toLowerCase(Locale.ROOT);
    return !LOCATIVE.contains(before);
  }

  private static boolean isComma(Token t) {
    return t.text().equals(",");
  }
}
