package org.w3id.airace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.w3id.airace.corpus.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code airace corpus}: a generated corpus of test articles with their expected facts. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Write N generated articles built from sentence templates with the gazetteer's actors and the"
          + " lexicon's cues, each in a folder with article.md and the facts it states in"
          + " expected.ttl, and a README.md; then `airace eval DIR` measures the extraction at"
          + " scale. The same seed writes the same files, byte for byte.",
      "Example: airace corpus --articles 1000 --seed 7 --language mixed --out run/corpus"
    })
final class CorpusCommand implements Runnable {
  @Option(
      names = "--articles",
      paramLabel = "N",
      required = true,
      description = "How many articles to write (at least 1).")
  int articles;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed; the same seed writes the same corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--language",
      defaultValue = "mixed",
      description = "de, en, or mixed for both (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "The folder to write into: new, or empty.")
  Path out;

  @Override
  public void run() {
    if (articles < 1) {
      throw new UsageException("--articles must be at least 1, got " + articles);
    }
    if (!language.equals("de") && !language.equals("en") && !language.equals("mixed")) {
      throw new UsageException("--language must be de, en or mixed, got \"" + language + "\"");
    }
    if (Files.exists(out) && !isEmptyFolder(out)) {
      throw new UsageException(out + ": exists and is not an empty folder; give a new --out");
    }
    new CorpusGenerator().write(articles, seed, language, out, slug -> {});
    System.out.println("wrote " + articles + " articles to " + out);
  }

  private static boolean isEmptyFolder(Path p) {
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> children = Files.list(p)) {
      return children.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
