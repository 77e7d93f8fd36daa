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

  /** Writes {@code content} to {@code dir/name} and returns the path. */
  public static Path write(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
