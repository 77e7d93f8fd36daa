package org.w3id.airace.article;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
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
  /** The stem of a file that takes its folder's name: {@code article.md}, {@code article.txt}. */
  static final String FOLDER_ARTICLE = "article";

  /** The languages the later stages have models for. */
  public static final java.util.List<String> LANGUAGES = java.util.List.of("de", "en");

  /**
   * The largest article file read, 1 MiB: some 150,000 words, a book rather than an article (the
   * first article has 3.5 KiB). A larger file is refused before it is read.
   */
  public static final long MAX_BYTES = 1024 * 1024;

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
    TextFile.requireFile(file);
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    boolean markdown = extension.equals("md") || extension.equals("markdown");
    if (!markdown && !extension.equals("txt")) {
      throw new ArticleException(file, "not an article: expected a .md or .txt file");
    }
    String content = TextFile.read(file);
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
      throw new ArticleException(
          file,
          "the article has no text"
              + (content.isEmpty()
                  ? ": the file is empty"
                  : front != null ? " after its front matter" : ", only white space"));
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
        checked(
            file,
            front,
            "date",
            ArticleReader::isDate,
            "a date of the calendar like 2025-01-27, 2025-01 or 2025"),
        checked(file, front, "source", URL.asMatchPredicate(), "an http or https URL"),
        field(front, "topic"),
        field(front, "note"),
        text,
        byline);
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
    String guessed = LanguageGuesser.guess(text);
    if (!LANGUAGES.contains(guessed)) {
      throw new ArticleException(
          file,
          "the text is neither German nor English: it reads as "
              + LanguageGuesser.name(guessed)
              + "; airace reads only German and English (if the text is one of them, give"
              + " --language de or en)");
    }
    return guessed;
  }

  private static void checkLanguage(Path file, int line, String tag, String what) {
    Optional<String> problem = languageProblem(tag);
    if (problem.isPresent()) {
      throw line > 0
          ? new ArticleException(file, line, what + problem.get())
          : new ArticleException(file, what + problem.get());
    }
  }

  /**
   * What is wrong with a language tag given for articles, if anything: {@code
   * languageProblem("fr")} is {@code ": language "fr" is not supported; supported are [de, en]"}.
   */
  public static Optional<String> languageProblem(String tag) {
    if (!LANGUAGE_TAG.matcher(tag).matches()) {
      return Optional.of(" must be a BCP 47 tag like \"de\" or \"en\", got \"" + tag + "\"");
    }
    if (!LANGUAGES.contains(primary(tag))) {
      return Optional.of(": language \"" + tag + "\" is not supported; supported are " + LANGUAGES);
    }
    return Optional.empty();
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
      Path file, FrontMatter front, String key, Predicate<String> valid, String expected) {
    Optional<String> value = field(front, key);
    if (value.isPresent() && !valid.test(value.get())) {
      throw new ArticleException(
          file,
          front.line(key),
          "front matter: '" + key + "' must be " + expected + ", got \"" + value.get() + "\"");
    }
    return value;
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD, and a day or month the calendar has. */
  private static boolean isDate(String value) {
    if (!DATE.matcher(value).matches()) {
      return false;
    }
    try {
      switch (value.length()) {
        case 4 -> Year.parse(value);
        case 7 -> YearMonth.parse(value);
        default -> LocalDate.parse(value);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * The name {@link #read} gives the article in {@code file} (see {@link #slug}), known from the
   * path alone, before the file is read.
   *
   * @throws ArticleException when the file name gives no usable name
   */
  public static String slugOf(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return slug(file, name, extension);
  }

  /**
   * The article's name in its IRIs: the file name without its extension, in lower-case ASCII
   * letters, digits and hyphens — or, for a file called {@code article.md} or {@code article.txt},
   * the name of its folder, so that folders of one article each (the evaluation cases, what {@code
   * airace corpus} writes) give articles of different names.
   */
  static String slug(Path file, String name, String extension) {
    String stem = name.substring(0, name.length() - extension.length() - 1);
    Path folder = file.toAbsolutePath().normalize().getParent();
    if (stem.equals(FOLDER_ARTICLE) && folder != null && folder.getFileName() != null) {
      stem = folder.getFileName().toString();
    }
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
