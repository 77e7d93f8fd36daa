package org.w3id.airace.article;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One article as read from its file. {@code text} is the body exactly as written (the front matter
 * removed, trailing whitespace trimmed); every offset of later stages points into it.
 *
 * @param source the file it was read from
 * @param slug the short name taken from the file name; it names the article's IRI and graph
 * @param title the title, if the file gives one
 * @param titleSource "original" or "editorial" (a title the text itself does not have)
 * @param author the author from the front matter, or the byline of the text
 * @param language the BCP 47 language tag, "de" or "en"
 * @param byline the characters of the byline line in {@code text}, if there is one
 */
public record Article(
    Path source,
    String slug,
    Optional<String> title,
    Optional<String> titleSource,
    Optional<String> author,
    String language,
    Optional<String> date,
    Optional<String> sourceUrl,
    Optional<String> topic,
    Optional<String> note,
    String text,
    Optional<Byline> byline) {

  /** The same article under another slug (an evaluation case names its article by its folder). */
  public Article withSlug(String newSlug) {
    return new Article(
        source,
        newSlug,
        title,
        titleSource,
        author,
        language,
        date,
        sourceUrl,
        topic,
        note,
        text,
        byline);
  }

  /** The byline: the line of the text that only names the author, at {@code [begin, end)}. */
  public record Byline(int begin, int end, String name) {}
}
