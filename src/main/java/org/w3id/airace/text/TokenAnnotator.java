package org.w3id.airace.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Tokenises a sentence with OpenNLP ({@link WordSplitter}), corrects the tokens ({@link
 * Retokenizer}), then tags them with UD part-of-speech tags ({@link GreedyTagger}) and lemmatises
 * them ({@link GreedyLemmatizer}).
 *
 * <p>Tag correction: a token made only of punctuation characters (quotes, dashes, brackets, . , ; :
 * ! ?) is tagged {@code PUNCT}; the German model tags "–" as {@code SCONJ}. Lemma correction:
 * OpenNLP lower-cases every lemma, so for the profile's capitalised tags the lemma takes the case
 * of the token over their common prefix and starts with a capital if the token does
 * ("Investitionen" gives "Investition", not "investition"; "Äpfel" gives "Apfel"); a missing lemma
 * ("O", "_", empty) and the lemma of punctuation is the token text.
 */
final class TokenAnnotator {

  private static final String PUNCT = "PUNCT";

  private final WordSplitter splitter;
  private final GreedyTagger tagger;
  private final GreedyLemmatizer lemmatizer;
  private final Retokenizer retokenizer;
  private final LanguageProfile profile;

  TokenAnnotator(ModelCache.Models models, LanguageProfile profile) {
    this.splitter = new WordSplitter(new TokenizerME(models.tokens()));
    this.tagger = new GreedyTagger(models.pos());
    this.lemmatizer = new GreedyLemmatizer(models.lemmas());
    this.retokenizer = new Retokenizer(profile);
    this.profile = profile;
  }

  /** The tokens of {@code sentence} (a span of {@code text}), in order. */
  List<Token> annotate(String text, Span sentence) {
    List<Span> proposed = new ArrayList<>();
    for (Span raw : splitter.split(text, sentence.begin(), sentence.end())) {
      Span token = Chars.trim(text, raw.begin(), raw.end());
      if (token.length() > 0) {
        proposed.add(token);
      }
    }
    List<Span> spans = retokenizer.retokenize(text, sentence, proposed);
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = text.substring(spans.get(i).begin(), spans.get(i).end());
    }
    String[] tags = tagger.tag(words);
    for (int i = 0; i < tags.length; i++) {
      if (Chars.isPunctuation(words[i])) {
        tags[i] = PUNCT;
      }
    }
    String[] lemmas = lemmatizer.lemmatize(words, tags);
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      Span span = spans.get(i);
      String lemma = lemma(words[i], tags[i], lemmas[i]);
      tokens.add(new Token(span.begin(), span.end(), words[i], tags[i], lemma));
    }
    return tokens;
  }

  private String lemma(String word, String tag, String predicted) {
    if (predicted == null
        || predicted.isBlank()
        || predicted.equals("O")
        || predicted.equals("_")
        || tag.equals(PUNCT)) {
      return word;
    }
    if (!profile.capitalisedLemmaTags().contains(tag)) {
      return predicted;
    }
    StringBuilder lemma = new StringBuilder(predicted.length());
    int i = 0;
    while (i < predicted.length()
        && i < word.length()
        && Character.toLowerCase(word.charAt(i)) == Character.toLowerCase(predicted.charAt(i))) {
      lemma.append(word.charAt(i));
      i++;
    }
    lemma.append(predicted, i, predicted.length());
    if (Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(lemma.charAt(0))) {
      lemma.setCharAt(0, Character.toUpperCase(lemma.charAt(0)));
    }
    return lemma.toString();
  }
}
