package org.w3id.airace.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads article files. A {@code .md} file may start with front matter ({@link FrontMatter}); a
 * {@code .txt} file is text only, its language detected between German and English unless given.
 *
 * <pre>{@code
 * Article a = new ArticleReader().read(Path.of("data/articles/wettlauf-ki.md"), Optional.empty());
 * a.language();   // "de"
 * }</pre>
 */
public final class ArticleReader {
  /** The languages the later stages have models for. */
  public static final java.util.List<String> LANGUAGES = java.util.List.of("de", "en");

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern URL = Pattern.compile("https?://\\S+");

  /**
   * Reads one article.
   *
   * @param language a language tag that overrides detection for plain text, if given
   * @throws ArticleException naming the file and line when the file cannot be used
   */
  public Article read(Path file, Optional<String> language) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    boolean markdown = extension.equals("md") || extension.equals("markdown");
    if (!markdown && !extension.equals("txt")) {
      throw new ArticleException(file, "not an article: expected a .md or .txt file");
    }
    String content = decode(file);
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    FrontMatter front = null;
    String body = content;
    if (markdown && (content.startsWith("---\n") || content.startsWith("---\r\n"))) {
      front = FrontMatter.parse(file, content);
      body = content.substring(front.bodyStart());
    }
    String text = body.strip();
    if (text.isEmpty()) {
      throw new ArticleException(file, "the article has no text");
    }
    String lang = language(file, front, language, text);
    Optional<Article.Byline> byline = Bylines.find(text);
    Optional<String> author = field(front, "author").or(() -> byline.map(Article.Byline::name));
    return new Article(
        file,
        slug(file, name, extension),
        field(front, "title"),
        titleSource(file, front),
        author,
        lang,
        checked(file, front, "date", DATE, "a date like 2025-01-27, 2025-01 or 2025"),
        checked(file, front, "source", URL, "an http or https URL"),
        field(front, "topic"),
        field(front, "note"),
        text,
        byline);
  }

  private static String decode(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ArticleException(file, "no such file");
    } catch (IOException e) {
      throw new ArticleException(file, "cannot read: " + e.getMessage(), e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ArticleException(file, "not UTF-8 text: " + e.getMessage(), e);
    }
  }

  private static String language(
      Path file, FrontMatter front, Optional<String> given, String text) {
    String fromFront = front == null ? null : front.get("language");
    if (fromFront != null) {
      checkLanguage(file, front.line("language"), fromFront, "front matter: 'language'");
      if (given.isPresent() && !primary(given.get()).equals(primary(fromFront))) {
        throw new ArticleException(
            file,
            front.line("language"),
            "front matter says language \""
                + fromFront
                + "\" but --language says \""
                + given.get()
                + "\"");
      }
      return fromFront;
    }
    if (given.isPresent()) {
      checkLanguage(file, 0, given.get(), "--language");
      return given.get();
    }
    return LanguageGuesser.guess(text);
  }

  private static void checkLanguage(Path file, int line, String tag, String what) {
    if (!LANGUAGE_TAG.matcher(tag).matches()) {
      throw new ArticleException(
          file,
          Math.max(line, 1),
          what + " must be a BCP 47 tag like \"de\" or \"en\", got \"" + tag + "\"");
    }
    if (!LANGUAGES.contains(primary(tag))) {
      throw new ArticleException(
          file,
          Math.max(line, 1),
          what + ": language \"" + tag + "\" is not supported; supported are " + LANGUAGES);
    }
  }

  /** The primary subtag of a language tag: "de" for "de-CH". */
  public static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  private static Optional<String> field(FrontMatter front, String key) {
    return front == null ? Optional.empty() : Optional.ofNullable(front.get(key));
  }

  private static Optional<String> titleSource(Path file, FrontMatter front) {
    Optional<String> value = field(front, "title_source");
    if (value.isPresent() && !value.get().equals("editorial") && !value.get().equals("original")) {
      throw new ArticleException(
          file,
          front.line("title_source"),
          "front matter: 'title_source' must be \"editorial\" or \"original\", got \""
              + value.get()
              + "\"");
    }
    if (value.isPresent() && front.get("title") == null) {
      throw new ArticleException(
          file, front.line("title_source"), "front matter: 'title_source' given without 'title'");
    }
    return value.or(() -> field(front, "title").map(t -> "original"));
  }

  private static Optional<String> checked(
      Path file, FrontMatter front, String key, Pattern pattern, String expected) {
    Optional<String> value = field(front, key);
    if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
      throw new ArticleException(
          file,
          front.line(key),
          "front matter: '" + key + "' must be " + expected + ", got \"" + value.get() + "\"");
    }
    return value;
  }

  static String slug(Path file, String name, String extension) {
    String stem = name.substring(0, name.length() - extension.length() - 1);
    String ascii =
        Normalizer.normalize(stem.replace("ß", "ss"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.isEmpty()) {
      throw new ArticleException(
          file, "the file name gives no usable name for the article; use letters or digits");
    }
    return ascii;
  }
}
