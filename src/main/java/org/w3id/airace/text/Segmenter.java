package org.w3id.airace.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Segments an article's text into paragraphs, sentences, clauses and tokens with exact char offsets
 * into the text, using the OpenNLP UD models of the language plus rule-based corrections: sentence
 * splits after abbreviations, ordinals, colons and inside quotations are undone, quotes become
 * tokens of their own, hyphen compounds stay one token, lemmas keep the capitals of nouns and
 * names, and clauses are cut at punctuation before the words that open a clause.
 *
 * <p>Every span is trimmed, so {@code text.substring(begin, end)} never starts or ends with
 * whitespace. The models are loaded once per language and shared; a {@code Segmenter} itself holds
 * OpenNLP tools that are not thread-safe, so use one instance per thread.
 *
 * <pre>{@code
 * Segmenter segmenter = Segmenter.forLanguage("de");
 * String text = "Die KI-Entwicklung kostet z. B. viel Geld. Wer zahlt dafür?";
 * TextLayer layer = segmenter.segment(text, null);
 * for (Sentence sentence : layer.sentences()) {
 *   System.out.println(text.substring(sentence.begin(), sentence.end()));
 * }
 * // Die KI-Entwicklung kostet z. B. viel Geld.
 * // Wer zahlt dafür?
 * }</pre>
 */
public final class Segmenter {

  private final LanguageProfile profile;
  private final SentenceSplitter sentenceSplitter;
  private final TokenAnnotator tokenAnnotator;

  private Segmenter(LanguageProfile profile, ModelCache.Models models) {
    this.profile = profile;
    this.sentenceSplitter =
        new SentenceSplitter(new SentenceDetectorME(models.sentences()), profile);
    this.tokenAnnotator = new TokenAnnotator(models, profile);
  }

  /**
   * A segmenter for {@code "de"} or {@code "en"}.
   *
   * @throws TextException for any other language, naming the supported ones
   */
  public static Segmenter forLanguage(String language) {
    LanguageProfile profile = LanguageProfile.forLanguage(language);
    return new Segmenter(profile, ModelCache.models(profile));
  }

  /**
   * Segments {@code text}.
   *
   * @param text the article body
   * @param byline the span of the byline in {@code text}, or null; the paragraph that contains a
   *     non-empty byline span is returned without sentences
   * @throws TextException if the text is null or the byline lies outside it
   */
  public TextLayer segment(String text, Span byline) {
    if (text == null) {
      throw new TextException("Text to segment must not be null");
    }
    if (byline != null && byline.end() > text.length()) {
      throw new TextException(
          "Byline " + byline + " lies outside the text of length " + text.length());
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Span paragraph : ParagraphSplitter.split(text)) {
      boolean isByline = byline != null && byline.length() > 0 && paragraph.contains(byline);
      List<Sentence> sentences = isByline ? List.of() : sentences(text, paragraph);
      paragraphs.add(new Paragraph(paragraph.begin(), paragraph.end(), sentences));
    }
    return new TextLayer(text, profile.language(), paragraphs);
  }

  private List<Sentence> sentences(String text, Span paragraph) {
    List<Sentence> sentences = new ArrayList<>();
    for (Span sentence : sentenceSplitter.split(text, paragraph)) {
      List<Token> tokens = tokenAnnotator.annotate(text, sentence);
      List<Clause> clauses = ClauseSplitter.split(tokens);
      sentences.add(new Sentence(sentence.begin(), sentence.end(), tokens, clauses));
    }
    return sentences;
  }
}
