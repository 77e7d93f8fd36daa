package org.w3id.airace.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.w3id.airace.store.Pusher;
import org.w3id.airace.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code airace push}: the database's graphs into another SPARQL store. */
@Command(
    name = "push",
    mixinStandardHelpOptions = true,
    description = {
      "Send every named graph (or --graph G) to another SPARQL 1.1 store — a Fuseki, GraphDB,"
          + " Virtuoso or RDF4J Server — through the Graph Store Protocol (HTTP PUT, which"
          + " replaces the graph there), then count what the store holds through --endpoint.",
      "Prints per graph the triples sent and the triples there; the database is only read."
    })
final class PushCommand implements Runnable {
  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      required = true,
      description = "The store's SPARQL query endpoint, e.g. http://host:3030/ds/sparql.")
  String endpoint;

  @Option(
      names = "--graph-store",
      paramLabel = "URL",
      description =
          "The store's Graph Store Protocol endpoint, e.g. http://host:3030/ds/data (default: the"
              + " --endpoint URL).")
  String graphStore;

  @Option(names = "--graph", paramLabel = "IRI", description = "Send only this named graph.")
  String graph;

  @Option(names = "--user", description = "The user for HTTP Basic authentication.")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "A file whose first line is the password for --user (never printed).")
  Path passwordFile;

  @Mixin DatabaseOption db;

  @Override
  public void run() {
    for (String url : new String[] {endpoint, graphStore}) {
      if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
        throw new UsageException("push takes http(s) URLs, got '" + url + "'");
      }
    }
    if ((user == null) != (passwordFile == null)) {
      throw new UsageException("--user and --password-file go together");
    }
    Optional<Pusher.Credentials> credentials =
        user == null
            ? Optional.empty()
            : Optional.of(
                new Pusher.Credentials(user, PasswordFile.read(passwordFile, "--password-file")));
    Pusher.Target target =
        new Pusher.Target(endpoint, graphStore == null ? endpoint : graphStore, credentials);
    try (Store store = db.openExisting()) {
      List<Pusher.Pushed> pushed = new Pusher(store).push(target, Optional.ofNullable(graph));
      long sent = 0;
      System.out.printf("%12s %12s  %s%n", "sent", "there", "graph");
      for (Pusher.Pushed p : pushed) {
        System.out.printf("%12d %12d  %s%n", p.sent(), p.there(), p.graph());
        sent += p.sent();
      }
      System.out.printf(
          "pushed %d graph(s), %d triple(s), to %s%n", pushed.size(), sent, target.graphStore());
    }
  }
}
