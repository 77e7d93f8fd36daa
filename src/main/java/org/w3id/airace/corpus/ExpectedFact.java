package org.w3id.airace.corpus;

import java.math.BigDecimal;

/** A fact a generated article states, written as Turtle in the format of the eval cases. */
public sealed interface ExpectedFact {
  String turtle();

  /** {@code actor race:pursues strategy}. */
  record Pursues(CorpusActor actor, String strategy) implements ExpectedFact {
    @Override
    public String turtle() {
      return "<" + actor.iri() + "> race:pursues <" + strategy + "> .\n";
    }
  }

  /** An investment of {@code value} in {@code currency} (ISO 4217) into {@code target}. */
  record Investment(
      CorpusActor investor, BigDecimal value, String currency, String target, String language)
      implements ExpectedFact {
    @Override
    public String turtle() {
      return "[] a race:Investment ;\n    race:investor <"
          + investor.iri()
          + "> ;\n    race:amount [ a schema:MonetaryAmount ;\n        schema:value \""
          + value.toPlainString()
          + "\"^^xsd:decimal ; schema:currency \""
          + currency
          + "\" ] ;\n    race:investsIn "
          + Turtle.literal(target, language)
          + " .\n";
    }
  }

  /** {@code subject} measured against {@code baseline} on {@code dimension}, by {@code ratio}. */
  record Comparison(
      CorpusActor subject, CorpusActor baseline, String dimension, BigDecimal ratio, String quote)
      implements ExpectedFact {
    @Override
    public String turtle() {
      return "[] a race:Comparison ;\n    race:subjectEntity <"
          + subject.iri()
          + "> ;\n    race:baselineEntity <"
          + baseline.iri()
          + "> ;\n    race:dimension <"
          + dimension
          + "> ;\n    race:ratio \""
          + ratio.toPlainString()
          + "\"^^xsd:decimal ;\n    rdfs:comment "
          + Turtle.literal(quote, null)
          + " .\n";
    }
  }

  /**
   * A hedged claim about {@code about}; {@code kind} is {@code Claim} or {@code Prediction} and
   * {@code quote} the sentence's words.
   */
  record HedgedClaim(String kind, CorpusActor about, String cue, String language, String quote)
      implements ExpectedFact {
    @Override
    public String turtle() {
      return "[] a race:"
          + kind
          + " ;\n    race:certainty race:Hedged ;\n    race:hedgeCue "
          + Turtle.literal(cue, language)
          + " ;\n    race:about <"
          + about.iri()
          + "> ;\n    rdfs:comment "
          + Turtle.literal(quote, null)
          + " .\n";
    }
  }

  /**
   * A historical analogy: the rivalry of {@code first} and {@code second} in the years {@code from}
   * to {@code to} is the source, the present rivalry of {@code firstNow} and {@code secondNow} the
   * target, and each side of the past maps to the actor that plays its part now; {@code quote} is
   * the sentences' words.
   */
  record Analogy(
      CorpusActor first,
      CorpusActor second,
      int from,
      int to,
      CorpusActor firstNow,
      CorpusActor secondNow,
      String quote)
      implements ExpectedFact {
    @Override
    public String turtle() {
      return "[] a race:HistoricalAnalogy ;\n    race:source [ a race:Rivalry ;\n"
          + "        race:participant <"
          + first.iri()
          + "> , <"
          + second.iri()
          + "> ;\n        race:startYear \""
          + from
          + "\"^^xsd:gYear ; race:endYear \""
          + to
          + "\"^^xsd:gYear ] ;\n    race:target [ a race:Rivalry ;\n        race:participant <"
          + firstNow.iri()
          + "> , <"
          + secondNow.iri()
          + "> ] ;\n    race:hasMapping\n"
          + mapping(first, firstNow)
          + " ,\n"
          + mapping(second, secondNow)
          + " ;\n    rdfs:comment "
          + Turtle.literal(quote, null)
          + " .\n";
    }

    private static String mapping(CorpusActor then, CorpusActor now) {
      return "        [ a race:AnalogyMapping ; race:sourceEntity <"
          + then.iri()
          + "> ; race:targetEntity <"
          + now.iri()
          + "> ]";
    }
  }
}
