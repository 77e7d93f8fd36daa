package org.w3id.airace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.graph.Extractor;

/** A comparison's ratio is compared by value: "0.60" expected is the "0.6" extracted. */
class RatioKeyTest {
  private static final Path CASE = Path.of("src/test/resources/cases/chip-exportkontrollen");

  @Test
  void aRatioWithATrailingZeroIsTheSameRatio(@TempDir Path dir) throws IOException {
    String expected = Files.readString(CASE.resolve("expected.ttl"));
    assertThat(expected).contains("race:ratio \"0.6\"^^xsd:decimal");
    Files.copy(CASE.resolve("article.md"), dir.resolve("article.md"));
    Files.writeString(
        dir.resolve("expected.ttl"),
        expected.replace("race:ratio \"0.6\"^^xsd:decimal", "race:ratio \"0.60\"^^xsd:decimal"));

    KindResult ratio =
        new Evaluator(Extractor.bundled())
            .evaluate(
                new EvalCase(
                    "chip-exportkontrollen",
                    dir.resolve("article.md"),
                    dir.resolve("expected.ttl")))
            .kind("comparison-ratio");
    assertThat(ratio.recall()).isEqualTo(1.0);
    assertThat(ratio.precision()).isEqualTo(1.0);
  }
}
