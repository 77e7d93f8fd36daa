package org.w3id.airace.store;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.airace.graph.ArticleGraph;

/**
 * The inference queries can rely on, materialised: every {@code rdf:type} gets the classes above it
 * by the ontology's {@code rdfs:subClassOf} axioms, every triple the properties above its predicate
 * by the ontology's {@code rdfs:subPropertyOf} axioms, transitively. Nothing else: no domains,
 * ranges or OWL, and no class or property the ontology does not name in such an axiom.
 *
 * <pre>{@code
 * Inference inference = Inference.of(Loader.ontology());
 * Graph closed = inference.apply(gazetteer.graph());   // res:OpenAI a race:Actor, foaf:Agent ...
 * }</pre>
 *
 * <p>Both entailments depend on one triple and the ontology only, so each named graph is closed on
 * its own and the union of closed graphs is closed.
 */
public final class Inference {
  private static final Node TYPE = RDF.type.asNode();

  private final Map<Node, Set<Node>> superClasses;
  private final Map<Node, Set<Node>> superProperties;

  private Inference(Map<Node, Set<Node>> superClasses, Map<Node, Set<Node>> superProperties) {
    this.superClasses = superClasses;
    this.superProperties = superProperties;
  }

  /** The inference the axioms of {@code ontology} allow. */
  public static Inference of(Graph ontology) {
    return new Inference(
        closure(ontology, RDFS.subClassOf.asNode()),
        closure(ontology, RDFS.subPropertyOf.asNode()));
  }

  /** The inference of the ontology bundled with airace. */
  public static Inference bundled() {
    return of(Loader.ontology());
  }

  /** The classes strictly above {@code type}, nearest first; none for a class out of the axioms. */
  public Set<Node> superClassesOf(Node type) {
    return superClasses.getOrDefault(type, Set.of());
  }

  /** The properties strictly above {@code property}. */
  public Set<Node> superPropertiesOf(Node property) {
    return superProperties.getOrDefault(property, Set.of());
  }

  /** A new graph: {@code data} and what it entails; {@code data} is left as it is. */
  public Graph apply(Graph data) {
    Graph closed = GraphFactory.createDefaultGraph();
    data.find()
        .forEachRemaining(
            t -> {
              closed.add(t);
              entail(t.getSubject(), t.getPredicate(), t.getObject(), closed);
              for (Node property : superPropertiesOf(t.getPredicate())) {
                closed.add(t.getSubject(), property, t.getObject());
                entail(t.getSubject(), property, t.getObject(), closed);
              }
            });
    return closed;
  }

  /** The article with its graph closed under the inference. */
  public ArticleGraph apply(ArticleGraph article) {
    return new ArticleGraph(article.article(), article.name(), apply(article.graph()));
  }

  private void entail(Node subject, Node predicate, Node object, Graph into) {
    if (predicate.equals(TYPE)) {
      for (Node type : superClassesOf(object)) {
        into.add(subject, TYPE, type);
      }
    }
  }

  /** For every IRI in a {@code relation} axiom: the IRIs above it, transitively, without itself. */
  private static Map<Node, Set<Node>> closure(Graph ontology, Node relation) {
    Map<Node, Set<Node>> direct = new HashMap<>();
    ontology
        .find(Node.ANY, relation, Node.ANY)
        .forEachRemaining(
            (Triple t) -> {
              if (t.getSubject().isURI() && t.getObject().isURI()) {
                direct
                    .computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>())
                    .add(t.getObject());
              }
            });
    Map<Node, Set<Node>> closure = new HashMap<>();
    for (Node start : direct.keySet()) {
      Set<Node> above = new LinkedHashSet<>();
      Deque<Node> pending = new ArrayDeque<>(direct.get(start));
      while (!pending.isEmpty()) {
        Node next = pending.removeFirst();
        if (!next.equals(start) && above.add(next)) {
          pending.addAll(direct.getOrDefault(next, Set.of()));
        }
      }
      closure.put(start, Collections.unmodifiableSet(above));
    }
    return closure;
  }
}
