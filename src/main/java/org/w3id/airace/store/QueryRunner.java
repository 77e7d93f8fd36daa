package org.w3id.airace.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;

/** Runs one SPARQL query against the store and writes its result in a chosen format. */
public final class QueryRunner {
  /** Result formats for SELECT and ASK; CONSTRUCT and DESCRIBE always give Turtle. */
  public enum Format {
    TABLE,
    CSV,
    TSV,
    JSON,
    XML;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Store store;

  public QueryRunner(Store store) {
    this.store = store;
  }

  /**
   * Parses {@code sparql} (naming {@code source} in a syntax error) and writes its result.
   *
   * @throws StoreException on a syntax error, with the line and column
   */
  public void run(String source, String sparql, Format format, OutputStream out) {
    Query query;
    try {
      query = QueryFactory.create(sparql);
    } catch (QueryParseException e) {
      throw StoreException.badInput(source + ": " + e.getMessage(), e);
    }
    store
        .dataset()
        .executeRead(
            () -> {
              try (org.apache.jena.query.QueryExecution qe =
                  QueryExecutionAdapter.adapt(
                      QueryExec.dataset(store.dataset()).query(query).build())) {
                if (query.isSelectType()) {
                  ResultSet rs = qe.execSelect();
                  switch (format) {
                    case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                    case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                    case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                    case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                    case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
                  }
                } else if (query.isAskType()) {
                  boolean answer = qe.execAsk();
                  switch (format) {
                    case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                    case XML -> ResultSetMgr.write(out, answer, ResultSetLang.RS_XML);
                    default -> new PrintStream(out, true, StandardCharsets.UTF_8).println(answer);
                  }
                } else if (query.isConstructQuad()) {
                  RDFDataMgr.write(out, qe.execConstructDataset(), Lang.TRIG);
                } else {
                  RDFDataMgr.write(
                      out,
                      query.isConstructType() ? qe.execConstruct() : qe.execDescribe(),
                      Lang.TURTLE);
                }
              }
            });
  }
}
