package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.airace.text.Clause;
import org.w3id.airace.text.Paragraph;
import org.w3id.airace.text.Sentence;
import org.w3id.airace.text.TextLayer;
import org.w3id.airace.text.Token;

/**
 * Finds the agent of each clause, with simple and explicit rules:
 *
 * <ol>
 *   <li>a personal pronoun ("sie", "they", "it") before any noun or name of the clause (also after
 *       the verb, as German puts it: "Zugleich steckt er …") refers to the latest agent before it
 *       ("It now runs its assistants … OpenAI" is about the company named before, not about
 *       OpenAI); German "es" does so only when that agent was named with a neuter article ("das
 *       Start-up Quantora … Es kommt mit …") and its verb is not one of the impersonal ones ("Es
 *       ist, als …", "es gibt");
 *   <li>else an actor the clause names, unless a preposition governs it ("die Leistung von OpenAI",
 *       "zwischen Apple und Microsoft", "to most American companies"), with the actors coordinated
 *       with it ("die USA und China");
 *   <li>else "die eine Seite" / "die andere Seite" ("the one side" / "the other side", "the former"
 *       / "the latter") refer to the two actors of the latest sentence of the same paragraph that
 *       contrasts exactly two agents — and stay unresolved when there is no such sentence;
 *   <li>else the clause takes the agent of the nearest clause before it in the same sentence that
 *       is not a relative clause ("…, an dem OpenAIs Pläne bekannt wurden, verkündete …").
 * </ol>
 */
public final class AgentFinder {
  private static final Set<String> PERSONAL = Set.of("sie", "er", "they", "it", "he", "she");
  // German "es" is mostly expletive ("Es ist, als …"): it refers back only to a neuter agent
  // ("das Start-up"), and not with the verbs of impersonal phrases.
  private static final String ES = "es";
  private static final Set<String> NEUTER_ARTICLES = Set.of("das", "dieses", "jenes");
  private static final Set<String> IMPERSONAL_VERBS =
      Set.of("sein", "geben", "gehen", "handeln", "scheinen", "werden", "bleiben", "gelten");
  private static final Set<String> RELATIVE =
      Set.of(
          "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches",
          "which", "who", "whom", "whose", "that");
  private static final Set<String> ONE_SIDE = Set.of("eine", "einen", "one", "former");
  private static final Set<String> OTHER_SIDE = Set.of("andere", "anderen", "other", "latter");
  private static final Set<String> MODIFIERS = Set.of("DET", "ADJ");
  private static final Set<String> NOUN_PHRASE = Set.of("DET", "ADJ", "NOUN");
  private static final Set<String> NOUN_PHRASE_WORDS = Set.of("ADJ", "NOUN", "PROPN", "X");
  private static final Set<String> SIDE_WORDS = Set.of("seite", "side", "former", "latter");

  private final String contrastConcept;

  /**
   * @param contrastConcept the lexicon concept whose cues mark a contrast
   */
  public AgentFinder(String contrastConcept) {
    this.contrastConcept = contrastConcept;
  }

  /** The agents of the clauses that have one, in text order. */
  public List<ClauseAgent> find(TextLayer layer, List<Mention> mentions, List<CueMention> cues) {
    List<ClauseAgent> agents = new ArrayList<>();
    List<String> latest = List.of();
    boolean latestNeuter = false;
    // A one-word contrast cue ("während", "while") the tagger calls a preposition is a conjunction.
    Set<Integer> conjunctions = new HashSet<>();
    cues.stream()
        .filter(c -> c.concept().equals(contrastConcept) && !c.anchor().contains(" "))
        .forEach(c -> conjunctions.add(c.begin()));
    for (Paragraph paragraph : layer.paragraphs()) {
      List<String> contrasted = List.of();
      for (Sentence sentence : paragraph.sentences()) {
        List<ClauseAgent> inSentence = new ArrayList<>();
        List<String> carried = List.of();
        boolean first = true;
        for (Clause clause : sentence.clauses()) {
          List<Token> tokens = tokensOf(sentence, clause);
          boolean relative = !first && isRelative(tokens);
          ClauseAgent agent = named(clause, tokens, mentions, conjunctions, relative);
          boolean pronounFirst = startsWithPersonalPronoun(tokens, latestNeuter);
          if (!latest.isEmpty() && pronounFirst) {
            agent = new ClauseAgent(clause.begin(), clause.end(), latest, ClauseAgent.How.PRONOUN);
          }
          if (agent == null) {
            agent = side(clause, tokens, contrasted);
          }
          if (agent == null && !carried.isEmpty()) {
            agent =
                new ClauseAgent(clause.begin(), clause.end(), carried, ClauseAgent.How.INHERITED);
          }
          if (agent != null) {
            inSentence.add(agent);
            if (agent.how() == ClauseAgent.How.NAMED) {
              latestNeuter = namedWithNeuterArticle(tokens, mentions, agent);
            }
            latest = agent.entities();
            if (!relative) {
              carried = agent.entities();
            }
          }
          first = false;
        }
        agents.addAll(inSentence);
        List<String> distinct = distinctAgents(inSentence);
        if (distinct.size() == 2 && hasContrast(sentence, cues)) {
          contrasted = distinct;
        }
      }
    }
    return List.copyOf(agents);
  }

  private static List<Token> tokensOf(Sentence sentence, Clause clause) {
    return sentence.tokens().stream()
        .filter(t -> t.begin() >= clause.begin() && t.end() <= clause.end())
        .toList();
  }

  /**
   * The actors the clause names as its subject, or null: the first actor no preposition governs,
   * with the actors coordinated with it. An actor coordinated with a governed one is governed too.
   */
  private static ClauseAgent named(
      Clause clause,
      List<Token> tokens,
      List<Mention> mentions,
      Set<Integer> conjunctions,
      boolean relative) {
    Set<String> entities = new LinkedHashSet<>();
    Mention previous = null;
    boolean previousGoverned = false;
    for (Mention m : mentions) {
      if (m.begin() < clause.begin() || m.end() > clause.end()) {
        continue;
      }
      Token before = tokenBefore(tokens, m.begin());
      boolean coordinated =
          previous != null
              && isConjunction(before)
              && tokensBetween(tokens, previous.end(), m.begin()) <= 2;
      boolean governed =
          coordinated
              ? previousGoverned
              : governs(before, tokens, m, conjunctions)
                  && !(relative && opensWith(tokens, before));
      if (!entities.isEmpty() && !coordinated) {
        break;
      }
      if (!governed) {
        entities.add(m.entity());
      }
      previous = m;
      previousGoverned = governed;
    }
    return entities.isEmpty()
        ? null
        : new ClauseAgent(
            clause.begin(), clause.end(), List.copyOf(entities), ClauseAgent.How.NAMED);
  }

  /**
   * Whether the token before a mention is a preposition governing it. A word tagged as a
   * preposition that the lexicon lists as a one-word contrast cue is read as a conjunction
   * ("während China auf Effizienz setzt"), not as "während" governing "China".
   */
  private static boolean governs(
      Token before, List<Token> tokens, Mention m, Set<Integer> conjunctions) {
    // Walk back over the noun phrase the name ends: "to most American companies", "mit der
    // Initiative InvestAI" — the preposition before it governs the name too. A name before a noun
    // ("Microsofts Ansatz") opens a phrase of its own: only its modifiers are skipped.
    Set<String> skipped = nounFollows(tokens, m) ? MODIFIERS : NOUN_PHRASE;
    int at = tokens.indexOf(before);
    while (at > 0 && skipped.contains(tokens.get(at).pos())) {
      before = tokens.get(--at);
    }
    return before != null
        && before.pos().startsWith("ADP")
        && !conjunctions.contains(before.begin());
  }

  /** Whether {@code token} (or the preposition it was reached from) opens the clause. */
  private static boolean opensWith(List<Token> tokens, Token token) {
    return !tokens.isEmpty() && tokens.get(0).pos().startsWith("ADP") && tokens.indexOf(token) <= 1;
  }

  private static boolean nounFollows(List<Token> tokens, Mention m) {
    return tokens.stream()
        .filter(t -> t.begin() >= m.end())
        .findFirst()
        .map(t -> t.pos().equals("NOUN"))
        .orElse(false);
  }

  private static Token tokenBefore(List<Token> tokens, int offset) {
    Token before = null;
    for (Token t : tokens) {
      if (t.end() <= offset) {
        before = t;
      }
    }
    return before;
  }

  private static int tokensBetween(List<Token> tokens, int from, int to) {
    return (int) tokens.stream().filter(t -> t.begin() >= from && t.end() <= to).count();
  }

  private static boolean isConjunction(Token token) {
    return token != null && token.pos().equals("CCONJ");
  }

  private static boolean startsWithPersonalPronoun(List<Token> tokens, boolean neuterAntecedent) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String word = t.text().toLowerCase(Locale.ROOT);
      if (t.pos().startsWith("PRON") && PERSONAL.contains(word)) {
        return true;
      }
      if (word.equals(ES) && neuterAntecedent && !impersonal(tokens, i)) {
        return true;
      }
      if (t.pos().equals("NOUN") || t.pos().equals("PROPN")) {
        return false; // a name or noun first: the pronoun, if any, is not the subject
      }
    }
    return false;
  }

  /** Whether the verb next to "es" at {@code at} (after it, or before it) is an impersonal one. */
  private static boolean impersonal(List<Token> tokens, int at) {
    for (int i : new int[] {at + 1, at - 1}) {
      if (i >= 0 && i < tokens.size()) {
        Token t = tokens.get(i);
        if (t.pos().equals("VERB") || t.pos().equals("AUX")) {
          return IMPERSONAL_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
        }
      }
    }
    return true; // no verb next to it: not read as a subject
  }

  /**
   * Whether the clause names its agent after a neuter article, across the words of the noun phrase:
   * "das Münchner Start-up Quantora", "Das Unternehmen Mistral AI".
   */
  private static boolean namedWithNeuterArticle(
      List<Token> tokens, List<Mention> mentions, ClauseAgent agent) {
    for (Mention m : mentions) {
      if (m.begin() >= agent.begin()
          && m.end() <= agent.end()
          && m.entity().equals(agent.entities().get(0))) {
        int at = tokens.indexOf(tokenBefore(tokens, m.begin()));
        while (at >= 0 && NOUN_PHRASE_WORDS.contains(tokens.get(at).pos())) {
          at--;
        }
        return at >= 0
            && tokens.get(at).pos().equals("DET")
            && NEUTER_ARTICLES.contains(tokens.get(at).text().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /**
   * A clause that opens with a relative pronoun, perhaps after a preposition: "die …", "an dem …".
   * Only a clause after the first can be one ("Auf der anderen Seite …" opens a sentence).
   */
  private static boolean isRelative(List<Token> tokens) {
    for (int i = 0; i < Math.min(2, tokens.size()); i++) {
      Token t = tokens.get(i);
      String word = t.text().toLowerCase(Locale.ROOT);
      if ((t.pos().startsWith("PRON") || t.pos().startsWith("DET")) && RELATIVE.contains(word)) {
        return i == 0 || tokens.get(0).pos().startsWith("ADP");
      }
    }
    return false;
  }

  /** "die eine / die andere Seite" when the paragraph has just contrasted two actors. */
  private static ClauseAgent side(Clause clause, List<Token> tokens, List<String> contrasted) {
    if (contrasted.size() != 2) {
      return null;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
      boolean sideNext =
          i + 1 < tokens.size()
              && SIDE_WORDS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
      boolean bare = word.equals("former") || word.equals("latter");
      if (sideNext || bare) {
        if (ONE_SIDE.contains(word)) {
          return new ClauseAgent(
              clause.begin(), clause.end(), List.of(contrasted.get(0)), ClauseAgent.How.SIDE);
        }
        if (OTHER_SIDE.contains(word)) {
          return new ClauseAgent(
              clause.begin(), clause.end(), List.of(contrasted.get(1)), ClauseAgent.How.SIDE);
        }
      }
    }
    return null;
  }

  private boolean hasContrast(Sentence sentence, List<CueMention> cues) {
    return cues.stream()
        .anyMatch(
            c ->
                c.concept().equals(contrastConcept)
                    && c.begin() >= sentence.begin()
                    && c.end() <= sentence.end());
  }

  private static List<String> distinctAgents(List<ClauseAgent> agents) {
    Set<String> distinct = new LinkedHashSet<>();
    agents.stream()
        .filter(a -> a.how() == ClauseAgent.How.NAMED)
        .forEach(a -> distinct.addAll(a.entities()));
    return List.copyOf(distinct);
  }
}
