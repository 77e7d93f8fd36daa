package org.w3id.airace.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.airace.vocab.Race;

/** The rows of a SELECT over an extracted graph, for the tests of the rules. */
final class RuleRows {
  private static final String PREFIXES =
      "PREFIX race: <" + Race.NS + ">\nPREFIX res: <" + Race.RESOURCE + ">\n";

  private RuleRows() {}

  /**
   * Each row as its values joined by spaces: IRIs without the resource or ontology namespace,
   * literals by their lexical form, unbound ones left out. The query may use the prefixes race: and
   * res:.
   */
  static List<String> of(Graph graph, String select) {
    Model model = ModelFactory.createModelForGraph(graph);
    List<String> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + select).build()) {
      ResultSet results = qe.execSelect();
      List<String> vars = results.getResultVars();
      while (results.hasNext()) {
        QuerySolution row = results.next();
        List<String> cells = new ArrayList<>();
        for (String var : vars) {
          if (row.get(var) == null) {
            continue;
          }
          cells.add(
              row.get(var).isURIResource()
                  ? row.getResource(var).getURI().replace(Race.RESOURCE, "").replace(Race.NS, "")
                  : row.getLiteral(var).getLexicalForm());
        }
        rows.add(String.join(" ", cells));
      }
    }
    return rows;
  }
}
