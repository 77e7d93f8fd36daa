package org.w3id.airace.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the airace ontology ({@code ontology/airace.ttl}) and the IRI patterns of its data.
 * Every constant here must be defined in the ontology; {@code VocabularyTest} checks that.
 */
public final class Race {
  public static final String NS = "https://w3id.org/airace/ontology#";
  public static final String RESOURCE = "https://w3id.org/airace/resource/";
  public static final String GRAPH = "https://w3id.org/airace/graph/";
  public static final String RULE = "https://w3id.org/airace/rule/";

  public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(GRAPH + "ontology");
  public static final Node ENTITIES_GRAPH = NodeFactory.createURI(GRAPH + "entities");

  public static final Node Actor = term("Actor");
  public static final Node Country = term("Country");
  public static final Node Organization = term("Organization");
  public static final Node Person = term("Person");
  public static final Node Project = term("Project");
  public static final Node Product = term("Product");
  public static final Node AnnouncementRecord = term("AnnouncementRecord");
  public static final Node Article = term("Article");
  public static final Node Byline = term("Byline");
  public static final Node Clause = term("Clause");
  public static final Node Mention = term("Mention");
  public static final Node text = term("text");
  public static final Node titleSource = term("titleSource");
  public static final Node note = term("note");
  public static final Node extractedBy = term("extractedBy");
  public static final Node CueMention = term("CueMention");
  public static final Node signals = term("signals");
  public static final Node cuePhrase = term("cuePhrase");
  public static final Node agent = term("agent");
  public static final Node fromGazetteer = term("fromGazetteer");
  public static final Node ClaimUnit = term("ClaimUnit");
  public static final Node QuantityMention = term("QuantityMention");
  public static final Node MoneyMention = term("MoneyMention");
  public static final Node PercentMention = term("PercentMention");
  public static final Node PeriodMention = term("PeriodMention");
  public static final Node QualifierMention = term("QualifierMention");
  public static final Node denotes = term("denotes");
  public static final Node quantityValue = term("quantityValue");
  public static final Node fromYear = term("fromYear");
  public static final Node toYear = term("toYear");
  public static final Node month = term("month");
  public static final Node qualifier = term("qualifier");
  public static final Node contrastsWith = term("contrastsWith");

  private Race() {}

  /** The named graph of the article with this slug. */
  public static Node articleGraph(String slug) {
    return NodeFactory.createURI(GRAPH + "article/" + slug);
  }

  /** The IRI of the article with this slug; its text positions are {@code {article}#char=b,e}. */
  public static String articleIri(String slug) {
    return RESOURCE + "article/" + slug;
  }

  /**
   * The IRI of an actor named {@code name} that the gazetteer does not know: "Jane Doe" becomes
   * {@code res:Jane_Doe}. Letters, digits, '-' and '.' are kept; spaces and anything else become
   * '_'.
   */
  public static String resource(String name) {
    StringBuilder out = new StringBuilder(RESOURCE);
    int start = out.length();
    for (int cp : name.strip().codePoints().toArray()) {
      boolean keep = Character.isLetterOrDigit(cp) || cp == '-' || cp == '.';
      if (keep) {
        out.appendCodePoint(cp);
      } else if (out.length() > start && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
    }
    return out.toString();
  }

  /**
   * The IRI of the extraction rule in {@code queries/rules/} with this file name (no extension).
   */
  public static Node rule(String name) {
    return NodeFactory.createURI(RULE + name);
  }

  private static Node term(String localName) {
    return NodeFactory.createURI(NS + localName);
  }
}
