package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Race;

/**
 * The cue lexicon: every {@code race:cue} of the Turtle files in {@code data/lexicon/}, by
 * language. A cue's words are kept as light stems; articles ("der", "the") are dropped, so
 * "dominierte den Markt" needs "dominierte" and "Markt".
 */
public final class CueLexicon {
  /** The folder of the bundled lexicon. */
  public static final String FOLDER = "data/lexicon";

  private static final Set<String> ARTICLES =
      Set.of(
          "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
          "eines", "the", "a", "an");
  private static final Node CUE = NodeFactory.createURI(Race.NS + "cue");

  private final List<Cue> cues;

  private CueLexicon(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  /** The lexicon bundled with airace. */
  public static CueLexicon bundled() {
    return of(Bundled.graph(FOLDER));
  }

  /** The cues of {@code graph}. */
  public static CueLexicon of(Graph graph) {
    List<Cue> cues = new ArrayList<>();
    graph
        .find(Node.ANY, CUE, Node.ANY)
        .forEach(
            t -> {
              Node o = t.getObject();
              String language = o.getLiteralLanguage().toLowerCase(Locale.ROOT);
              if (!t.getSubject().isURI() || !o.isLiteral() || language.isEmpty()) {
                throw new MentionException(
                    "lexicon: a race:cue must be a language-tagged phrase on an IRI, got "
                        + t.getSubject()
                        + " race:cue "
                        + o);
              }
              Stemmer stemmer = new Stemmer(language);
              List<Cue.Word> words = new ArrayList<>();
              for (String word : o.getLiteralLexicalForm().strip().split("\\s+")) {
                if (!ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                  words.add(
                      new Cue.Word(stemmer.stem(word), Character.isUpperCase(word.charAt(0))));
                }
              }
              cues.add(
                  new Cue(t.getSubject().getURI(), o.getLiteralLexicalForm(), language, words));
            });
    cues.sort(
        java.util.Comparator.comparing(Cue::concept)
            .thenComparing(Cue::language)
            .thenComparing(Cue::phrase));
    return new CueLexicon(cues);
  }

  /** The cues in {@code language} ("de", "en"). */
  public List<Cue> cues(String language) {
    return cues.stream().filter(c -> c.language().equals(language)).toList();
  }
}
