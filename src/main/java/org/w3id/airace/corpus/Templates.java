package org.w3id.airace.corpus;

import java.util.List;
import java.util.Map;

/**
 * The sentence patterns of one language. {@code {A}} and {@code {B}} stand for actors, {@code {S}}
 * for a phrase that names a strategy, {@code {M}} for a sum of money, {@code {T}} for what the
 * money goes into, {@code {P}} for a percentage. Every strategy phrase must hold a cue the lexicon
 * gives for that strategy ({@link Vocabulary} checks it), so the lexicon stays the authority. In a
 * historical analogy {@code {H1}} and {@code {H2}} stand for the two actors of a past rivalry,
 * {@code {D}} for its decade in words ("1980er Jahren", "1980s"), and {@code {A}} and {@code {B}}
 * for the current actors that play the parts of {@code {H1}} and {@code {H2}}.
 *
 * @param strategies strategy IRI to the phrases that name it
 * @param targets what money is put into, and whether that is infrastructure (compute, data centres,
 *     fabs), which an annotator also reads as pursuing {@code race:InfrastructureInvestment}
 * @param hedges hedged sentences with their cue and their kind ({@code Claim} or {@code
 *     Prediction})
 * @param rivalries sentences that name a past rivalry of {@code {H1}} and {@code {H2}} in the
 *     decade {@code {D}}, each with a rivalry cue of the lexicon
 * @param analogies sentences that map {@code {H1}} to {@code {A}} and {@code {H2}} to {@code {B}},
 *     each with an analogy cue of the lexicon; {@code {A}} stands nearer to {@code {H1}} than
 *     {@code {B}} does, and {@code {B}} nearer to {@code {H2}} than {@code {A}}
 * @param fillers sentences that state no fact and name no actor
 */
record Templates(
    String language,
    List<String> titles,
    List<String> pursues,
    Map<String, List<String>> strategies,
    List<String> investments,
    List<Target> targets,
    List<String> comparisons,
    List<Hedge> hedges,
    List<String> rivalries,
    List<String> analogies,
    List<String> fillers) {

  static final String RACE = "https://w3id.org/airace/ontology#";

  /**
   * The rivalries of the past an analogy may draw on: two organisations of the gazetteer (by their
   * IRI's local name) and the decades (first years) in which they fought it out.
   */
  static final List<PastRivalry> PAST_RIVALRIES =
      List.of(
          new PastRivalry("Apple", "Microsoft", List.of(1980, 1990)),
          new PastRivalry("Netscape", "Microsoft", List.of(1990)),
          new PastRivalry("Airbus", "Boeing", List.of(1970, 1980, 1990)),
          new PastRivalry("JVC", "Sony", List.of(1970, 1980)),
          new PastRivalry("Kodak", "Polaroid", List.of(1970, 1980)),
          new PastRivalry("Intel", "AMD", List.of(1980, 1990, 2000)),
          new PastRivalry("IBM", "Compaq", List.of(1980, 1990)),
          new PastRivalry("Nokia", "Motorola", List.of(1990, 2000)),
          new PastRivalry("BlackBerry", "Apple", List.of(2000, 2010)));

  /** A rivalry of the past: its two sides and the decades it may be placed in. */
  record PastRivalry(String first, String second, List<Integer> decades) {}

  /** What money goes into. */
  record Target(String words, boolean infrastructure) {}

  /** A hedged sentence pattern. */
  record Hedge(String pattern, String cue, String kind) {}

  /**
   * A decade in words as the sentences of {@link #rivalries} put it after "in den" or "in the":
   * "1980er Jahren" or, {@code twoDigits} and before 2000, "80er-Jahren"; "1980s" in English.
   */
  String decade(int year, boolean twoDigits) {
    if (language.equals("en")) {
      return year + "s";
    }
    return twoDigits && year < 2000 ? (year % 100) + "er-Jahren" : year + "er Jahren";
  }

  static Templates of(String language) {
    return language.equals("de") ? german() : english();
  }

  private static Templates german() {
    return new Templates(
        "de",
        List.of(
            "Neue Fronten im Wettlauf um die künstliche Intelligenz",
            "Wer gewinnt das Rennen um die KI?",
            "Milliarden, Modelle und Märkte",
            "Die KI-Branche sortiert sich neu"),
        List.of("{A} setzt seit einiger Zeit auf {S}.", "Bei seinen Produkten setzt {A} auf {S}."),
        Map.of(
            RACE + "InfrastructureInvestment",
                List.of("eigene Infrastruktur", "neue Rechenzentren"),
            RACE + "OpenRelease", List.of("Open Source", "offene Modelle"),
            RACE + "ProprietaryControl", List.of("geschlossene Modelle", "proprietäre Software"),
            RACE + "CostEfficiency", List.of("kostengünstige Modelle", "Effizienz"),
            RACE + "VerticalIntegration", List.of("vertikale Integration"),
            RACE + "Alliance", List.of("eine Partnerschaft mit anderen Firmen")),
        List.of("{A} investiert {M} in {T}.", "{A} will in diesem Jahr {M} in {T} investieren."),
        List.of(
            new Target("neue Rechenzentren", true),
            new Target("eine Chipfabrik", true),
            new Target("die Forschung an Sprachmodellen", false)),
        List.of(
            "{A} kommt nach eigenen Angaben mit etwa {P} % der Kosten von {B} aus.",
            "Die Modelle von {A} kosten nur {P} % dessen, was {B} ausgibt."),
        List.of(
            new Hedge(
                "{A} hat angeblich neue Büros in mehreren Städten eröffnet.", "angeblich", "Claim"),
            new Hedge(
                "{A} scheint mit dem Verlauf des Jahres zufrieden zu sein.", "scheint", "Claim"),
            new Hedge(
                "{A} hat offenbar mehr Ingenieure eingestellt als geplant.", "offenbar", "Claim")),
        List.of(
            "Das erinnert an den Kampf zwischen {H1} und {H2} in den {D}.",
            "Die Lage gleicht dem Duell zwischen {H1} und {H2} in den {D}.",
            "Eine Parallele bietet die Rivalität zwischen {H1} und {H2} in den {D}.",
            "Vergleichbar ist der Wettstreit zwischen {H1} und {H2} in den {D}."),
        List.of(
            "Heute übernimmt {A} die Rolle, die damals {H1} spielte; die Rolle von {H2} fällt {B} zu.",
            "Wie damals {H1} steht heute {A} da; die Rolle von {H2} fällt {B} zu.",
            "{A} steht heute dort, wo damals {H1} stand; den Part von {H2} übernimmt {B}."),
        List.of(
            "Die Debatte über künstliche Intelligenz wird seit Monaten in Fachkreisen und in der"
                + " breiten Öffentlichkeit geführt.",
            "Auf Konferenzen und in Fachzeitschriften ist das Thema allgegenwärtig, und kaum eine"
                + " Woche vergeht ohne neue Schlagzeilen.",
            "Viele Unternehmen beobachten die Entwicklung aufmerksam und fragen sich, was sie für"
                + " ihr eigenes Geschäft bedeutet.",
            "Die Nachfrage nach neuen Anwendungen wächst in vielen Branchen, vom Handel bis zur"
                + " Verwaltung.",
            "In den Redaktionen wird über die Folgen für den Arbeitsmarkt diskutiert.",
            "Auch Schulen und Universitäten stellen sich auf die neuen Werkzeuge ein.",
            "Die Berichterstattung darüber füllt inzwischen ganze Seiten in den Zeitungen.",
            "Manche Leser fühlen sich von der Geschwindigkeit der Neuerungen überfordert.",
            "Gleichzeitig wächst das Interesse an verständlichen Erklärungen der Technik.",
            "Die Begriffe, die dabei fallen, sind oft neu und brauchen eine Erklärung.",
            "Hinter den Kulissen wird an neuen Produkten gearbeitet, über die noch wenig bekannt"
                + " ist.",
            "Im Alltag vieler Menschen ist davon bisher wenig zu spüren.",
            "Die Fachwelt diskutiert seit Jahren über die richtigen Begriffe für diese Technik.",
            "Mancher Beobachter wartet lieber ab, bevor er sich ein Urteil bildet.",
            "Für Laien ist es nicht leicht, in dieser Flut von Nachrichten den Überblick zu"
                + " behalten.",
            "Die Zahl der Start-ups in diesem Feld ist in kurzer Zeit stark gewachsen.",
            "Viele Nutzer probieren die neuen Programme zunächst im Beruf aus.",
            "Die Diskussion wird in vielen Ländern mit großem Ernst geführt.",
            "Wer die Entwicklung verstehen will, muss sich mit vielen Einzelheiten befassen.",
            "Die Geschwindigkeit, mit der neue Versionen erscheinen, überrascht selbst Fachleute.",
            "In den sozialen Medien wird jede Neuerung sofort kommentiert.",
            "Auch Gewerkschaften und Verbände haben sich in die Debatte eingeschaltet.",
            "Die Begeisterung der ersten Monate ist einer nüchternen Betrachtung gewichen.",
            "Vieles von dem, was heute geschieht, ist schwer einzuordnen."));
  }

  private static Templates english() {
    return new Templates(
        "en",
        List.of(
            "New fronts in artificial intelligence",
            "Who is ahead in artificial intelligence?",
            "Billions, models and markets",
            "The AI industry sorts itself out"),
        List.of("{A} relies on {S}.", "For its products, {A} now relies on {S}."),
        Map.of(
            RACE + "InfrastructureInvestment",
                List.of("its own infrastructure", "new data centres"),
            RACE + "OpenRelease", List.of("open-source software", "open weights"),
            RACE + "ProprietaryControl", List.of("proprietary software", "a paid service"),
            RACE + "CostEfficiency", List.of("low-cost models", "efficiency"),
            RACE + "VerticalIntegration", List.of("vertical integration"),
            RACE + "Alliance", List.of("a partnership with other firms")),
        List.of("{A} is investing {M} in {T}.", "{A} plans to invest {M} in {T} this year."),
        List.of(
            new Target("new data centres", true),
            new Target("a new chip fab", true),
            new Target("research on language models", false)),
        List.of(
            "{A} runs its models at roughly {P} % of the cost of {B}.",
            "According to {A}, its models cost only {P} % of what {B} pays for its own."),
        List.of(
            new Hedge(
                "{A} has reportedly opened new offices in several cities.", "reportedly", "Claim"),
            new Hedge("{A} apparently hired more engineers than planned.", "apparently", "Claim"),
            new Hedge("{A} is said to be pleased with the year so far.", "is said to", "Claim")),
        List.of(
            "This recalls the rivalry between {H1} and {H2} in the {D}.",
            "The situation resembles the battle between {H1} and {H2} in the {D}.",
            "There is a parallel in the duel between {H1} and {H2} during the {D}.",
            "It is reminiscent of the contest between {H1} and {H2} in the {D}."),
        List.of(
            "Today {A} plays the part {H1} played then; the role of {H2} falls to {B}.",
            "Just as {H1} did then, {A} stands at the front today; the role of {H2} falls to {B}.",
            "{A} now stands where {H1} stood back then; the part of {H2} is played by {B}."),
        List.of(
            "The debate about artificial intelligence has filled conference halls and newspaper"
                + " pages for months.",
            "Trade journals cover the subject almost every day, and hardly a week passes without"
                + " new headlines.",
            "Many businesses are watching the field closely and asking what it means for their"
                + " own work.",
            "Demand for new applications is growing in many industries, from retail to public"
                + " administration.",
            "Newsrooms discuss what all this means for the job market.",
            "Schools and universities are adjusting to the new tools.",
            "Coverage of the subject now fills whole sections of the papers.",
            "Some readers feel overwhelmed by the speed of change.",
            "At the same time, interest in plain explanations of the technology is growing.",
            "The terms used in this debate are often new and need explaining.",
            "Behind the scenes, engineers are working on products that little is known about.",
            "In the daily lives of most people, little of this is visible yet.",
            "Experts have argued for years about the right words for this technology.",
            "Some observers prefer to wait before they form a view.",
            "For lay readers, it is not easy to keep track of this flood of news.",
            "The number of start-ups in the field has grown quickly.",
            "Many users first try the new programs at work.",
            "The discussion is taken seriously in many countries.",
            "Anyone who wants to understand these changes has to deal with many details.",
            "The pace at which new versions appear surprises even specialists.",
            "On social media, every novelty is commented on at once.",
            "Trade unions and associations have also joined the debate.",
            "The excitement of the first months has given way to a sober view.",
            "Much of what happens today is hard to place."));
  }
}
