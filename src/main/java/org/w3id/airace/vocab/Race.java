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
  public static final Node Article = term("Article");
  public static final Node Byline = term("Byline");
  public static final Node Clause = term("Clause");
  public static final Node Mention = term("Mention");
  public static final Node text = term("text");
  public static final Node titleSource = term("titleSource");
  public static final Node note = term("note");
  public static final Node extractedBy = term("extractedBy");

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
   * The IRI of the extraction rule in {@code queries/rules/} with this file name (no extension).
   */
  public static Node rule(String name) {
    return NodeFactory.createURI(RULE + name);
  }

  private static Node term(String localName) {
    return NodeFactory.createURI(NS + localName);
  }
}
