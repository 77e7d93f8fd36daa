package org.w3id.airace.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.airace.CommandRun;
import org.w3id.airace.Fixtures;
import org.w3id.airace.store.Store;
import org.w3id.airace.vocab.Race;

/**
 * {@code airace load} on bad input: every case starts from a database holding the first article,
 * and must end with exit code 2, one line on standard error that names the file and the problem,
 * and the database as it was — the same triples in each graph and the same SHA-256 of its sorted
 * N-Quads.
 */
class LoadBadInputTest {
  private static final String FIRST_GRAPH = Race.articleGraph("wettlauf-ki").getURI();

  /** A German text with actors and facts, which loads on its own. */
  private static final String GOOD_GERMAN =
      """
      ---
      title: Zwei Wege zur künstlichen Intelligenz
      language: de
      ---
      Die USA und China liefern sich einen Wettlauf um die künstliche Intelligenz.
      OpenAI setzt auf riesige Rechenzentren, während DeepSeek seine Modelle offen veröffentlicht.
      """;

  @TempDir Path dir;
  private Path db;
  private Snapshot before;

  /** The triples in each named graph, and the SHA-256 of the dataset's sorted N-Quads. */
  record Snapshot(Map<String, Long> triplesPerGraph, String sha256) {}

  /** A bad input: what to give {@code airace load} (after {@code --db}), and the error it gives. */
  record Bad(List<String> args, String error) {}

  /** A named way to make bad input in a folder. */
  record BadCase(String name, Function<Path, Bad> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeEach
  void loadTheFirstArticle() {
    db = dir.resolve("db");
    CommandRun run = load(Fixtures.FIRST_ARTICLE.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).as("the first article gives no warning").isEmpty();
    before = snapshot(db);
    assertThat(before.triplesPerGraph())
        .containsOnlyKeys(Race.ONTOLOGY_GRAPH.getURI(), Race.ENTITIES_GRAPH.getURI(), FIRST_GRAPH);
    assertThat(before.triplesPerGraph().values()).allSatisfy(n -> assertThat(n).isPositive());
  }

  static Stream<BadCase> badInputs() {
    return Stream.of(
        new BadCase(
            "empty file",
            d ->
                one(
                    write(d, "leer.md", new byte[0]),
                    "the article has no text: the file is empty")),
        new BadCase(
            "only white space",
            d ->
                one(
                    write(d, "leer.txt", " \n\t\n\n".getBytes(UTF_8)),
                    "the article has no text, only white space")),
        new BadCase(
            "only front matter",
            d ->
                one(
                    write(
                        d,
                        "nur-kopf.md",
                        "---\ntitle: Leer\nlanguage: de\n---\n\n".getBytes(UTF_8)),
                    "the article has no text after its front matter")),
        new BadCase(
            "random bytes",
            d -> {
              byte[] bytes = new byte[4096];
              new Random(7).nextBytes(bytes);
              return one(
                  write(d, "zufall.txt", bytes),
                  "binary data, not text: byte 0x00 at byte offset "
                      + indexOf(bytes, (byte) 0)
                      + "; an article is a UTF-8 text file (.md or .txt)");
            }),
        new BadCase(
            "a PNG image",
            d ->
                one(
                    write(d, "bild.md", png()),
                    "binary data, not text: byte 0x00 at byte offset 8;"
                        + " an article is a UTF-8 text file (.md or .txt)")),
        new BadCase(
            "NUL bytes in valid UTF-8",
            d ->
                one(
                    write(d, "nul.txt", "Die Regierung\0\0 kündigte an.".getBytes(UTF_8)),
                    "binary data, not text: byte 0x00 at byte offset 13;"
                        + " an article is a UTF-8 text file (.md or .txt)")),
        new BadCase(
            "control bytes that are not UTF-8",
            d ->
                one(
                    write(d, "steuer.txt", new byte[] {'A', 'B', (byte) 0xFF, 0x01, 'C'}),
                    "binary data, not text: byte 0x01 at byte offset 3;"
                        + " an article is a UTF-8 text file (.md or .txt)")),
        new BadCase(
            "a German article in Latin-1",
            d -> {
              String text =
                  "Der Wettlauf um die KI\n"
                      + "Die Regierung kündigte gestern ein Programm für Rechenzentren an.\n";
              Path file = write(d, "latin1.txt", text.getBytes(ISO_8859_1));
              return new Bad(
                  List.of(file.toString()),
                  file
                      + ":2: not UTF-8 text: byte 0xFC at byte offset "
                      + text.indexOf('ü')
                      + " is not UTF-8 (is the file Latin-1 or Windows-1252?); convert it to UTF-8,"
                      + " e.g. with iconv -f WINDOWS-1252 -t UTF-8");
            }),
        new BadCase("a 20 MB article", LoadBadInputTest::tooLarge),
        new BadCase(
            "front matter without its closing ---",
            d -> {
              Path file =
                  write(
                      d,
                      "offen.md",
                      "---\ntitle: Offen\nlanguage: de\nDie Regierung kündigte ein Programm an.\n"
                          .getBytes(UTF_8));
              return new Bad(
                  List.of(file.toString()),
                  file
                      + ":4: front matter: no closing '---' line: the front matter opened on line 1"
                      + " runs into \"Die Regierung kündigte ein Programm an.\"; end it with a line"
                      + " '---'");
            }),
        new BadCase(
            "front matter without closing --- and without text",
            d -> {
              Path file = write(d, "kopf.md", "---\ntitle: Offen\nlanguage: de\n".getBytes(UTF_8));
              return new Bad(
                  List.of(file.toString()),
                  file + ":1: front matter: no closing '---' line; end it with a line '---'");
            }),
        new BadCase(
            "a front matter line that is not key: value",
            d -> {
              Path file =
                  write(
                      d,
                      "zeile.md",
                      "---\ntitle: T\nlanguage: de\nAutor Arnaud Bertrand\n---\nText hier.\n"
                          .getBytes(UTF_8));
              return new Bad(
                  List.of(file.toString()),
                  file
                      + ":4: front matter: expected a line 'key: value', got \"Autor Arnaud"
                      + " Bertrand\"");
            }),
        new BadCase("a date the calendar lacks", d -> badDate(d, "2025-02-30")),
        new BadCase("a date in another format", d -> badDate(d, "27.01.2025")),
        new BadCase(
            "front matter language fr",
            d -> {
              Path file =
                  write(
                      d,
                      "francais.md",
                      "---\ntitle: T\nlanguage: fr\n---\nLe gouvernement a annoncé un programme.\n"
                          .getBytes(UTF_8));
              return new Bad(
                  List.of(file.toString()),
                  file
                      + ":3: front matter: 'language': language \"fr\" is not supported; supported"
                      + " are [de, en]");
            }),
        new BadCase(
            "--language fr",
            d -> {
              Path file =
                  write(
                      d,
                      "kurz.txt",
                      "Die Regierung kündigte gestern ein Programm an.".getBytes(UTF_8));
              return new Bad(
                  List.of("--language", "fr", file.toString()),
                  "--language: language \"fr\" is not supported; supported are [de, en]");
            }),
        new BadCase(
            "a text in French",
            d ->
                one(
                    write(
                        d,
                        "francais.txt",
                        ("Le gouvernement a annoncé hier un nouveau programme pour les centres de"
                                + " données. Les entreprises françaises veulent rattraper leur"
                                + " retard dans la course à l'intelligence artificielle.")
                            .getBytes(UTF_8)),
                    "the text is neither German nor English: it reads as French (\"fra\");"
                        + " airace reads only German and English (if the text is one of them, give"
                        + " --language de or en)")),
        new BadCase("a missing file", d -> one(d.resolve("fehlt.md"), "no such file")),
        new BadCase(
            "a missing folder",
            d -> {
              Path folder = d.resolve("fehlt");
              return new Bad(
                  List.of("--articles", folder.toString()),
                  folder + ": no such folder (--articles)");
            }),
        new BadCase(
            "a folder given as FILE",
            d -> {
              Path folder = d.resolve("artikel");
              write(folder, "gut.md", GOOD_GERMAN.getBytes(UTF_8));
              return one(
                  folder,
                  "a folder, not an article file; give --articles DIR to load the articles in it");
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsRefusedWithOneLineAndLeavesTheDatabaseAsItWas(BadCase badCase) {
    Bad bad = badCase.make().apply(dir.resolve("input"));
    CommandRun run = load(bad.args().toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly("airace: error: " + bad.error());
    assertThat(run.out()).isEmpty();
    assertThat(snapshot(db)).isEqualTo(before);
  }

  @Test
  void aFolderWithGoodAndBadArticlesLoadsNothingAndNamesEveryBadOne() {
    Path folder = dir.resolve("artikel");
    Path good = write(folder, "a-gut.md", GOOD_GERMAN.getBytes(UTF_8));
    Path latin1 = write(folder, "b-latin1.md", GOOD_GERMAN.getBytes(ISO_8859_1));
    Path empty = write(folder, "c-leer.txt", new byte[0]);
    Path badDate =
        write(
            folder,
            "d-datum.md",
            GOOD_GERMAN.replace("language: de", "date: 2025-13-01").getBytes(UTF_8));
    Path alsoGood =
        write(
            folder, "e-auch-gut.md", GOOD_GERMAN.replace("Zwei Wege", "Drei Wege").getBytes(UTF_8));
    write(folder, "notizen.csv", "keine,artikel\n".getBytes(UTF_8));
    assertThat(GOOD_GERMAN.lines().skip(1).findFirst().orElseThrow()).contains("ü");

    CommandRun run = load("--articles", folder.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "airace: error: 3 of 5 articles are bad; nothing was loaded:",
            "  "
                + latin1
                + ":2: not UTF-8 text: byte 0xFC at byte offset "
                + GOOD_GERMAN.indexOf('ü')
                + " is not UTF-8 (is the file"
                + " Latin-1 or Windows-1252?); convert it to UTF-8, e.g. with iconv -f WINDOWS-1252"
                + " -t UTF-8",
            "  " + empty + ": the article has no text: the file is empty",
            "  "
                + badDate
                + ":3: front matter: 'date' must be a date of the calendar like 2025-01-27,"
                + " 2025-01 or 2025, got \"2025-13-01\"");
    assertThat(snapshot(db)).isEqualTo(before);

    // the good articles were left out only because of the bad ones: alone, they load
    CommandRun goodOnly = load(good.toString(), alsoGood.toString());
    assertThat(goodOnly.code()).as(goodOnly.err()).isZero();
    assertThat(goodOnly.err()).isEmpty();
    assertThat(snapshot(db).triplesPerGraph())
        .containsKeys(
            Race.articleGraph("a-gut").getURI(), Race.articleGraph("e-auch-gut").getURI());
  }

  @Test
  void goodAndBadFilesGivenByNameLoadNothing() {
    Path good = write(dir, "gut.md", GOOD_GERMAN.getBytes(UTF_8));
    Path missing = dir.resolve("fehlt.txt");

    CommandRun run = load(good.toString(), missing.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "airace: error: 1 of 2 articles is bad; nothing was loaded:",
            "  " + missing + ": no such file");
    assertThat(snapshot(db)).isEqualTo(before);
    assertThat(snapshot(db).triplesPerGraph()).doesNotContainKey(Race.articleGraph("gut").getURI());
  }

  @Test
  void anArticleWithNothingFoundIsLoadedWithAWarning() {
    Path cooking =
        write(
            dir,
            "cooking.txt",
            """
            Cut the onions into small pieces and fry them in butter until they are golden.
            Add the tomatoes, a pinch of salt and some pepper, and let the sauce simmer for twenty
            minutes. Serve it with fresh pasta and a little grated cheese."""
                .getBytes(UTF_8));

    CommandRun run = load(cooking.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().lines())
        .containsExactly(
            "airace: warning: "
                + cooking
                + ": no actor and no fact found; the article is loaded all the same");
    Snapshot after = snapshot(db);
    assertThat(after.triplesPerGraph().get(Race.articleGraph("cooking").getURI())).isPositive();
    assertThat(after.triplesPerGraph().get(FIRST_GRAPH))
        .isEqualTo(before.triplesPerGraph().get(FIRST_GRAPH));
    assertThat(after.sha256()).as("the hash sees the new graph").isNotEqualTo(before.sha256());
  }

  private CommandRun load(String... args) {
    List<String> all = new ArrayList<>(List.of("load", "--db", db.toString()));
    all.addAll(List.of(args));
    return CommandRun.of(all.toArray(String[]::new));
  }

  /** The triples per graph, and the SHA-256 of every quad as an N-Quads line, lines sorted. */
  static Snapshot snapshot(Path db) {
    try (Store store = Store.open(db)) {
      List<String> lines = new ArrayList<>();
      store
          .dataset()
          .executeRead(
              () -> store.dataset().find().forEachRemaining(q -> lines.add(NodeFmtLib.strNQ(q))));
      lines.sort(null);
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      lines.forEach(line -> sha256.update((line + "\n").getBytes(UTF_8)));
      return new Snapshot(store.triplesPerGraph(), HexFormat.of().formatHex(sha256.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Bad one(Path file, String problem) {
    return new Bad(List.of(file.toString()), file + ": " + problem);
  }

  private static Bad badDate(Path d, String date) {
    Path file =
        write(
            d,
            "datum.md",
            ("---\ntitle: T\nlanguage: de\ndate: "
                    + date
                    + "\n---\n"
                    + "Die Regierung kündigte an.\n")
                .getBytes(UTF_8));
    return new Bad(
        List.of(file.toString()),
        file
            + ":4: front matter: 'date' must be a date of the calendar like 2025-01-27, 2025-01 or"
            + " 2025, got \""
            + date
            + "\"");
  }

  /** Generic German sentences, repeated to 20 MiB and more. */
  private static Bad tooLarge(Path d) {
    List<String> sentences =
        List.of(
            "Die Regierung kündigte ein neues Programm für Rechenzentren an.",
            "Fachleute streiten darüber, ob offene Modelle den Wettbewerb beleben.",
            "Ein Unternehmen investiert Milliarden, ein anderes setzt auf sparsame Verfahren.",
            "Ob sich die Investitionen lohnen, wird sich erst in einigen Jahren zeigen.");
    Path file = d.resolve("riesig.md");
    try {
      Files.createDirectories(d);
      try (Writer out = Files.newBufferedWriter(file, UTF_8)) {
        out.write("---\ntitle: Sehr lang\nlanguage: de\n---\n");
        long written = 0;
        for (int i = 0; written < 20L * 1024 * 1024; i++) {
          String sentence = sentences.get(i % sentences.size()) + (i % 8 == 7 ? "\n\n" : " ");
          out.write(sentence);
          written += sentence.getBytes(UTF_8).length;
        }
      }
      long size = Files.size(file);
      assertThat(size).isGreaterThan(20L * 1024 * 1024);
      return one(
          file,
          String.format(
              Locale.ROOT,
              "too large: %.1f MiB (%,d bytes); an article may have at most 1.0 MiB (1,048,576"
                  + " bytes) of text — split it into several articles",
              size / (1024.0 * 1024),
              size));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The start of a PNG image: its signature and the IHDR chunk of a 1×1 pixel image. */
  private static byte[] png() {
    return HexFormat.of()
        .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static Path write(Path folder, String name, byte[] content) {
    try {
      Files.createDirectories(folder);
      return Files.write(folder.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
