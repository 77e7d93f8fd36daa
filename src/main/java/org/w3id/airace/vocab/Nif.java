package org.w3id.airace.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** NIF 2.0 core and ITS 2.0 terms used by the text and mention layers. */
public final class Nif {
  public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

  public static final Node Context = term("Context");
  public static final Node Paragraph = term("Paragraph");
  public static final Node Sentence = term("Sentence");
  public static final Node Phrase = term("Phrase");
  public static final Node Word = term("Word");
  public static final Node RFC5147String = term("RFC5147String");
  public static final Node isString = term("isString");
  public static final Node beginIndex = term("beginIndex");
  public static final Node endIndex = term("endIndex");
  public static final Node anchorOf = term("anchorOf");
  public static final Node referenceContext = term("referenceContext");
  public static final Node superString = term("superString");
  public static final Node sentence = term("sentence");
  public static final Node posTag = term("posTag");
  public static final Node lemma = term("lemma");
  public static final Node predLang = term("predLang");
  public static final Node taIdentRef = NodeFactory.createURI(ITSRDF + "taIdentRef");

  private Nif() {}

  private static Node term(String localName) {
    return NodeFactory.createURI(NS + localName);
  }
}
