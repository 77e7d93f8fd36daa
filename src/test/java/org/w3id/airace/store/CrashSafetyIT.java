package org.w3id.airace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.vocab.Race;

/**
 * A load killed with SIGKILL while it writes leaves the database exactly as it was — every graph,
 * every triple, and the text index — and the same load run again succeeds. The load runs as {@code
 * java -jar target/airace.jar load} in a child process and is killed once TDB2's node data file
 * ({@code Data-0001/nodes-data.obj}) has grown by more than {@link #GROWTH_BEFORE_KILL} bytes past
 * its committed length. Only the write transaction appends to that file (the articles are read,
 * extracted and validated before it begins), and the load prints nothing until it has committed.
 */
class CrashSafetyIT {
  private static final Path JAR = Path.of("target/airace.jar");
  private static final Path STRINGS_WITH_WORD =
      Path.of("src/test/resources/store/strings-with-word.rq");
  private static final String SLUG = "wettlauf-ki";

  /** Copies of the first article under other names: enough that writing them takes seconds. */
  private static final int COPIES = 10;

  /**
   * How far the node table must have grown before the kill: more than the entities' new blank
   * nodes, which are written first, so that nodes of the articles are on disk too.
   */
  private static final long GROWTH_BEFORE_KILL = 64 * 1024;

  private static final Duration PATIENCE = Duration.ofMinutes(10);

  @TempDir Path dir;
  private final List<Process> started = new ArrayList<>();

  /** What a database holds: triples per graph, and a SHA-256 of its sorted N-Quads. */
  record State(Map<String, Long> triplesPerGraph, String sha256) {
    static State of(Store store) {
      List<String> quads = new ArrayList<>();
      store
          .dataset()
          .executeRead(
              () -> store.dataset().find().forEachRemaining(q -> quads.add(NodeFmtLib.strNQ(q))));
      quads.sort(null);
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        quads.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return new State(store.triplesPerGraph(), HexFormat.of().formatHex(sha.digest()));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @AfterEach
  void killWhatIsLeft() {
    started.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
  }

  @Test
  void aLoadKilledWhileWritingLeavesTheDatabaseAsItWas() throws Exception {
    assertThat(JAR).as("the jar, built by 'mvn package' before the *IT tests run").exists();
    Path db = dir.resolve("db");
    State before;
    Set<String> stargateBefore;
    try (Store store = Store.open(db)) {
      new Loader(store, Extractor.bundled())
          .load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      before = State.of(store);
      stargateBefore = stringsWith(store, "Stargate");
    }
    assertThat(stargateBefore).isNotEmpty().allMatch(s -> s.startsWith(resource(SLUG)));
    long firstArticleTriples = before.triplesPerGraph().get(graph(SLUG));
    List<Path> articles = articles(dir.resolve("articles"));

    killWhileWriting(db, articles);
    try (Store store = Store.open(db)) {
      assertThat(State.of(store)).isEqualTo(before);
      assertThat(stringsWith(store, "Stargate")).isEqualTo(stargateBefore);
    }

    Path output = dir.resolve("again.out");
    Process again = load(db, articles, output);
    assertThat(again.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).as(Files.readString(output)).isZero();
    assertThat(Files.readString(output))
        .contains("loaded " + articles.size() + " article(s) into " + db);
    try (Store store = Store.open(db)) {
      Map<String, Long> graphs = store.triplesPerGraph();
      assertThat(graphs).hasSize(2 + articles.size());
      assertThat(graphs.get(graph(SLUG))).isPositive().isLessThan(firstArticleTriples);
      Set<String> stargate = stringsWith(store, "Stargate");
      for (int i = 1; i <= COPIES; i++) {
        assertThat(graphs).containsEntry(graph(copy(i)), firstArticleTriples);
        String prefix = resource(copy(i));
        assertThat(stargate).anyMatch(s -> s.startsWith(prefix));
      }
    }
  }

  /**
   * Runs the load of these articles and kills it with SIGKILL once it has written part of them;
   * fails unless it was killed before it said it had loaded them.
   */
  private void killWhileWriting(Path db, List<Path> articles) throws Exception {
    Path nodes = db.resolve("Data-0001").resolve("nodes-data.obj");
    assertThat(nodes).as("TDB2's node data file, which the kill waits on").isRegularFile();
    long committed = Files.size(nodes);
    Path output = dir.resolve("killed.out");
    long start = System.nanoTime();
    Process load = load(db, articles, output);
    awaitGrowth(load, nodes, committed + GROWTH_BEFORE_KILL, output);
    long written = Files.size(nodes) - committed;
    load.destroyForcibly();
    assertThat(load.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    double ran = (System.nanoTime() - start) / 1e9;
    String said = Files.readString(output);
    assertThat(load.exitValue())
        .as(
            "exit code of the load killed after %.1f s, %d bytes of nodes written: %s",
            ran, written, said)
        .isEqualTo(128 + 9);
    assertThat(said).doesNotContain("loaded ");
  }

  /**
   * The articles of the big load: the first article cut short under its own name, so that the
   * killed load had replaced its graph first, then {@link #COPIES} copies of it under other names.
   */
  private static List<Path> articles(Path folder) throws IOException {
    Files.createDirectories(folder);
    String text = Files.readString(Fixtures.FIRST_ARTICLE);
    List<Path> articles = new ArrayList<>();
    articles.add(Fixtures.write(folder, SLUG + ".md", Fixtures.firstArticleCut(4)));
    for (int i = 1; i <= COPIES; i++) {
      articles.add(Fixtures.write(folder, copy(i) + ".md", text));
    }
    return articles;
  }

  /** Starts {@code airace load --db DB FILE...} in a child process, its output into a file. */
  private Process load(Path db, List<Path> articles, Path output) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", JAR.toString(), "load", "--db", db.toString()));
    articles.forEach(a -> command.add(a.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    started.add(process);
    return process;
  }

  /** Waits until {@code file} holds at least {@code size} bytes while the process still runs. */
  private static void awaitGrowth(Process process, Path file, long size, Path output)
      throws IOException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (Files.size(file) < size) {
      if (!process.isAlive()) {
        fail(
            "the load ended (exit %d) before %s grew to %d bytes: %s",
            process.exitValue(), file, size, Files.readString(output));
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        fail("%s did not grow to %d bytes within %s", file, size, PATIENCE);
      }
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
  }

  private static Set<String> stringsWith(Store store, String word) throws IOException {
    ParameterizedSparqlString query =
        new ParameterizedSparqlString(Files.readString(STRINGS_WITH_WORD));
    query.setLiteral("word", word);
    return store
        .dataset()
        .calculateRead(
            () -> {
              Set<String> found = new TreeSet<>();
              QueryExec.dataset(store.dataset())
                  .query(query.asQuery())
                  .select()
                  .forEachRemaining(row -> found.add(row.get("string").getURI()));
              return found;
            });
  }

  private static String copy(int i) {
    return String.format("kopie-%02d", i);
  }

  private static String graph(String slug) {
    return Race.articleGraph(slug).getURI();
  }

  private static String resource(String slug) {
    return Race.RESOURCE + "article/" + slug + "#";
  }
}
