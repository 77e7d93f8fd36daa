package org.w3id.airace.server;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;

/**
 * The endpoints a query's {@code SERVICE} may call. It stands first in the chain of service
 * executors, so a {@code SERVICE} to any other URL — or to a variable, which could become any URL —
 * is refused before a connection is opened. {@code SERVICE SILENT} is refused all the same: an
 * endpoint outside the list is not called, silently or not.
 *
 * <pre>{@code
 * ServiceAllowList allow = new ServiceAllowList(List.of("https://query.wikidata.org/sparql"));
 * allow.allows("https://query.wikidata.org/sparql");   // true
 * allow.allows("http://169.254.169.254/latest");       // false
 * }</pre>
 */
public final class ServiceAllowList implements ChainingServiceExecutorBulk {
  private final List<String> urls;

  public ServiceAllowList(List<String> urls) {
    this.urls = List.copyOf(urls);
  }

  /** The URLs allowed, in the order given. */
  public List<String> urls() {
    return urls;
  }

  /** Whether {@code url} is one of the allowed URLs, exactly. */
  public boolean allows(String url) {
    return urls.contains(url);
  }

  @Override
  public QueryIterator createExecution(
      OpService op, QueryIterator input, ExecutionContext context, ServiceExecutorBulk chain) {
    Node service = op.getService();
    if (!service.isURI()) {
      input.close();
      throw new QueryDeniedException(
          "SERVICE " + service + " is refused: the endpoint must be a fixed URL from " + allowed());
    }
    if (!allows(service.getURI())) {
      input.close();
      throw new QueryDeniedException(
          "SERVICE <" + service.getURI() + "> is refused: this endpoint only calls " + allowed());
    }
    return chain.createExecution(op, input, context);
  }

  private String allowed() {
    return urls.isEmpty()
        ? "no other endpoint (the allow-list is empty)"
        : "the allow-list: " + String.join(", ", urls);
  }
}
