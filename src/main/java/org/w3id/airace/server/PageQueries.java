package org.w3id.airace.server;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.airace.resources.Bundled;

/**
 * The queries behind the pages, {@code queries/pages/NAME.rq}, and the small readings of their
 * answers every page needs. Run inside a read transaction of the caller.
 */
final class PageQueries {
  private PageQueries() {}

  /** The rows of a page query about the whole dataset. */
  static List<Binding> rows(DatasetGraph dataset, String name) {
    return run(dataset, query(name));
  }

  /** The rows of a page query with {@code ?resource} bound to {@code resource}. */
  static List<Binding> rows(DatasetGraph dataset, String name, Node resource) {
    ParameterizedSparqlString query = query(name);
    query.setParam("resource", resource);
    return run(dataset, query);
  }

  /** The rows of a page query with {@code ?q} bound to the literal {@code q}. */
  static List<Binding> rows(DatasetGraph dataset, String name, String q) {
    ParameterizedSparqlString query = query(name);
    query.setLiteral("q", q);
    return run(dataset, query);
  }

  /** A number of a row. */
  static long number(Node node) {
    return ((Number) node.getLiteralValue()).longValue();
  }

  /** The last segment of an IRI (after '#' or '/'), or the IRI if it ends there. */
  static String shortName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
  }

  private static ParameterizedSparqlString query(String name) {
    return new ParameterizedSparqlString(Bundled.read("queries/pages/" + name + ".rq"));
  }

  private static List<Binding> run(DatasetGraph dataset, ParameterizedSparqlString query) {
    return QueryExec.dataset(dataset).query(query.asQuery()).select().materialize().stream()
        .toList();
  }
}
