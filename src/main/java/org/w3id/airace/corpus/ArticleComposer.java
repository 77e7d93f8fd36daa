package org.w3id.airace.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes one article: a few fact sentences, each in a paragraph of filler sentences, with different
 * actors, sums, percentages and hedges drawn from {@code random}.
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
    for (String kind : kinds) {
      body.append("\n\n").append(fillers.get(filler++)).append(' ');
      String sentence =
          switch (kind) {
            case "pursues" -> pursues(actors.get(actor++));
            case "investment" -> investment(actors.get(actor++));
            case "comparison" -> comparison(actors.get(actor++), actors.get(actor++));
            default -> hedge(actors.get(actor++));
          };
      body.append(sentence).append(' ').append(fillers.get(filler++));
      body.append(' ').append(fillers.get(filler++));
    }
    body.append('\n');
    String file =
        "---\ntitle: \""
            + pick(t.titles())
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

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
