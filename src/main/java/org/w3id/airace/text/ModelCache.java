package org.w3id.airace.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Loads the four OpenNLP models of a language from the classpath once and shares them; the models
 * are thread-safe, the tools built on them are not.
 */
final class ModelCache {

  /** The models of one language. */
  record Models(
      SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {}

  private static final Map<String, Models> CACHE = new ConcurrentHashMap<>();

  private ModelCache() {}

  static Models models(LanguageProfile profile) {
    return CACHE.computeIfAbsent(profile.language(), language -> load(profile));
  }

  private static Models load(LanguageProfile profile) {
    return new Models(
        read(profile.modelResource("sentence"), SentenceModel::new),
        read(profile.modelResource("tokens"), TokenizerModel::new),
        read(profile.modelResource("pos"), POSModel::new),
        read(profile.modelResource("lemmas"), LemmatizerModel::new));
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T read(String resource, ModelReader<T> reader) {
    InputStream in = ModelCache.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new TextException(
          "OpenNLP model " + resource + " is not on the classpath (see the opennlp-models-* jars)");
    }
    try (InputStream buffered = new BufferedInputStream(in)) {
      return reader.read(buffered);
    } catch (IOException e) {
      throw new TextException("Cannot load OpenNLP model " + resource, e);
    }
  }
}
