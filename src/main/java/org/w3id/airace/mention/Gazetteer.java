package org.w3id.airace.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.airace.resources.Bundled;
import org.w3id.airace.vocab.Race;

/**
 * The entities airace knows by name, read from the Turtle files of {@code data/entities/}: every
 * subject typed with a class of the airace ontology, with its {@code rdfs:label}, {@code
 * skos:prefLabel} and {@code skos:altLabel} values as names, and its {@code race:metonym} values
 * (language-tagged: capitals, demonyms, country adjectives) as metonyms. A {@code
 * race:AnnouncementRecord} (a dated announcement the gazetteer keeps for the rules to link to) is
 * no name to find in a text and is left out.
 */
public final class Gazetteer {
  /** The folder of the bundled entity files. */
  public static final String FOLDER = "data/entities";

  private static final Node METONYM = NodeFactory.createURI(Race.NS + "metonym");

  private final Graph graph;
  private final List<Entity> entities;

  private Gazetteer(Graph graph, List<Entity> entities) {
    this.graph = graph;
    this.entities = List.copyOf(entities);
  }

  /** The gazetteer bundled with airace. */
  public static Gazetteer bundled() {
    return of(Bundled.graph(FOLDER));
  }

  /** A gazetteer over the entities of {@code graph}. */
  public static Gazetteer of(Graph graph) {
    Map<Node, Set<String>> types = new LinkedHashMap<>();
    graph
        .find(Node.ANY, RDF.type.asNode(), Node.ANY)
        .forEach(
            t -> {
              if (t.getObject().isURI() && t.getObject().getURI().startsWith(Race.NS)) {
                types
                    .computeIfAbsent(t.getSubject(), s -> new LinkedHashSet<>())
                    .add(t.getObject().getURI());
              }
            });
    List<Entity> entities = new ArrayList<>();
    types.values().removeIf(classes -> classes.contains(Race.AnnouncementRecord.getURI()));
    types.forEach(
        (subject, classes) -> {
          Set<String> names = new LinkedHashSet<>();
          for (Node p :
              List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            graph
                .find(subject, p, Node.ANY)
                .mapWith(Triple::getObject)
                .forEach(
                    o -> {
                      if (o.isLiteral() && !o.getLiteralLexicalForm().isBlank()) {
                        names.add(o.getLiteralLexicalForm().strip());
                      }
                    });
          }
          if (subject.isURI()) {
            entities.add(
                new Entity(
                    subject.getURI(), classes, List.copyOf(names), metonyms(graph, subject)));
          }
        });
    return new Gazetteer(graph, entities);
  }

  /** The {@code race:metonym} values of {@code subject}: each must carry a language tag. */
  private static List<Entity.Metonym> metonyms(Graph graph, Node subject) {
    Set<Entity.Metonym> metonyms = new LinkedHashSet<>();
    graph
        .find(subject, METONYM, Node.ANY)
        .mapWith(Triple::getObject)
        .forEach(
            o -> {
              if (!o.isLiteral()
                  || o.getLiteralLanguage().isEmpty()
                  || o.getLiteralLexicalForm().isBlank()) {
                throw new MentionException(
                    FOLDER
                        + ": "
                        + subject.getURI()
                        + " race:metonym "
                        + o
                        + ": a metonym must be a language-tagged word, like \"Peking\"@de");
              }
              String language = o.getLiteralLanguage().toLowerCase(Locale.ROOT).split("-")[0];
              metonyms.add(new Entity.Metonym(o.getLiteralLexicalForm().strip(), language));
            });
    return List.copyOf(metonyms);
  }

  public List<Entity> entities() {
    return entities;
  }

  /** The triples of the entity files, as stored in the entities graph. */
  public Graph graph() {
    return graph;
  }
}
