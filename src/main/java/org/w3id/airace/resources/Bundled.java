package org.w3id.airace.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The project's own files as packaged: {@code ontology/}, {@code data/entities/}, {@code
 * data/lexicon/} and {@code queries/} live under {@code airace/} on the class path, in the jar as
 * in {@code target/classes}.
 *
 * <pre>{@code
 * List<String> rules = Bundled.list("queries/rules", ".rq");   // sorted by name
 * String text = Bundled.read(rules.get(0));
 * }</pre>
 */
public final class Bundled {
  private static final String ROOT = "airace/";

  private Bundled() {}

  /** The paths (relative to the project, like "queries/rules/01-x.rq") of a folder's files. */
  public static List<String> list(String folder, String suffix) {
    URL url = Bundled.class.getClassLoader().getResource(ROOT + folder);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      Path dir = uri.getScheme().equals("jar") ? jarPath(uri) : Path.of(uri);
      try (Stream<Path> files = Files.list(dir)) {
        return files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(suffix))
            .sorted()
            .map(n -> folder + "/" + n)
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list bundled folder " + folder, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad class path URL " + url, e);
    }
  }

  /** Opens a bundled file; the caller closes the stream. */
  public static InputStream open(String path) {
    InputStream in = Bundled.class.getClassLoader().getResourceAsStream(ROOT + path);
    if (in == null) {
      throw new IllegalStateException("bundled file " + path + " is missing from the build");
    }
    return in;
  }

  /** Reads a bundled file as UTF-8 text. */
  public static String read(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled file " + path, e);
    }
  }

  /** The SHACL shapes: bundled with the ontology, but rules for the data, not part of it. */
  public static final String SHAPES = "ontology/shapes.ttl";

  /** The ontology: every Turtle file of {@code ontology/} but the shapes, as one graph. */
  public static Graph ontology() {
    return graph("ontology", SHAPES);
  }

  /**
   * The Turtle files of a bundled folder ("ontology", "data/entities"), parsed into one graph.
   *
   * @param except paths of files to leave out
   */
  public static Graph graph(String folder, String... except) {
    Graph graph = GraphFactory.createDefaultGraph();
    List<String> skipped = List.of(except);
    for (String path : list(folder, ".ttl")) {
      if (skipped.contains(path)) {
        continue;
      }
      try (InputStream in = open(path)) {
        RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
      } catch (RiotException e) {
        throw new BundledFileException(path, e.getMessage(), e);
      } catch (IOException e) {
        throw new BundledFileException(path, "cannot read: " + e.getMessage(), e);
      }
    }
    return graph;
  }

  private static synchronized Path jarPath(URI uri) throws IOException {
    String spec = uri.toString();
    int bang = spec.indexOf("!/");
    URI jar = URI.create(spec.substring(0, bang));
    try {
      FileSystems.newFileSystem(jar, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      // opened before: use it
    }
    return FileSystems.getFileSystem(jar).getPath(spec.substring(bang + 1));
  }
}
