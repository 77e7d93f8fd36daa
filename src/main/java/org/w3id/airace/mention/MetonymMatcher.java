package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.airace.text.Sentence;
import org.w3id.airace.text.TextLayer;
import org.w3id.airace.text.Token;

/**
 * Finds the gazetteer's metonyms ({@link Entity.Metonym}) in a text of their language, at the start
 * of a token, case-sensitively, longest first, and only where they stand for the entity:
 *
 * <ul>
 *   <li>not part of a longer name: a capitalised metonym ("Washington", "Europäer", "American") is
 *       no mention after a proper noun ("George Washington") or before one ("Washington Post"); in
 *       English any capitalised word around it counts (except a short acronym after it: "American
 *       AI companies"), in German only words tagged as proper nouns, because German nouns are
 *       capitalised ("Peking Anfang 2025");
 *   <li>not the attribute of a named actor: a country adjective followed by a noun and a name ("der
 *       chinesische Auftragsfertiger SMIC", "the Chinese chipmaker SMIC") describes that actor and
 *       is no mention of the country.
 * </ul>
 *
 * <p>Inflection, German only: a form whose last word is written in lower case and ends in "e" is an
 * adjective and matches with the endings -e, -en, -er, -es, -em ("chinesische" finds
 * "chinesischen"); it also matches capitalised as the first word of a sentence. A capitalised form
 * ending in "er" matches with -n and -s too ("Europäer", "den Europäern"), one ending in "e" with
 * -n ("Deutsche", "die Deutschen"). Every other form, in both languages, also matches with a
 * genitive or plural "s" ("Pekings", "Americans") and, in English, before a possessive
 * ("Beijing's"), which the mention leaves out. A metonym is never matched as part of a hyphenated
 * compound.
 */
final class MetonymMatcher {
  private static final List<String> ADJECTIVE_ENDINGS = List.of("e", "en", "er", "es", "em");
  private static final List<String> POSSESSIVES = List.of("'s", "’s", "'", "’");

  /** A metonym ready to match: the text before its ending, and the endings it may take. */
  private record Form(String base, List<String> endings, boolean adjective, String entity) {}

  /**
   * The forms of each language by the first character they can match (an adjective's capitalised
   * one too), longest first.
   */
  private final Map<String, Map<Character, List<Form>>> byLanguage = new HashMap<>();

  MetonymMatcher(Gazetteer gazetteer) {
    Map<String, List<Form>> forms = new HashMap<>();
    for (Entity entity : gazetteer.entities()) {
      for (Entity.Metonym metonym : entity.metonyms()) {
        if (metonym.form().length() >= 2) {
          forms
              .computeIfAbsent(metonym.language(), l -> new ArrayList<>())
              .add(form(metonym, entity.iri()));
        }
      }
    }
    forms.forEach(
        (language, list) -> {
          list.sort(Comparator.comparingInt((Form f) -> f.base().length()).reversed());
          Map<Character, List<Form>> byFirst = new HashMap<>();
          for (Form form : list) {
            char first = form.base().charAt(0);
            byFirst.computeIfAbsent(first, c -> new ArrayList<>()).add(form);
            char upper = Character.toUpperCase(first);
            if (form.adjective() && upper != first) {
              byFirst.computeIfAbsent(upper, c -> new ArrayList<>()).add(form);
            }
          }
          byLanguage.put(language, byFirst);
        });
  }

  private static Form form(Entity.Metonym metonym, String entity) {
    String text = metonym.form();
    String last = text.substring(Math.max(text.lastIndexOf(' '), text.lastIndexOf('-')) + 1);
    boolean german = metonym.language().equals("de");
    boolean lower = !last.isEmpty() && Character.isLowerCase(last.charAt(0));
    if (german && lower && text.endsWith("e")) {
      return new Form(text.substring(0, text.length() - 1), ADJECTIVE_ENDINGS, true, entity);
    }
    if (german && text.endsWith("er")) {
      return new Form(text, List.of("", "n", "s"), false, entity);
    }
    if (german && text.endsWith("e")) {
      return new Form(text, List.of("", "n"), false, entity);
    }
    return new Form(text, List.of("", "s"), false, entity);
  }

  /**
   * The metonyms in {@code layer}, in text order. A metonym that overlaps one of {@code names} is
   * dropped, unless it covers the name's whole token and is longer ("US-amerikanische" over "US");
   * the names it replaces are returned in {@code replaced}.
   */
  List<Mention> match(TextLayer layer, List<Mention> names, List<Mention> replaced) {
    Map<Character, List<Form>> forms = byLanguage.getOrDefault(layer.language(), Map.of());
    List<Mention> found = new ArrayList<>();
    if (forms.isEmpty()) {
      return found;
    }
    String text = layer.text();
    boolean english = layer.language().equals("en");
    for (Sentence sentence : layer.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Match m =
            longestAt(
                text, tokens, i, forms.getOrDefault(text.charAt(tokens.get(i).begin()), List.of()));
        if (m == null || !standsForEntity(tokens, i, m, names, english)) {
          continue;
        }
        List<Mention> overlapped =
            names.stream()
                .filter(n -> n.begin() < m.mention().end() && m.mention().begin() < n.end())
                .toList();
        if (overlapped.stream().allMatch(n -> inside(n, m.mention()) && shorter(n, m.mention()))) {
          replaced.addAll(overlapped);
          found.add(m.mention());
          i = m.last();
        }
      }
    }
    return found;
  }

  private record Match(Mention mention, int last, boolean adjective) {}

  private static Match longestAt(String text, List<Token> tokens, int i, List<Form> forms) {
    Token first = tokens.get(i);
    boolean sentenceStart = i == firstWord(tokens);
    for (Form form : forms) {
      String base = form.base();
      if (!text.startsWith(base, first.begin())) {
        if (!(form.adjective()
            && sentenceStart
            && text.startsWith(capitalised(base), first.begin()))) {
          continue;
        }
      }
      int end = first.begin() + base.length();
      int last = tokenAt(tokens, i, end);
      if (last < 0) {
        continue;
      }
      Token token = tokens.get(last);
      String rest = text.substring(end, token.end());
      if (form.endings().contains(rest)) {
        int stop = form.adjective() ? token.end() : end + rest.length();
        return new Match(
            new Mention(first.begin(), stop, text.substring(first.begin(), stop), form.entity()),
            last,
            form.adjective());
      }
      if (!form.adjective() && POSSESSIVES.contains(rest)) {
        return new Match(
            new Mention(first.begin(), end, text.substring(first.begin(), end), form.entity()),
            last,
            false);
      }
    }
    return null;
  }

  /** The index of the token, from {@code from} on, that contains position {@code end - 1}. */
  private static int tokenAt(List<Token> tokens, int from, int end) {
    for (int j = from; j < tokens.size(); j++) {
      if (tokens.get(j).begin() < end && end <= tokens.get(j).end()) {
        return j;
      }
    }
    return -1;
  }

  /** Whether the match stands for its entity: not inside a longer name, no actor's attribute. */
  private static boolean standsForEntity(
      List<Token> tokens, int i, Match m, List<Mention> names, boolean english) {
    Token first = tokens.get(i);
    Token previous = i > 0 ? tokens.get(i - 1) : null;
    Token next = m.last() + 1 < tokens.size() ? tokens.get(m.last() + 1) : null;
    boolean capitalised = Character.isUpperCase(first.text().charAt(0));
    boolean adjective = m.adjective() || first.pos().equals("ADJ");
    if (capitalised && !m.adjective()) {
      if (previous != null
          && (isProperNoun(previous)
              || english && isCapitalised(previous) && i - 1 != firstWord(tokens))) {
        return false;
      }
      if (next != null
          && isCapitalised(next)
          && (english || isProperNoun(next))
          && !isShortAcronym(next)) {
        return false;
      }
    } else if (capitalised && next != null && isProperNoun(next)) {
      return false; // "Deutsche Bank" opening a sentence
    }
    return !adjective || !describesNamedActor(tokens, m.last() + 1, names);
  }

  /**
   * Whether the words from {@code from} on are a noun phrase ending in a name: optional adjectives,
   * a noun, then a proper noun or a gazetteer name ("Auftragsfertiger SMIC").
   */
  private static boolean describesNamedActor(List<Token> tokens, int from, List<Mention> names) {
    int k = from;
    while (k < tokens.size()
        && (tokens.get(k).pos().equals("ADJ") || isShortAcronym(tokens.get(k)))) {
      k++;
    }
    if (k < tokens.size() && (isProperNoun(tokens.get(k)) || named(tokens.get(k), names))) {
      return true;
    }
    if (k >= tokens.size() || !tokens.get(k).pos().equals("NOUN")) {
      return false;
    }
    if (named(tokens.get(k), names)) {
      return true;
    }
    return k + 1 < tokens.size()
        && (isProperNoun(tokens.get(k + 1)) || named(tokens.get(k + 1), names));
  }

  private static boolean named(Token token, List<Mention> names) {
    return names.stream().anyMatch(n -> n.begin() < token.end() && token.begin() < n.end());
  }

  static int firstWord(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).pos().equals("PUNCT")) {
        return i;
      }
    }
    return 0;
  }

  private static boolean isProperNoun(Token token) {
    return token.pos().equals("PROPN") || token.pos().equals("X");
  }

  private static boolean isCapitalised(Token token) {
    return Character.isUpperCase(token.text().codePointAt(0));
  }

  /** "AI", "KI", "DC": up to three capitals, which follow a country adjective freely. */
  static boolean isShortAcronym(Token token) {
    return token.text().matches("\\p{Lu}{2,3}");
  }

  private static boolean inside(Mention inner, Mention outer) {
    return outer.begin() <= inner.begin() && inner.end() <= outer.end();
  }

  private static boolean shorter(Mention a, Mention b) {
    return a.end() - a.begin() < b.end() - b.begin();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
