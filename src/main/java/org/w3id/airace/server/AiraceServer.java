package org.w3id.airace.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.security.UserStore;
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
 * Read-only unless an admin password is set ({@link Builder#adminPassword}). Every query keeps to
 * its {@link QueryLimits} — time, rows, bytes — and is answered with an error, never a partial
 * result, when it does not ({@link LimitedQuery}, {@link QueryGuard}); the dataset answers reads
 * from any origin ({@link CrossOrigin}). {@code SERVICE} reaches only the endpoints of the
 * allow-list ({@link #DEFAULT_SERVICE_ALLOW} unless set), every other URL is refused before a
 * connection is made ({@link ServiceAllowList}).
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

  /** The user who may update the dataset, when the server has an admin password. */
  public static final String ADMIN_USER = "admin";

  /** The realm of the Basic authentication. */
  static final String REALM = "airace admin";

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
    private QueryLimits limits = QueryLimits.DEFAULT;
    private String adminPassword;
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

    /** The longest a query may run (default 30 s); see {@link #limits}. */
    public Builder timeout(Duration timeout) {
      this.limits = new QueryLimits(timeout, limits.maxRows(), limits.maxBytes());
      return this;
    }

    /** The time, row and size limits of every query (default {@link QueryLimits#DEFAULT}). */
    public Builder limits(QueryLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Offers {@code /airace/update} (SPARQL Update) and {@code /airace/data} (Graph Store Protocol,
     * read and write) to the user {@value #ADMIN_USER} with this password, by HTTP Basic
     * authentication; without a password (the default) neither exists and the server is read-only.
     */
    public Builder adminPassword(String password) {
      if (password != null && password.isEmpty()) {
        throw new IllegalArgumentException("the admin password is empty");
      }
      this.adminPassword = password;
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
      long millis = limits.timeout().toMillis();
      Context context = new Context();
      context.set(ARQ.queryTimeout, Long.toString(millis));
      // No spilling of sorts to disk (ARQ.spillToDiskThreshold): Jena 5.6 stops a spilling sort
      // only seconds after its time limit, an in-memory one within a fraction of a second.
      context.set(Service.httpServiceAllowed, !serviceAllow.isEmpty());
      context.set(Service.httpQueryTimeout, Long.toString(millis));
      ServiceExecutorRegistry services = ServiceExecutorRegistry.standardRegistry().copy();
      services.addBulkLink(new ServiceAllowList(serviceAllow));
      ServiceExecutorRegistry.set(context, services);
      DataService.Builder service = DataService.newBuilder(dataset);
      for (String name : new String[] {"sparql", "query", ""}) {
        service.addEndpoint(
            Endpoint.create()
                .operation(Operation.Query)
                .endpointName(name)
                .context(context)
                .build());
      }
      service.addEndpoint(Operation.GSP_R, "get").addEndpoint(Operation.GSP_R, "");
      Set<String> writes = Set.of();
      if (adminPassword != null) {
        AuthPolicy admin = Auth.policyAllowSpecific(ADMIN_USER);
        service.addEndpoint(
            Endpoint.create()
                .operation(Operation.Update)
                .endpointName("update")
                .authPolicy(admin)
                .build());
        service.addEndpoint(
            Endpoint.create()
                .operation(Operation.GSP_RW)
                .endpointName("data")
                .authPolicy(admin)
                .build());
        writes = Set.of(DATASET + "/update", DATASET + "/data");
      }
      AtomicReference<String> base = new AtomicReference<>();
      GraphServlet graph = new GraphServlet(dataset);
      AssetServlet assets = new AssetServlet();
      FusekiServer.Builder builder =
          FusekiServer.create()
              .port(port)
              .registerOperation(
                  Operation.Query, WebContent.contentTypeSPARQLQuery, new LimitedQuery(limits))
              .addFilter(DATASET + "/*", new CrossOrigin(writes))
              .addFilter(DATASET + "/*", new QueryGuard(limits))
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
      if (adminPassword != null) {
        UserStore users = JettySecurityLib.makeUserStore(ADMIN_USER, adminPassword);
        builder
            .auth(AuthScheme.BASIC)
            .securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC));
      }
      FusekiServer fuseki = builder.build();
      SecurityHeaders.install(fuseki.getJettyServer());
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
