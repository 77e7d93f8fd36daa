package org.w3id.airace.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the text stage knows about one language: its OpenNLP model files, its abbreviations, how it
 * writes ordinal numbers and which lemmas keep the capitals of their token.
 *
 * @param language the ISO 639-1 code
 * @param treebank the UD treebank the OpenNLP models were trained on
 * @param abbreviations the abbreviations that must not end a sentence
 * @param ordinalPeriod whether "3." inside a sentence is an ordinal number (German)
 * @param ordinalHeads words that follow an ordinal number ("Januar", "Quartal"), so a sentence
 *     split between "3." and such a word is undone
 * @param capitalisedLemmaTags UPOS tags whose lemmas keep the capitals of the token; OpenNLP's
 *     lemmatiser lower-cases every lemma, but German nouns and all proper nouns are capitalised
 */
record LanguageProfile(
    String language,
    String treebank,
    Abbreviations abbreviations,
    boolean ordinalPeriod,
    Set<String> ordinalHeads,
    Set<String> capitalisedLemmaTags) {

  static final List<String> SUPPORTED = List.of("de", "en");

  private static final String MODEL_VERSION = "1.3-2.5.4";

  private static final Map<String, LanguageProfile> CACHE = new ConcurrentHashMap<>();

  LanguageProfile {
    ordinalHeads = Set.copyOf(ordinalHeads);
    capitalisedLemmaTags = Set.copyOf(capitalisedLemmaTags);
  }

  /** The profile of a supported language, loaded once. */
  static LanguageProfile forLanguage(String language) {
    String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    if (!SUPPORTED.contains(code)) {
      throw new TextException(
          "Unsupported language '"
              + language
              + "'; supported languages are "
              + String.join(", ", SUPPORTED));
    }
    return CACHE.computeIfAbsent(code, LanguageProfile::load);
  }

  private static LanguageProfile load(String code) {
    Abbreviations abbreviations = Abbreviations.load("abbreviations-" + code + ".txt");
    if (code.equals("de")) {
      return new LanguageProfile(
          "de",
          "gsd",
          abbreviations,
          true,
          Set.copyOf(WordLists.read("ordinal-heads-de.txt")),
          Set.of("NOUN", "PROPN"));
    }
    return new LanguageProfile("en", "ewt", abbreviations, false, Set.of(), Set.of("PROPN"));
  }

  /** The classpath name of a model file, e.g. {@code opennlp-de-ud-gsd-pos-1.3-2.5.4.bin}. */
  String modelResource(String kind) {
    return "opennlp-" + language + "-ud-" + treebank + "-" + kind + "-" + MODEL_VERSION + ".bin";
  }
}
