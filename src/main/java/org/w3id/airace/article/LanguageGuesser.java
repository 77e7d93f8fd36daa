package org.w3id.airace.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Tells German from English text with OpenNLP's language detector, and notices text in neither. */
final class LanguageGuesser {
  private static final String MODEL = "/langdetect-183.bin";

  /** The code {@link #guess} gives text without a letter: ISO 639's "no linguistic content". */
  static final String NO_LANGUAGE = "zxx";

  /**
   * How many times likelier than German and English another language must be for the text to be
   * taken as that language. Short German or English texts get flat scores, where the best of 103
   * languages is often a neighbour by a hair; a French or Dutch sentence scores 4 to 9 times its
   * German or English reading.
   */
  private static final double OTHER_LANGUAGE_MARGIN = 2.0;

  private static LanguageDetectorModel model;

  private LanguageGuesser() {}

  /**
   * "de" or "en", whichever of the two the detector finds more likely for {@code text}; or the ISO
   * 639-3 code of another language ("fra") when the text is clearly in that one, written in another
   * script than the Latin alphabet, or {@link #NO_LANGUAGE} when it has no letters.
   */
  static String guess(String text) {
    Language[] languages = new LanguageDetectorME(model()).predictLanguages(text);
    double german = 0;
    double english = 0;
    Language other = null;
    for (Language language : languages) {
      if (language.getLang().equals("deu")) {
        german = language.getConfidence();
      } else if (language.getLang().equals("eng")) {
        english = language.getConfidence();
      } else if (other == null) {
        other = language;
      }
    }
    long letters = text.codePoints().filter(Character::isLetter).count();
    if (letters == 0) {
      return NO_LANGUAGE;
    }
    long latin =
        text.codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
            .count();
    boolean otherScript = latin * 2 < letters;
    if (other != null
        && (otherScript
            || other.getConfidence() >= OTHER_LANGUAGE_MARGIN * Math.max(german, english))) {
      return other.getLang();
    }
    return german >= english ? "de" : "en";
  }

  /** A language code of {@link #guess} for a message: {@code French ("fra")}. */
  static String name(String code) {
    if (code.equals(NO_LANGUAGE)) {
      return "no language: it has no letters";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    for (String two : Locale.getISOLanguages()) {
      Locale locale = Locale.forLanguageTag(two);
      if (locale.getISO3Language().equals(code)) {
        name = locale.getDisplayLanguage(Locale.ENGLISH);
      }
    }
    return name.isEmpty() || name.equals(code) ? "\"" + code + "\"" : name + " (\"" + code + "\")";
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
