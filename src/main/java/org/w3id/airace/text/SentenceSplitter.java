package org.w3id.airace.text;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Splits a paragraph into sentences: OpenNLP's sentence detector proposes split points, and {@link
 * SentenceCorrector} corrects them.
 */
final class SentenceSplitter {

  private final SentenceDetectorME detector;
  private final SentenceCorrector corrector;

  SentenceSplitter(SentenceDetectorME detector, LanguageProfile profile) {
    this.detector = detector;
    this.corrector = new SentenceCorrector(profile);
  }

  /** The sentences of {@code paragraph} (a span of {@code text}), trimmed, in order. */
  List<Span> split(String text, Span paragraph) {
    String para = text.substring(paragraph.begin(), paragraph.end());
    int[] proposedSplits =
        Arrays.stream(detector.sentPosDetect(para))
            .mapToInt(opennlp.tools.util.Span::getEnd)
            .toArray();
    return corrector.sentences(para, proposedSplits).stream()
        .map(s -> new Span(paragraph.begin() + s.begin(), paragraph.begin() + s.end()))
        .toList();
  }
}
