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
 * Finds the gazetteer's names in a text, case-sensitively and longest first, with the forms names
 * take in running text:
 *
 * <ul>
 *   <li>a genitive "s" ("Chinas", "OpenAIs") — the mention spans the inflected word;
 *   <li>an English possessive ("China's", "Apple’s") — the mention spans the name only;
 *   <li>the first part of a hyphenated compound ("DeepSeek-Modell") — the mention spans the name;
 *   <li>a part after a hyphen ("US-China") — each name its own mention;
 *   <li>a full stop the tokenizer left on the sentence's last word ("… fertigt TSMC.") — the
 *       mention spans the name.
 * </ul>
 *
 * A name must start where a token starts (or after a hyphen inside one) and end where a token ends
 * (or before one of those endings), so "Apple" is not found in "Applesauce".
 *
 * <p>The entities' metonyms — capitals, demonyms, country adjectives — are found as well, in texts
 * of their language and only where they stand for the entity ({@link MetonymMatcher}): "Washington
 * verschärft die Exportkontrollen" names the United States, "George Washington" and "Washington
 * Post" do not. Their mentions are like any other: the entity is the country.
 */
public final class EntityMatcher {
  private static final List<String> GENITIVES = List.of("s");
  private static final List<String> POSSESSIVES = List.of("'s", "’s", "'", "’");

  private record Name(String text, String entity) {}

  private final Map<String, List<Name>> byPrefix = new HashMap<>();
  private final MetonymMatcher metonyms;

  public EntityMatcher(Gazetteer gazetteer) {
    this.metonyms = new MetonymMatcher(gazetteer);
    for (Entity entity : gazetteer.entities()) {
      for (String name : entity.names()) {
        if (name.length() >= 2) {
          byPrefix
              .computeIfAbsent(key(name, 0), k -> new ArrayList<>())
              .add(new Name(name, entity.iri()));
        }
      }
    }
    byPrefix
        .values()
        .forEach(l -> l.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed()));
  }

  /**
   * The mentions of gazetteer entities in {@code layer}, names and metonyms, in text order, not
   * overlapping.
   */
  public List<Mention> match(TextLayer layer) {
    List<Mention> names = names(layer);
    List<Mention> replaced = new ArrayList<>();
    List<Mention> all = new ArrayList<>(metonyms.match(layer, names, replaced));
    names.stream().filter(n -> !replaced.contains(n)).forEach(all::add);
    all.sort(Comparator.comparingInt(Mention::begin));
    return List.copyOf(all);
  }

  private List<Mention> names(TextLayer layer) {
    String text = layer.text();
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : layer.sentences()) {
      List<Token> tokens = sentence.tokens();
      int covered = -1;
      for (Token token : tokens) {
        for (int start = token.begin();
            start < token.end();
            start = nextPart(text, start, token.end())) {
          if (start < covered) {
            continue;
          }
          Mention m = longestAt(text, start, tokens);
          if (m != null) {
            mentions.add(m);
            covered = m.end();
          }
        }
      }
    }
    return List.copyOf(mentions);
  }

  private Mention longestAt(String text, int start, List<Token> tokens) {
    if (start + 2 > text.length()) {
      return null;
    }
    for (Name name : byPrefix.getOrDefault(key(text, start), List.of())) {
      int end = start + name.text().length();
      if (!text.startsWith(name.text(), start)) {
        continue;
      }
      int tokenEnd = tokenEndAt(tokens, end);
      if (tokenEnd < 0) {
        continue;
      }
      String rest = text.substring(end, tokenEnd);
      boolean finalStop = rest.equals(".") && tokenEnd == tokens.get(tokens.size() - 1).end();
      if (rest.isEmpty() || POSSESSIVES.contains(rest) || rest.startsWith("-") || finalStop) {
        return new Mention(start, end, text.substring(start, end), name.entity());
      }
      if (GENITIVES.contains(rest)) {
        return new Mention(start, tokenEnd, text.substring(start, tokenEnd), name.entity());
      }
    }
    return null;
  }

  /** The end of the token that contains position {@code end - 1}, or -1 past the sentence. */
  private static int tokenEndAt(List<Token> tokens, int end) {
    for (Token token : tokens) {
      if (token.begin() < end && end <= token.end()) {
        return token.end();
      }
    }
    return -1;
  }

  /** The next place inside a token where a name may start: after a hyphen, else the token end. */
  private static int nextPart(String text, int from, int tokenEnd) {
    int hyphen = text.indexOf('-', from);
    return hyphen >= 0 && hyphen + 1 < tokenEnd ? hyphen + 1 : tokenEnd;
  }

  private static String key(String s, int at) {
    return s.substring(at, Math.min(at + 2, s.length()));
  }
}
