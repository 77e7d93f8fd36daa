package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.airace.text.Sentence;
import org.w3id.airace.text.TextLayer;
import org.w3id.airace.text.Token;
import org.w3id.airace.vocab.Race;

/**
 * Finds the actors a text names that the gazetteer does not know. A candidate is a run of name
 * words ({@link NameRuns}) that is no place, day, month, currency, unit, common acronym or law
 * ({@code data/lexicon/not-actors.tsv}) and does not directly adjoin a gazetteer mention ("Nvidia
 * Blackwell"). It becomes an actor only where the text gives evidence, strongest first:
 *
 * <ol>
 *   <li>an organisation or person cue of {@code data/lexicon/actors.ttl} right before it, perhaps
 *       with "called", "namens", "wie", "such as" between ("das Münchner Start-up Quantora", "a
 *       London company called Fennix Labs", "Konzernchef Max Muster"), a title before it ("Dr."),
 *       an apposition after it ("Fennix Labs, a start-up from London"), an English organisation cue
 *       ending it ("Fennix Labs") or a legal form after it ("Quantora GmbH") — the cue gives the
 *       class, {@code race:Organization} or {@code race:Person};
 *   <li>membership of an enumeration with a known actor ("Apple, Google und Quantora") — the class
 *       the known members share, else {@code race:Actor};
 *   <li>a CamelCase word or an acronym of two to six capitals tagged as a proper noun
 *       ("DeepSeek"-like, "SMIC"-like) — {@code race:Actor};
 *   <li>in English, a capitalised name that does not open the sentence and does not follow "in",
 *       "at", "from" — {@code race:Actor}.
 * </ol>
 *
 * A German capitalised word alone is no evidence: German nouns are capitalised and the tagger takes
 * some for proper nouns ("Allein", "Pläne"). Once a name has evidence anywhere in the text, every
 * occurrence of it is a new actor, also with a German genitive "s" ("Quantoras"), an English
 * possessive ("Fennix Labs'") or as the first part of a hyphenated compound ("Quantora-Modelle").
 *
 * <pre>{@code
 * NewActorFinder finder = new NewActorFinder(Gazetteer.bundled());
 * List<NewActor> found = finder.find(layer, entityMatcher.match(layer), cueMatcher.match(layer));
 * }</pre>
 */
public final class NewActorFinder {
  static final String ACTOR = Race.Actor.getURI();
  static final String ORGANIZATION = Race.Organization.getURI();
  static final String PERSON = Race.Person.getURI();
  private static final Set<String> CLASSES =
      Set.of(ORGANIZATION, PERSON, Race.Country.getURI(), Race.Project.getURI());

  private final Map<String, Set<String>> typesOf = new LinkedHashMap<>();
  private final NotActors notActors;
  private final NameRuns runs;
  private final ActorEvidence evidence;

  public NewActorFinder(Gazetteer gazetteer) {
    for (Entity entity : gazetteer.entities()) {
      Set<String> types = new HashSet<>(entity.types());
      types.retainAll(CLASSES);
      typesOf.put(entity.iri(), types);
    }
    this.notActors = NotActors.bundled();
    this.runs = new NameRuns(notActors, ORGANIZATION);
    this.evidence = new ActorEvidence(notActors, typesOf);
  }

  /**
   * The new actors of {@code layer}, in text order, not overlapping {@code known}.
   *
   * @param known the gazetteer's mentions ({@link EntityMatcher#match})
   * @param cues the cues found ({@link CueMatcher#match}); only those of {@code race:Organization}
   *     and {@code race:Person} are used
   */
  public List<NewActor> find(TextLayer layer, List<Mention> known, List<CueMention> cues) {
    Set<String> tokenTexts = new HashSet<>();
    List<NameRuns.Words> sentences = new ArrayList<>();
    List<List<Mention>> knownIn = new ArrayList<>();
    for (Sentence sentence : layer.sentences()) {
      sentence.tokens().forEach(t -> tokenTexts.add(t.text()));
      List<Mention> inSentence =
          known.stream()
              .filter(m -> m.begin() < sentence.end() && sentence.begin() < m.end())
              .toList();
      List<CueMention> cuesIn =
          cues.stream()
              .filter(c -> c.begin() < sentence.end() && sentence.begin() < c.end())
              .toList();
      knownIn.add(inSentence);
      sentences.add(words(layer, sentence, inSentence, cuesIn));
    }
    Map<String, ActorEvidence.Found> names = new LinkedHashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      NameRuns.Words w = sentences.get(s);
      List<NameRuns.Run> candidates = runs.of(w).stream().filter(r -> isCandidate(w, r)).toList();
      Map<NameRuns.Run, ActorEvidence.Found> found = evidence.of(w, candidates, knownIn.get(s));
      found.forEach(
          (run, f) -> names.merge(baseName(w, run, tokenTexts), f, ActorEvidence.Found::stronger));
    }
    return new Occurrences(names).in(sentences);
  }

  private static NameRuns.Words words(
      TextLayer layer, Sentence sentence, List<Mention> known, List<CueMention> cues) {
    List<Token> tokens = sentence.tokens();
    boolean english = layer.language().equals("en");
    boolean[] isKnown = new boolean[tokens.size()];
    String[] cue = new String[tokens.size()];
    boolean[] cueHead = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      isKnown[i] = known.stream().anyMatch(m -> m.begin() < t.end() && t.begin() < m.end());
    }
    for (CueMention c : cues) {
      if (!c.concept().equals(ORGANIZATION) && !c.concept().equals(PERSON)) {
        continue;
      }
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        boolean noun = english || NameRuns.isCapitalised(t.text());
        if (c.begin() <= t.begin() && t.end() <= c.end() && noun) {
          cue[i] = c.concept();
          last = i;
        }
      }
      if (last >= 0) {
        cueHead[last] = true;
      }
    }
    int[] clause = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      for (int c = 0; c < sentence.clauses().size(); c++) {
        if (sentence.clauses().get(c).begin() <= tokens.get(i).begin()) {
          clause[i] = c;
        }
      }
    }
    int firstWord = MetonymMatcher.firstWord(tokens);
    return new NameRuns.Words(
        layer.text(), tokens, english, isKnown, cue, cueHead, clause, firstWord);
  }

  /** Not a stop-listed name or a law, and not glued to a gazetteer mention. */
  private boolean isCandidate(NameRuns.Words w, NameRuns.Run r) {
    String name = name(w, r);
    if (notActors.excludes(name) || notActors.isLawWord(w.token(r.last()).text())) {
      return false;
    }
    boolean knownBefore =
        r.first() > 0
            && w.known()[r.first() - 1]
            && !(w.english() && NameRuns.possessive(w.token(r.first() - 1).text()) != null);
    boolean knownAfter = r.last() + 1 < w.tokens().size() && w.known()[r.last() + 1];
    return !knownBefore && !knownAfter;
  }

  /** The run's text, white space made single spaces. */
  static String name(NameRuns.Words w, NameRuns.Run r) {
    return w.text().substring(r.begin(), r.end()).replaceAll("\\s+", " ");
  }

  /**
   * The base form of the run's name: a German one-word name in "s" loses it where it is a genitive
   * — before a capitalised word ("Quantoras Modelle") or where the text also has the word without
   * the "s".
   */
  private static String baseName(NameRuns.Words w, NameRuns.Run r, Set<String> tokenTexts) {
    String name = name(w, r);
    if (w.english() || r.first() != r.last() || !name.endsWith("s") || name.length() < 4) {
      return name;
    }
    String base = name.substring(0, name.length() - 1);
    Token next = r.last() + 1 < w.tokens().size() ? w.token(r.last() + 1) : null;
    boolean beforeNoun =
        next != null
            && NameRuns.isCapitalised(next.text())
            && Set.of("NOUN", "PROPN", "X").contains(NameRuns.tag(next));
    return beforeNoun || tokenTexts.contains(base) ? base : name;
  }

  /** Every occurrence of the names found, longest name first, as new actors. */
  private static final class Occurrences {
    private final List<Map.Entry<String, ActorEvidence.Found>> names;

    Occurrences(Map<String, ActorEvidence.Found> names) {
      this.names = new ArrayList<>(names.entrySet());
      this.names.sort(
          Comparator.comparingInt((Map.Entry<String, ActorEvidence.Found> e) -> words(e).length)
              .thenComparingInt(e -> e.getKey().length())
              .reversed());
    }

    private static String[] words(Map.Entry<String, ActorEvidence.Found> e) {
      return e.getKey().split(" ");
    }

    List<NewActor> in(List<NameRuns.Words> sentences) {
      List<NewActor> found = new ArrayList<>();
      for (NameRuns.Words w : sentences) {
        boolean[] taken = w.known().clone();
        for (Map.Entry<String, ActorEvidence.Found> e : names) {
          String[] words = words(e);
          for (int i = 0; i + words.length <= w.tokens().size(); i++) {
            int end = matchEnd(w, i, words, taken);
            if (end >= 0) {
              int begin = w.token(i).begin();
              found.add(
                  new NewActor(
                      begin, end, w.text().substring(begin, end), e.getKey(), e.getValue().type()));
              for (int k = i; k < i + words.length; k++) {
                taken[k] = true;
              }
            }
          }
        }
      }
      found.sort(Comparator.comparingInt(NewActor::begin));
      return List.copyOf(found);
    }

    /** Where the mention of the name at token {@code i} ends, or -1 if the name is not there. */
    private static int matchEnd(NameRuns.Words w, int i, String[] words, boolean[] taken) {
      int n = words.length;
      for (int k = 0; k < n; k++) {
        if (taken[i + k] || k < n - 1 && !w.token(i + k).text().equals(words[k])) {
          return -1;
        }
      }
      Token last = w.token(i + n - 1);
      String word = words[n - 1];
      String text = last.text();
      if (text.equals(word) || !w.english() && text.equals(word + "s")) {
        return last.end();
      }
      if (w.english()
          && text.startsWith(word)
          && text.substring(word.length()).equals(NameRuns.possessive(text))) {
        return last.begin() + word.length();
      }
      if (text.equals(word + ".") && i + n == w.tokens().size()) {
        return last.begin() + word.length();
      }
      if (text.startsWith(word + "-") && text.length() > word.length() + 1) {
        return last.begin() + word.length();
      }
      return -1;
    }
  }
}
