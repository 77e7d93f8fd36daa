package org.w3id.airace.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Fuseki's SPARQL query service with airace's limits: a SELECT that yields more rows than {@link
 * QueryLimits#maxRows()}, or a CONSTRUCT or DESCRIBE with more triples, is stopped; so is any query
 * past its time limit, also while its answer is being written. Either way the request is marked
 * with a {@link Failure}, which {@link QueryGuard} (holding the answer until it is complete) turns
 * into an error status and message in place of whatever was written.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
  /** The request attribute that holds a {@link Failure}. */
  static final String FAILURE = LimitedQuery.class.getName() + ".failure";

  /** Why a query was stopped: the HTTP status to answer with, and the message. */
  record Failure(int status, String message) {}

  /** Thrown to stop a query whose answer is over a limit. */
  static final class OverLimitException extends RuntimeException {
    OverLimitException(String message) {
      super(message, null, false, false);
    }
  }

  private final QueryLimits limits;

  LimitedQuery(QueryLimits limits) {
    this.limits = limits;
  }

  @Override
  protected void execute(String queryString, HttpAction action) {
    try {
      super.execute(queryString, action);
    } catch (QueryCancelledException e) {
      timedOut(action.getRequest());
      throw e;
    }
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
    QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    HttpServletRequest request = action.getRequest();
    if (result.isRowSet()) {
      return new QueryExecResult(new CountedRows(result.rowSet(), request));
    }
    if (result.isGraph()) {
      checkTriples(result.graph().size(), request);
    } else if (result.isDataset()) {
      checkTriples(result.dataset().stream().count(), request);
    }
    return result;
  }

  private void checkTriples(long triples, HttpServletRequest request) {
    if (triples > limits.maxRows()) {
      throw overLimit(
          request,
          "The result has "
              + triples
              + " triples, more than this server's limit of "
              + limits.maxRows()
              + " (--max-rows).");
    }
  }

  private void timedOut(HttpServletRequest request) {
    request.setAttribute(
        FAILURE,
        new Failure(
            503,
            "The query ran longer than this server's limit of "
                + limits.timeoutText()
                + " (--timeout) and was stopped; nothing of its result is sent. Narrow it, or"
                + " add a LIMIT."));
  }

  private OverLimitException overLimit(HttpServletRequest request, String what) {
    String message =
        what
            + " Nothing of it is sent. Add a LIMIT (and OFFSET to page through it), or take the"
            + " whole dataset from the dump: GET /airace with Accept: application/n-quads.";
    request.setAttribute(FAILURE, new Failure(QueryGuard.OVER_LIMIT, message));
    return new OverLimitException(message);
  }

  /** The rows of a SELECT, counted as they are written; stops past the limit or the time. */
  private final class CountedRows implements RowSet {
    private final RowSet rows;
    private final HttpServletRequest request;
    private long count;

    CountedRows(RowSet rows, HttpServletRequest request) {
      this.rows = rows;
      this.request = request;
    }

    @Override
    public boolean hasNext() {
      try {
        return rows.hasNext();
      } catch (QueryCancelledException e) {
        timedOut(request);
        throw e;
      }
    }

    @Override
    public Binding next() {
      Binding row;
      try {
        row = rows.next();
      } catch (QueryCancelledException e) {
        timedOut(request);
        throw e;
      }
      if (++count > limits.maxRows()) {
        throw overLimit(
            request,
            "The result has more than this server's limit of "
                + limits.maxRows()
                + " rows (--max-rows).");
      }
      return row;
    }

    @Override
    public List<Var> getResultVars() {
      return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
      return rows.getRowNumber();
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
