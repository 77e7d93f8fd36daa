package org.w3id.airace.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes one article: a few fact sentences, each in a paragraph of filler sentences, with different
 * actors, sums, percentages and hedges drawn from {@code random}, and one historical analogy.
 */
final class ArticleComposer {
  private static final List<String> FIRST_DE =
      List.of("Jonas", "Miriam", "Lukas", "Katrin", "Felix", "Sabine", "Tobias", "Anja");
  private static final List<String> LAST_DE =
      List.of("Brenner", "Wollmann", "Kestner", "Haberl", "Zeidler", "Ostendorf", "Rauschert");
  private static final List<String> FIRST_EN =
      List.of("Harriet", "Owen", "Priya", "Callum", "Nadia", "Rupert", "Imogen", "Declan");
  private static final List<String> LAST_EN =
      List.of("Ashdown", "Pellham", "Critchley", "Tilbury", "Marchbank", "Quenby", "Stobart");

  private final Vocabulary vocabulary;
  private final Random random;
  private final Templates t;
  private final List<ExpectedFact> facts = new ArrayList<>();

  ArticleComposer(Vocabulary vocabulary, Random random) {
    this.vocabulary = vocabulary;
    this.random = random;
    this.t = vocabulary.templates();
  }

  GeneratedArticle compose(String slug, String note) {
    List<CorpusActor> actors = new ArrayList<>(vocabulary.actors());
    Collections.shuffle(actors, random);
    List<String> fillers = new ArrayList<>(t.fillers());
    Collections.shuffle(fillers, random);
    List<String> kinds =
        new ArrayList<>(List.of("pursues", "pursues", "investment", "comparison", "hedge"));
    kinds.add(random.nextBoolean() ? "pursues" : "investment");
    Collections.shuffle(kinds, random);

    boolean de = t.language().equals("de");
    String author = pick(de ? FIRST_DE : FIRST_EN) + " " + pick(de ? LAST_DE : LAST_EN);
    StringBuilder body = new StringBuilder();
    int filler = 0;
    body.append(fillers.get(filler++)).append(' ').append(fillers.get(filler++));
    body.append(' ').append(fillers.get(filler++));
    int actor = 0;
    List<String> paragraphs = new ArrayList<>();
    for (String kind : kinds) {
      String sentence =
          switch (kind) {
            case "pursues" -> pursues(actors.get(actor++));
            case "investment" -> investment(actors.get(actor++));
            case "comparison" -> comparison(actors.get(actor++), actors.get(actor++));
            default -> hedge(actors.get(actor++));
          };
      paragraphs.add(paragraph(fillers.get(filler++), sentence, fillers, filler));
      filler += 2;
    }
    String title = pick(t.titles());
    // The analogy is drawn last, so the rest of the article stays as it was before it existed.
    String analogy = analogy(actors, actor);
    if (analogy != null) {
      paragraphs.add(
          random.nextInt(paragraphs.size() + 1),
          paragraph(fillers.get(filler++), analogy, fillers, filler));
      filler += 2;
    }
    for (String paragraph : paragraphs) {
      body.append("\n\n").append(paragraph);
    }
    body.append('\n');
    String file =
        "---\ntitle: \""
            + title
            + "\"\ntitle_source: editorial\nauthor: "
            + author
            + "\nlanguage: "
            + t.language()
            + "\nnote: \""
            + note
            + "\"\n---\n"
            + body;
    return new GeneratedArticle(slug, t.language(), author, file, facts);
  }

  private String pursues(CorpusActor a) {
    List<String> strategies = new ArrayList<>(t.strategies().keySet());
    Collections.sort(strategies);
    String strategy = pick(strategies);
    facts.add(new ExpectedFact.Pursues(a, strategy));
    return pick(t.pursues())
        .replace("{A}", a.label())
        .replace("{S}", pick(t.strategies().get(strategy)));
  }

  private String investment(CorpusActor a) {
    Templates.Target target = pick(t.targets());
    boolean billions = random.nextInt(10) < 7;
    BigDecimal mantissa =
        billions
            ? (random.nextBoolean()
                ? BigDecimal.valueOf(2 + random.nextInt(94))
                : new BigDecimal((1 + random.nextInt(9)) + ".5"))
            : BigDecimal.valueOf(100 + 50L * random.nextInt(17));
    BigDecimal value = mantissa.movePointRight(billions ? 9 : 6);
    String currency = pick(List.of("USD", "EUR", "GBP"));
    String amount = Money.words(mantissa, billions, currency, t.language());
    facts.add(new ExpectedFact.Investment(a, value, currency, target.words(), t.language()));
    if (target.infrastructure()) {
      facts.add(new ExpectedFact.Pursues(a, Templates.RACE + "InfrastructureInvestment"));
    }
    return pick(t.investments())
        .replace("{A}", a.label())
        .replace("{M}", amount)
        .replace("{T}", target.words());
  }

  private String comparison(CorpusActor a, CorpusActor b) {
    int percent = 3 + random.nextInt(58);
    String sentence =
        pick(t.comparisons())
            .replace("{A}", a.label())
            .replace("{B}", b.label())
            .replace("{P}", Integer.toString(percent));
    facts.add(
        new ExpectedFact.Comparison(
            a, b, Templates.RACE + "Cost", BigDecimal.valueOf(percent, 2), sentence));
    facts.add(new ExpectedFact.Pursues(a, Templates.RACE + "CostEfficiency"));
    return sentence;
  }

  private String hedge(CorpusActor a) {
    Templates.Hedge hedge = pick(t.hedges());
    String sentence = hedge.pattern().replace("{A}", a.label());
    facts.add(new ExpectedFact.HedgedClaim(hedge.kind(), a, hedge.cue(), t.language(), sentence));
    return sentence;
  }

  /** A filler, the fact sentences, and the two fillers from {@code next} on. */
  private static String paragraph(String first, String facts, List<String> fillers, int next) {
    return first + ' ' + facts + ' ' + fillers.get(next) + ' ' + fillers.get(next + 1);
  }

  /**
   * Two sentences: a rivalry of the past in its decade, then which of {@code actors} from {@code
   * unused} on plays the part of each side now. The past rivalry is one none of whose sides the
   * article names elsewhere; null if there is none.
   */
  private String analogy(List<CorpusActor> actors, int unused) {
    List<CorpusActor> named = actors.subList(0, unused);
    List<Vocabulary.PastRivalry> free = new ArrayList<>();
    for (Vocabulary.PastRivalry r : vocabulary.pastRivalries()) {
      if (!named.contains(r.first()) && !named.contains(r.second())) {
        free.add(r);
      }
    }
    if (free.isEmpty()) {
      return null;
    }
    Vocabulary.PastRivalry past = pick(free);
    boolean swap = random.nextBoolean();
    CorpusActor first = swap ? past.second() : past.first();
    CorpusActor second = swap ? past.first() : past.second();
    int decade = pick(past.decades());
    List<CorpusActor> now = new ArrayList<>();
    for (CorpusActor a : actors.subList(unused, actors.size())) {
      if (now.size() < 2 && !a.equals(first) && !a.equals(second)) {
        now.add(a);
      }
    }
    String rivalry =
        pick(t.rivalries())
            .replace("{H1}", first.label())
            .replace("{H2}", second.label())
            .replace("{D}", t.decade(decade, random.nextBoolean()));
    String mapping =
        pick(t.analogies())
            .replace("{H1}", first.label())
            .replace("{H2}", second.label())
            .replace("{A}", now.get(0).label())
            .replace("{B}", now.get(1).label());
    String sentences = rivalry + ' ' + mapping;
    facts.add(
        new ExpectedFact.Analogy(
            first, second, decade, decade + 9, now.get(0), now.get(1), sentences));
    return sentences;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
