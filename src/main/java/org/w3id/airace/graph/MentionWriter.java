package org.w3id.airace.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.airace.mention.ClaimUnit;
import org.w3id.airace.mention.ClauseAgent;
import org.w3id.airace.mention.CueMention;
import org.w3id.airace.mention.Mention;
import org.w3id.airace.mention.MentionLayer;
import org.w3id.airace.mention.NewActor;
import org.w3id.airace.mention.Quantity;
import org.w3id.airace.text.Clause;
import org.w3id.airace.text.Sentence;
import org.w3id.airace.text.TextLayer;
import org.w3id.airace.vocab.Nif;
import org.w3id.airace.vocab.Race;

/**
 * Writes the mention layer: each mention a {@code nif:Phrase} inside its clause ({@code
 * nif:superString}) and sentence ({@code nif:sentence}) — actors with {@code itsrdf:taIdentRef},
 * cues with {@code race:signals}, quantities as {@link QuantityWriter} says — each clause's {@code
 * race:agent}, and the claim units (each a {@code race:ClaimUnit}, the {@code nif:superString} of
 * its clauses). The rules read this layer.
 */
final class MentionWriter {
  private final NifWriter nif;
  private final String language;
  private final QuantityWriter quantities;

  MentionWriter(NifWriter nif, String language) {
    this.nif = nif;
    this.language = language;
    this.quantities = new QuantityWriter(nif);
  }

  void write(TextLayer text, MentionLayer mentions) {
    writeNewActors(mentions);
    for (Sentence sentence : text.sentences()) {
      Node s = nif.span(sentence.begin(), sentence.end());
      for (ClaimUnit unit : mentions.units()) {
        if (sentence.begin() <= unit.begin() && unit.end() <= sentence.end()) {
          Node u = nif.element(unit.begin(), unit.end(), Nif.Phrase);
          nif.add(u, RDF.type.asNode(), Race.ClaimUnit);
          nif.add(u, Nif.superString, s);
        }
      }
      for (Clause clause : sentence.clauses()) {
        Node c = nif.span(clause.begin(), clause.end());
        for (ClaimUnit unit : mentions.units()) {
          if (unit.begin() <= clause.begin() && clause.end() <= unit.end()) {
            nif.add(c, Nif.superString, nif.span(unit.begin(), unit.end()));
          }
        }
        for (Mention m : mentions.entities()) {
          if (inside(m.begin(), clause)) {
            Node node = phrase(m.begin(), m.end(), Race.Mention, c, s);
            nif.add(node, Nif.taIdentRef, NodeFactory.createURI(m.entity()));
          }
        }
        for (CueMention cue : mentions.cues()) {
          if (inside(cue.begin(), clause)) {
            Node node = phrase(cue.begin(), cue.end(), Race.CueMention, c, s);
            nif.add(node, Race.signals, NodeFactory.createURI(cue.concept()));
            nif.add(node, Race.cuePhrase, NodeFactory.createLiteralLang(cue.cue(), language));
          }
        }
        for (Quantity quantity : mentions.quantities()) {
          if (inside(quantity.begin(), clause)) {
            Node node = phrase(quantity.begin(), quantity.end(), Race.QuantityMention, c, s);
            quantities.write(quantity, node);
          }
        }
        for (ClauseAgent agent : mentions.agents()) {
          if (agent.begin() == clause.begin() && agent.end() == clause.end()) {
            agent.entities().forEach(e -> nif.add(c, Race.agent, NodeFactory.createURI(e)));
          }
        }
      }
    }
  }

  /** Each actor the gazetteer does not know, once: its class, its name, and that it is new. */
  private void writeNewActors(MentionLayer mentions) {
    for (NewActor actor : mentions.newActors()) {
      Node node = NodeFactory.createURI(Race.resource(actor.name()));
      nif.add(node, RDF.type.asNode(), NodeFactory.createURI(actor.type()));
      nif.add(node, RDFS.label.asNode(), NodeFactory.createLiteralString(actor.name()));
      nif.add(
          node, Race.fromGazetteer, NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));
    }
  }

  private Node phrase(int begin, int end, Node type, Node clause, Node sentence) {
    Node node = nif.element(begin, end, Nif.Phrase);
    nif.add(node, RDF.type.asNode(), type);
    nif.add(node, Nif.superString, clause);
    nif.add(node, Nif.sentence, sentence);
    return node;
  }

  private static boolean inside(int offset, Clause clause) {
    return clause.begin() <= offset && offset < clause.end();
  }
}
