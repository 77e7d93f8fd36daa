package org.w3id.airace.cli;

import org.w3id.airace.graph.Extractor;
import picocli.CommandLine.Option;

/** The {@code --words} option of the commands that extract articles. */
final class WordsOption {
  @Option(
      names = "--words",
      description =
          "Also write the word layer: every token as a nif:Word with its offsets, sentence, part"
              + " of speech and lemma. It triples the size of an article's graph, and no bundled"
              + " rule, query or page needs it (default: left out).")
  boolean words;

  /** The bundled extractor, writing the word layer if asked to. */
  Extractor extractor() {
    return Extractor.bundled().withWords(words);
  }
}
