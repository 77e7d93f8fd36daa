package org.w3id.airace.article;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Tells German from English text with OpenNLP's language detector. */
final class LanguageGuesser {
  private static final String MODEL = "/langdetect-183.bin";
  private static LanguageDetectorModel model;

  private LanguageGuesser() {}

  /** "de" or "en", whichever of the two the detector finds more likely for {@code text}. */
  static String guess(String text) {
    double german = 0;
    double english = 0;
    for (Language language : new LanguageDetectorME(model()).predictLanguages(text)) {
      if (language.getLang().equals("deu")) {
        german = language.getConfidence();
      } else if (language.getLang().equals("eng")) {
        english = language.getConfidence();
      }
    }
    return german >= english ? "de" : "en";
  }

  private static synchronized LanguageDetectorModel model() {
    if (model == null) {
      try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("language model " + MODEL + " is not on the class path");
        }
        model = new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read language model " + MODEL, e);
      }
    }
    return model;
  }
}
