package org.w3id.airace.cli;

import java.util.Map;
import org.w3id.airace.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code airace stats}: what the database holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Print the number of triples in each named graph, the actors with their labels and links,"
            + " and the number of instances of each class.")
final class StatsCommand implements Runnable {
  @Mixin DatabaseOption db;

  @Override
  public void run() {
    try (Store store = db.openExisting()) {
      Map<String, Long> graphs = store.triplesPerGraph();
      System.out.println("triples per graph:");
      graphs.forEach((graph, n) -> System.out.printf("%10d  %s%n", n, graph));
      System.out.printf(
          "%10d  in all%n", graphs.values().stream().mapToLong(Long::longValue).sum());
      Map<String, Long> actors = store.actorFigures();
      System.out.printf(
          "actors: %d, with labels in English and German: %d, linked to Wikidata: %d, to"
              + " DBpedia: %d%n",
          actors.get("actors"),
          actors.get("bilingual"),
          actors.get("wikidata"),
          actors.get("dbpedia"));
      System.out.println("instances per class:");
      store.instancesPerClass().forEach((type, n) -> System.out.printf("%10d  %s%n", n, type));
    }
  }
}
