package org.w3id.airace.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;

class ArticleReaderTest {
  private final ArticleReader reader = new ArticleReader();
  @TempDir Path dir;

  @Test
  void firstArticleBodyIsTheSeedTextVerbatim() throws Exception {
    Article article = reader.read(Fixtures.FIRST_ARTICLE, Optional.empty());
    assertThat(article.text()).isEqualTo(Files.readString(Fixtures.SEED).strip());
    assertThat(article.slug()).isEqualTo("wettlauf-ki");
    assertThat(article.language()).isEqualTo("de");
    assertThat(article.author()).contains("Arnaud Bertrand");
    assertThat(article.titleSource()).contains("editorial");
    assertThat(article.title()).isPresent();
    assertThat(article.note().orElseThrow()).contains("January 2025");
  }

  @Test
  void bylineAfterTheLeadIsFound() {
    Article article = reader.read(Fixtures.FIRST_ARTICLE, Optional.empty());
    Article.Byline byline = article.byline().orElseThrow();
    assertThat(article.text().substring(byline.begin(), byline.end())).isEqualTo("Arnaud Bertrand");
    assertThat(byline.name()).isEqualTo("Arnaud Bertrand");
  }

  @Test
  void plainTextGetsItsLanguageDetectedAndItsBylineAsAuthor() {
    Path german =
        Fixtures.write(
            dir,
            "kurz.txt",
            """
        Die Regierung kündigte gestern ein neues Programm für Rechenzentren an.
        Erika Mustermann
        Das Programm soll die Abhängigkeit von ausländischen Chips verringern, sagen Fachleute.""");
    Article article = reader.read(german, Optional.empty());
    assertThat(article.language()).isEqualTo("de");
    assertThat(article.author()).contains("Erika Mustermann");
    assertThat(article.title()).isEmpty();

    Path english =
        Fixtures.write(
            dir,
            "short.txt",
            """
        The government announced a new programme for data centres yesterday.
        By Jane Q. Public
        The programme is meant to reduce the dependence on foreign chips, experts say.""");
    Article en = reader.read(english, Optional.empty());
    assertThat(en.language()).isEqualTo("en");
    assertThat(en.author()).contains("Jane Q. Public");
  }

  @Test
  void languageOptionOverridesDetectionForPlainText() {
    Path file = Fixtures.write(dir, "a.txt", "Die Regierung kündigte gestern ein Programm an.");
    assertThat(reader.read(file, Optional.of("en")).language()).isEqualTo("en");
  }

  @Test
  void aSentenceAfterTheLeadIsNoByline() {
    Path file =
        Fixtures.write(
            dir,
            "b.txt",
            """
        The lead paragraph says what happened.
        Markets Fell Sharply.
        The rest of the story follows here.""");
    assertThat(reader.read(file, Optional.empty()).byline()).isEmpty();
  }

  @Test
  void unknownFrontMatterKeyIsReportedWithItsLine() {
    Path file = Fixtures.write(dir, "x.md", "---\ntitle: T\nautor: Jemand\n---\nText.\n");
    assertThatThrownBy(() -> reader.read(file, Optional.empty()))
        .isInstanceOf(ArticleException.class)
        .hasMessageStartingWith(file + ":3: front matter: unknown key 'autor'");
  }

  @Test
  void languageMustBeATag() {
    Path file = Fixtures.write(dir, "x.md", "---\nlanguage: Deutsch\n---\nText.\n");
    assertThatThrownBy(() -> reader.read(file, Optional.empty()))
        .hasMessage(
            file
                + ":2: front matter: 'language' must be a BCP 47 tag like \"de\" or \"en\","
                + " got \"Deutsch\"");
  }

  @Test
  void unsupportedLanguageNamesTheSupportedOnes() {
    Path file = Fixtures.write(dir, "x.md", "---\nlanguage: fr\n---\nTexte.\n");
    assertThatThrownBy(() -> reader.read(file, Optional.empty()))
        .hasMessageContaining(":2:")
        .hasMessageContaining("\"fr\" is not supported; supported are [de, en]");
  }

  @Test
  void unclosedFrontMatterIsAnError() {
    Path file = Fixtures.write(dir, "x.md", "---\ntitle: T\nText ohne Ende.\n");
    assertThatThrownBy(() -> reader.read(file, Optional.empty()))
        .hasMessageContaining(file + ":3: front matter: no closing '---' line");
  }

  @Test
  void frontMatterLanguageAndOptionMustAgree() {
    Path file = Fixtures.write(dir, "x.md", "---\nlanguage: de\n---\nText.\n");
    assertThatThrownBy(() -> reader.read(file, Optional.of("en")))
        .hasMessageContaining("front matter says language \"de\" but --language says \"en\"");
  }

  @Test
  void badInputFilesAreNamed() throws Exception {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'K', (byte) 0xE4, 's', 'e', '.'});
    assertThatThrownBy(() -> reader.read(latin1, Optional.empty()))
        .hasMessageStartingWith(latin1 + ":1: not UTF-8 text: byte 0xE4 at byte offset 1");
    Path empty = Fixtures.write(dir, "empty.md", "---\ntitle: Leer\n---\n\n");
    assertThatThrownBy(() -> reader.read(empty, Optional.empty()))
        .hasMessage(empty + ": the article has no text after its front matter");
    Path pdf = Fixtures.write(dir, "paper.pdf", "%PDF");
    assertThatThrownBy(() -> reader.read(pdf, Optional.empty()))
        .hasMessage(pdf + ": not an article: expected a .md or .txt file");
    Path utf16 = dir.resolve("utf16.txt");
    Files.write(utf16, "\uFEFFKäse.".getBytes(StandardCharsets.UTF_16LE)); // Notepad's "Unicode"
    assertThatThrownBy(() -> reader.read(utf16, Optional.empty()))
        .hasMessage(
            utf16
                + ":1: not UTF-8 text: UTF-16 (it starts with the byte order mark 0xFF 0xFE);"
                + " convert it to UTF-8, e.g. with iconv -f UTF-16 -t UTF-8");
    Path missing = dir.resolve("missing.md");
    assertThatThrownBy(() -> reader.read(missing, Optional.empty()))
        .hasMessage(missing + ": no such file");
  }

  @Test
  void slugComesFromTheFileName() {
    Path file = Fixtures.write(dir, "Über die KI – Teil 2.md", "Text.");
    assertThat(reader.read(file, Optional.of("de")).slug()).isEqualTo("uber-die-ki-teil-2");
  }

  @Test
  void anArticleFileInAFolderOfItsOwnTakesTheFoldersName() throws Exception {
    Path first = Files.createDirectories(dir.resolve("Chip Exporte")).resolve("article.md");
    Path second = Files.createDirectories(dir.resolve("article-000002")).resolve("article.txt");
    Files.writeString(first, "Text.");
    Files.writeString(second, "Text.");
    assertThat(reader.read(first, Optional.of("de")).slug()).isEqualTo("chip-exporte");
    assertThat(reader.read(second, Optional.of("de")).slug()).isEqualTo("article-000002");
    Path other = Files.createDirectories(dir.resolve("folder")).resolve("articles.md");
    Files.writeString(other, "Text.");
    assertThat(reader.read(other, Optional.of("de")).slug()).isEqualTo("articles");
  }
}
