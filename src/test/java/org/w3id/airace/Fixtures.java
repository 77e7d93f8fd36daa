package org.w3id.airace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Paths of the project's own files that tests read. */
public final class Fixtures {
  /** The first article as the loader reads it. */
  public static final Path FIRST_ARTICLE = Path.of("data/articles/wettlauf-ki.md");

  /** The seed text the first article was made from, kept beside the project in shared/. */
  public static final Path SEED = Path.of("../shared/seeds/wettlauf-ki.txt");

  /** The fifteen strategies of the vocabulary contract (shared/DESIGN.md), by local name. */
  public static final List<String> STRATEGIES =
      List.of(
          "Centralization",
          "Decentralization",
          "InfrastructureInvestment",
          "CostEfficiency",
          "OpenRelease",
          "ProprietaryControl",
          "CompetitiveMoat",
          "VerticalIntegration",
          "Commoditization",
          "Regulation",
          "Deregulation",
          "StateFunding",
          "ExportControl",
          "SelfSufficiency",
          "Alliance");

  private Fixtures() {}

  /**
   * The first article cut short: its front matter and the first {@code lines} lines of its text (4:
   * the lead, the byline and two paragraphs).
   */
  public static String firstArticleCut(int lines) {
    try {
      String text = Files.readString(FIRST_ARTICLE, StandardCharsets.UTF_8);
      int body = text.indexOf("\n---\n") + "\n---\n".length();
      return text.substring(0, body)
          + String.join("\n", text.substring(body).lines().limit(lines).toList())
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code content} to {@code dir/name} and returns the path. */
  public static Path write(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
