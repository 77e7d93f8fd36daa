package org.w3id.airace.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.w3id.airace.server.AiraceServer;
import org.w3id.airace.server.QueryLimits;
import org.w3id.airace.store.DatasetDescription;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code airace serve}: the SPARQL endpoint over the database. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the database with Fuseki: SPARQL at /airace/sparql, Graph Store read at /airace/get.",
      "On an empty database it first loads the ontology, the entities and every article in"
          + " --articles. Read-only unless --admin-password-file is given; SERVICE reaches only"
          + " the endpoints of --service-allow; every query has a time, row and size limit."
    })
final class ServeCommand implements Runnable {
  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "The longest a query may run, in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--service-allow",
      paramLabel = "URL",
      split = ",",
      description = {
        "The SPARQL endpoints a query's SERVICE may call, comma-separated; any other is refused"
            + " before a connection is made. Give an empty value (--service-allow=) to refuse"
            + " every SERVICE.",
        "Default: https://query.wikidata.org/sparql,https://dbpedia.org/sparql"
      })
  List<String> serviceAllow = AiraceServer.DEFAULT_SERVICE_ALLOW;

  @Option(
      names = "--max-rows",
      paramLabel = "N",
      defaultValue = "100000",
      description =
          "The most rows a SELECT may answer, or triples a CONSTRUCT or DESCRIBE; a query over it"
              + " gets HTTP 422 and no result (default: ${DEFAULT-VALUE}).")
  long maxRows;

  @Option(
      names = "--max-result-size",
      paramLabel = "MiB",
      defaultValue = "32",
      description =
          "The largest answer to a query, in MiB; a larger one gets HTTP 422 and no result"
              + " (default: ${DEFAULT-VALUE}).")
  long maxResultMib;

  @Option(
      names = "--admin-password-file",
      paramLabel = "FILE",
      description =
          "Also offer /airace/update (SPARQL Update) and /airace/data (Graph Store, read and"
              + " write) to the user 'admin' with the password in the first line of FILE, by HTTP"
              + " Basic authentication. Without it the server is read-only.")
  Path adminPasswordFile;

  @Mixin ArticleFolder articleFolder;
  @Mixin WordsOption words;
  @Mixin DatabaseOption db;

  @Override
  public void run() {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, got " + port);
    }
    if (timeoutSeconds <= 0) {
      throw new UsageException(
          "--timeout must be a positive number of seconds, got " + timeoutSeconds);
    }
    if (maxRows <= 0) {
      throw new UsageException("--max-rows must be a positive number, got " + maxRows);
    }
    if (maxResultMib <= 0) {
      throw new UsageException(
          "--max-result-size must be a positive number of MiB, got " + maxResultMib);
    }
    String adminPassword =
        adminPasswordFile == null
            ? null
            : PasswordFile.read(adminPasswordFile, "--admin-password-file");
    List<String> allowed =
        serviceAllow.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
    for (String url : allowed) {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new UsageException("--service-allow takes http(s) URLs, got '" + url + "'");
      }
    }
    Store store = db.openOrCreate();
    if (store.isEmpty()) {
      List<Path> articles = articleFolder.articles();
      System.out.printf(
          "airace: the database %s is empty: loading the ontology, the entities and %d article(s) from %s%n",
          db.directory, articles.size(), articleFolder.folder);
      new Loader(store, words.extractor()).load(articles, java.util.Optional.empty());
    }
    AiraceServer server =
        AiraceServer.builder()
            .dataset(store.dataset())
            .host(host)
            .port(port)
            .limits(
                new QueryLimits(
                    Duration.ofSeconds(timeoutSeconds), maxRows, maxResultMib * 1024 * 1024))
            .adminPassword(adminPassword)
            .serviceAllow(allowed)
            .describedBy(new DatasetDescription(store))
            .build()
            .start();
    long started = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf(
        "airace: ready in %d ms at %s (SPARQL: %s)%n",
        System.currentTimeMillis() - started, server.url(), server.sparqlUrl());
    System.out.println(
        allowed.isEmpty()
            ? "airace: SERVICE is refused (the allow-list is empty)"
            : "airace: SERVICE may call " + String.join(", ", allowed));
    System.out.println(
        adminPassword == null
            ? "airace: read-only (no --admin-password-file)"
            : "airace: updates at "
                + server.url()
                + "airace/update and /airace/data for the"
                + " user admin (password from "
                + adminPasswordFile
                + ")");
    System.out.flush();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  store.close();
                }));
    server.join();
  }
}
