package org.w3id.airace.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.airace.store.Inference;
import org.w3id.airace.vocab.Nif;
import org.w3id.airace.vocab.Race;

/**
 * Sorts every quad of an airace dataset into one {@link Layer}, by one rule that names no article,
 * rule or fact, only the vocabulary's classes and a few of its properties:
 *
 * <ol>
 *   <li>A quad outside the article graphs ({@code graph/article/…}): {@link Layer#FIXED}.
 *   <li>A triple whose subject is an {@code rdf:Statement}: {@link Layer#STATEMENTS}.
 *   <li>A {@code prov:wasDerivedFrom} or {@code race:extractedBy} of any other subject: {@link
 *       Layer#NODE_PROVENANCE}.
 *   <li>A triple whose subject is a text node — one with an {@code rdf:type} of a text or mention
 *       class (see {@link #roleOf}) — goes to the layer of that node. A node can be of several (one
 *       span may be a sentence and a claim unit, or a word and a cue): then its {@code rdf:type} of
 *       a layer's class goes to that layer, {@code nif:posTag} and {@code nif:lemma} to the tokens,
 *       {@code itsrdf:taIdentRef} to the entity mentions, {@code race:signals}, {@code
 *       race:cuePhrase} and {@code race:agent} to the rule input, and everything else it has
 *       (offsets, anchor, context, {@code nif:sentence}, generic types like {@code
 *       nif:RFC5147String}) to the most needed of its layers, in the order of {@link Layer}: that
 *       is what would stay if the less needed layer were not written.
 *   <li>A triple of another subject whose object is a text node (the article's {@code race:text}):
 *       the layer of that object.
 *   <li>Any other triple the ontology's {@code rdfs:subClassOf} or {@code rdfs:subPropertyOf}
 *       axioms derive from another triple of its graph ({@link Inference}): {@link Layer#INFERRED},
 *       whether or not a rule also wrote it.
 *   <li>The rest: {@link Layer#FACTS} — the domain triples about actors, strategies, rivalries,
 *       investments, comparisons, claims, analogies, announcements, new actors and the article
 *       itself, both the truthy shortcuts ({@code race:pursues}, {@code schema:mentions} …) and the
 *       nodes of n-ary facts ({@code race:Investment} and its amount …).
 * </ol>
 */
final class Layers {
  private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final Node TYPE = NodeFactory.createURI(RDF_NS + "type");
  private static final Node DERIVED_FROM =
      NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
  private static final String ARTICLE_GRAPHS = Race.GRAPH + "article/";

  /** The layers, the most needed first (a shared triple goes to the first of its node's layers). */
  enum Layer {
    FACTS("facts (domain triples, truthy and n-ary)"),
    INFERRED("inferred rdf:type / super-property closure of the facts"),
    STATEMENTS("statement provenance (rdf:Statement and its properties)"),
    NODE_PROVENANCE("node provenance (prov:wasDerivedFrom, race:extractedBy of fact nodes)"),
    TEXT("text: nif:Context, nif:Paragraph, nif:Sentence"),
    ENTITY_MENTIONS("entity mentions (race:Mention, itsrdf:taIdentRef)"),
    RULE_MENTIONS("rule input: cues, quantities, clauses, claim units, race:agent"),
    TOKENS("tokens: nif:Word with nif:posTag, nif:lemma"),
    FIXED("ontology and entities graphs (the same for any number of articles)");

    final String title;

    Layer(String title) {
      this.title = title;
    }
  }

  /** The classes whose nodes make a layer (and their subclasses, by the ontology). */
  private static final Map<Node, Layer> CLASSES = new LinkedHashMap<>();

  /** The properties of text nodes that belong to one layer, whatever else the node is. */
  private static final Map<Node, Layer> PROPERTIES = new LinkedHashMap<>();

  static {
    CLASSES.put(NodeFactory.createURI(RDF_NS + "Statement"), Layer.STATEMENTS);
    CLASSES.put(Nif.Context, Layer.TEXT);
    CLASSES.put(Nif.Paragraph, Layer.TEXT);
    CLASSES.put(Nif.Sentence, Layer.TEXT);
    CLASSES.put(Race.Mention, Layer.ENTITY_MENTIONS);
    CLASSES.put(Race.CueMention, Layer.RULE_MENTIONS);
    CLASSES.put(Race.QuantityMention, Layer.RULE_MENTIONS);
    CLASSES.put(Race.Clause, Layer.RULE_MENTIONS);
    CLASSES.put(Race.ClaimUnit, Layer.RULE_MENTIONS);
    CLASSES.put(Nif.Word, Layer.TOKENS);
    PROPERTIES.put(Nif.taIdentRef, Layer.ENTITY_MENTIONS);
    PROPERTIES.put(Race.signals, Layer.RULE_MENTIONS);
    PROPERTIES.put(Race.cuePhrase, Layer.RULE_MENTIONS);
    PROPERTIES.put(Race.agent, Layer.RULE_MENTIONS);
    PROPERTIES.put(Nif.posTag, Layer.TOKENS);
    PROPERTIES.put(Nif.lemma, Layer.TOKENS);
  }

  private final Inference inference;

  Layers(Inference inference) {
    this.inference = inference;
  }

  /** The layer of a class and of the nodes it types, or null for a class of no layer. */
  Layer roleOf(Node type) {
    Layer layer = CLASSES.get(type);
    if (layer == null) {
      for (Node above : inference.superClassesOf(type)) {
        layer = CLASSES.get(above);
        if (layer != null) {
          break;
        }
      }
    }
    return layer;
  }

  /** Every quad of {@code dataset}, graph by graph, as its layer says. */
  Map<Layer, List<Quad>> sort(DatasetGraph dataset) {
    Map<Layer, List<Quad>> out = new EnumMap<>(Layer.class);
    for (Layer layer : Layer.values()) {
      out.put(layer, new ArrayList<>());
    }
    dataset
        .listGraphNodes()
        .forEachRemaining(
            name -> {
              Graph graph = dataset.getGraph(name);
              boolean article = name.isURI() && name.getURI().startsWith(ARTICLE_GRAPHS);
              Map<Node, Layer> nodes = article ? nodeLayers(graph) : Map.of();
              graph
                  .find()
                  .forEachRemaining(
                      t ->
                          out.get(article ? layerOf(t, graph, nodes) : Layer.FIXED)
                              .add(new Quad(name, t)));
            });
    return out;
  }

  /** For every node with a type of a layer's class: the most needed of those layers. */
  private Map<Node, Layer> nodeLayers(Graph graph) {
    Map<Node, Layer> nodes = new HashMap<>();
    graph
        .find(Node.ANY, TYPE, Node.ANY)
        .forEachRemaining(
            t -> {
              Layer role = roleOf(t.getObject());
              if (role != null) {
                nodes.merge(t.getSubject(), role, (a, b) -> a.compareTo(b) <= 0 ? a : b);
              }
            });
    return nodes;
  }

  private Layer layerOf(Triple t, Graph graph, Map<Node, Layer> nodes) {
    Node p = t.getPredicate();
    Layer subject = nodes.get(t.getSubject());
    if (subject == Layer.STATEMENTS) {
      return subject;
    }
    if (p.equals(DERIVED_FROM) || p.equals(Race.extractedBy)) {
      return Layer.NODE_PROVENANCE;
    }
    if (subject != null) {
      Layer own = p.equals(TYPE) ? roleOf(t.getObject()) : PROPERTIES.get(p);
      return own != null ? own : subject;
    }
    Layer object = nodes.get(t.getObject());
    if (object != null) {
      return object;
    }
    return entailed(t, graph) ? Layer.INFERRED : Layer.FACTS;
  }

  /** Whether the subclass or subproperty axioms derive {@code t} from another triple of graph. */
  private boolean entailed(Triple t, Graph graph) {
    Node s = t.getSubject();
    Node p = t.getPredicate();
    Node o = t.getObject();
    if (p.equals(TYPE)) {
      for (Triple other : graph.find(s, TYPE, Node.ANY).toList()) {
        if (inference.superClassesOf(other.getObject()).contains(o)) {
          return true;
        }
      }
    }
    Set<Node> seen = new HashSet<>();
    for (Triple other : graph.find(s, Node.ANY, o).toList()) {
      Node q = other.getPredicate();
      if (seen.add(q) && inference.superPropertiesOf(q).contains(p)) {
        return true;
      }
    }
    return false;
  }
}
