package org.w3id.airace.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.airace.store.DatasetDescription;
import org.w3id.airace.vocab.Race;

/**
 * The airace HTTP server: Fuseki with the dataset {@code /airace}, read-only.
 *
 * <ul>
 *   <li>{@code /airace/sparql} — SPARQL query, GET and POST, every standard result format;
 *   <li>{@code /airace/get} — SPARQL Graph Store Protocol, read only;
 *   <li>{@code /ontology} — the ontology's documentation, or the ontology in an RDF format;
 *   <li>{@code /resource/X} — Linked Data: the page of a resource, or its RDF ({@link
 *       ResourceServlet});
 *   <li>{@code /.well-known/void} — the dataset's VoID and DCAT description, computed from the
 *       store, when the server has one ({@link Builder#describedBy});
 *   <li>{@code /} — a page that says what is served.
 * </ul>
 *
 * There is no update service. Queries run at most {@code timeout}; {@code SERVICE} reaches only the
 * endpoints of the allow-list ({@link #DEFAULT_SERVICE_ALLOW} unless set), every other URL is
 * refused before a connection is made ({@link ServiceAllowList}).
 *
 * <pre>{@code
 * AiraceServer server = AiraceServer.builder()
 *     .dataset(store.dataset()).host("127.0.0.1").port(3030).timeout(Duration.ofSeconds(30))
 *     .build().start();
 * server.url();   // "http://127.0.0.1:3030/"
 * }</pre>
 */
public final class AiraceServer {
  /** The dataset's path. */
  public static final String DATASET = "/airace";

  /** The endpoints {@code SERVICE} may call by default: Wikidata's and DBpedia's. */
  public static final List<String> DEFAULT_SERVICE_ALLOW =
      List.of("https://query.wikidata.org/sparql", "https://dbpedia.org/sparql");

  /** Where the dataset's VoID and DCAT description is served. */
  public static final String VOID_PATH = "/.well-known/void";

  private final FusekiServer fuseki;
  private final String host;
  private final AtomicReference<String> base;

  private AiraceServer(FusekiServer fuseki, String host, AtomicReference<String> base) {
    this.fuseki = fuseki;
    this.host = host;
    this.base = base;
  }

  public static Builder builder() {
    return new Builder();
  }

  public AiraceServer start() {
    fuseki.start();
    base.set(publicUrl());
    return this;
  }

  /** The base URL to give out: the one served, with "localhost" for a wildcard address. */
  private String publicUrl() {
    boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    return wildcard ? "http://localhost:" + port() + "/" : url();
  }

  /** The port served on (the one chosen by the system when 0 was asked for). */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The base URL, ending in "/". */
  public String url() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  /** The SPARQL query endpoint's URL. */
  public String sparqlUrl() {
    return url() + DATASET.substring(1) + "/sparql";
  }

  public void stop() {
    fuseki.stop();
  }

  /** Waits until the server stops. */
  public void join() {
    fuseki.join();
  }

  /** Settings for a server; {@link #build()} checks them. */
  public static final class Builder {
    private DatasetGraph dataset;
    private String host = "127.0.0.1";
    private int port = 3030;
    private Duration timeout = Duration.ofSeconds(30);
    private List<String> serviceAllow = DEFAULT_SERVICE_ALLOW;
    private DatasetDescription description;

    public Builder dataset(DatasetGraph dataset) {
      this.dataset = dataset;
      return this;
    }

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** The endpoints {@code SERVICE} may call; an empty list refuses every {@code SERVICE}. */
    public Builder serviceAllow(List<String> urls) {
      this.serviceAllow = List.copyOf(urls);
      return this;
    }

    /** Serves this description of the dataset at {@code /.well-known/void}. */
    public Builder describedBy(DatasetDescription description) {
      this.description = description;
      return this;
    }

    public AiraceServer build() {
      if (dataset == null) {
        throw new IllegalStateException("No dataset to serve: call dataset(...) before build()");
      }
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
      }
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, got " + timeout);
      }
      Context limits = new Context();
      limits.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
      limits.set(Service.httpServiceAllowed, !serviceAllow.isEmpty());
      limits.set(Service.httpQueryTimeout, Long.toString(timeout.toMillis()));
      ServiceExecutorRegistry services = ServiceExecutorRegistry.standardRegistry().copy();
      services.addBulkLink(new ServiceAllowList(serviceAllow));
      ServiceExecutorRegistry.set(limits, services);
      DataService.Builder service = DataService.newBuilder(dataset);
      for (String name : new String[] {"sparql", "query", ""}) {
        service.addEndpoint(
            Endpoint.create()
                .operation(Operation.Query)
                .endpointName(name)
                .context(limits)
                .build());
      }
      service.addEndpoint(Operation.GSP_R, "get").addEndpoint(Operation.GSP_R, "");
      AtomicReference<String> base = new AtomicReference<>();
      GraphServlet graph = new GraphServlet(dataset);
      AssetServlet assets = new AssetServlet();
      FusekiServer.Builder builder =
          FusekiServer.create()
              .port(port)
              .add(DATASET, service.build())
              .addServlet("", new HomePage(dataset))
              .addServlet("/ontology/*", RdfDocumentServlet.ontology())
              .addServlet("/resource/*", new ResourceServlet(dataset))
              .addServlet("/strategy/*", new ResourceServlet(dataset, Race.NS, "/strategy/"))
              .addServlet("/assets/*", assets)
              .addServlet("/favicon.ico", assets)
              .addServlet("/editor/*", new EditorServlet())
              .addServlet("/search", new SearchServlet(dataset))
              .addServlet("/graph", graph)
              .addServlet("/graph.json", graph)
              .enablePing(true);
      if (description != null) {
        DatasetDescription described = description;
        builder.addServlet(
            VOID_PATH,
            new RdfDocumentServlet(
                VOID_PATH,
                () ->
                    described.describe(
                        base.get() + DATASET.substring(1) + "/sparql",
                        List.of(
                            new DatasetDescription.Dump(
                                base.get() + DATASET.substring(1), "application/n-quads"))),
                null));
      }
      FusekiServer fuseki = builder.build();
      for (Connector connector : fuseki.getJettyServer().getConnectors()) {
        if (connector instanceof ServerConnector http) {
          http.setHost(host);
        }
      }
      AiraceServer server = new AiraceServer(fuseki, host, base);
      return server;
    }
  }
}
