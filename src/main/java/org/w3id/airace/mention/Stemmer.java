package org.w3id.airace.mention;

import java.util.Locale;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * Lucene's light stemmers, German and English: "Investitionen" and "Investition", "zentralisierte"
 * and "zentralisiert" share a stem; "dezentralisiert" and "zentralisiert" do not.
 */
final class Stemmer {
  private final boolean german;

  Stemmer(String language) {
    this.german = language.equals("de");
  }

  String stem(String word) {
    char[] chars = word.toLowerCase(Locale.ROOT).toCharArray();
    int length =
        german
            ? new GermanLightStemmer().stem(chars, chars.length)
            : new EnglishMinimalStemmer().stem(chars, chars.length);
    return new String(chars, 0, length);
  }
}
