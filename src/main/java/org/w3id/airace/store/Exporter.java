package org.w3id.airace.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.airace.vocab.Race;

/**
 * Writes dumps of the database. Formats that hold named graphs (N-Quads, TriG, JSON-LD) give one
 * file, {@code airace.nq} say; triple formats (Turtle, N-Triples, RDF/XML) give one file per named
 * graph, {@code entities.ttl}, {@code article-wettlauf-ki.ttl}. Every dump carries the dataset's
 * VoID and DCAT description ({@link DatasetDescription}): in its own named graph {@code
 * https://w3id.org/airace/graph/void}, or in {@code void.ttl} beside the per-graph files.
 */
public final class Exporter {
  /** The formats {@code export} writes, by the name users give. */
  public enum Format {
    TTL(RDFFormat.TURTLE_PRETTY, "ttl"),
    NT(RDFFormat.NTRIPLES, "nt"),
    NQ(RDFFormat.NQUADS, "nq"),
    TRIG(RDFFormat.TRIG_PRETTY, "trig"),
    JSONLD(RDFFormat.JSONLD, "jsonld"),
    RDFXML(RDFFormat.RDFXML_PLAIN, "rdf");

    final RDFFormat rdf;
    final String extension;

    Format(RDFFormat rdf, String extension) {
      this.rdf = rdf;
      this.extension = extension;
    }

    boolean quads() {
      return RDFLanguages.isQuads(rdf.getLang()) || rdf.getLang().equals(Lang.JSONLD);
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The SPARQL endpoint a dump's description names: where {@code airace serve} serves. */
  static final String DEFAULT_ENDPOINT = "http://localhost:3030/airace/sparql";

  private final Store store;

  public Exporter(Store store) {
    this.store = store;
  }

  /** Writes the dump into {@code folder} (created if needed) and returns the files written. */
  public List<Path> export(Format format, Path folder, boolean gzip) {
    return export(format, folder, gzip, ProgressListener.NONE);
  }

  /**
   * Writes the dump as {@link #export(Format, Path, boolean)} does, telling {@code progress} of
   * each named graph: streamed into the one file for {@code nq} (memory stays flat), copied into
   * the one file's dataset for {@code trig} and {@code jsonld} (the file itself is written after
   * the last), written to its own file for the others.
   */
  public List<Path> export(Format format, Path folder, boolean gzip, ProgressListener progress) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreException(folder + ": cannot create the output folder: " + e.getMessage(), e);
    }
    DatasetGraph db = store.dataset();
    List<Path> files = new ArrayList<>();
    if (format == Format.NQ) {
      // N-Quads go out graph by graph as they are read, so memory stays flat however large the
      // database is.
      Path file = folder.resolve(name("airace", format, gzip));
      Graph description = describe(List.of(file), format);
      write(
          file,
          gzip,
          out -> {
            StreamRDF quads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            quads.start();
            eachQuad(db, "writing", progress, quads::quad);
            description
                .find()
                .forEachRemaining(t -> quads.quad(Quad.create(DatasetDescription.GRAPH, t)));
            quads.finish();
          });
      files.add(file);
    } else if (format.quads()) {
      // TriG and JSON-LD are written pretty, grouped by graph: the graphs are gathered first.
      Path file = folder.resolve(name("airace", format, gzip));
      Graph description = describe(List.of(file), format);
      DatasetGraph copy = DatasetGraphFactory.create();
      eachQuad(db, "copying", progress, copy::add);
      description
          .find()
          .forEachRemaining(
              t ->
                  copy.add(
                      DatasetDescription.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
      write(file, gzip, out -> RDFDataMgr.write(out, copy, format.rdf));
      files.add(file);
    } else {
      List<Node> graphs = db.calculateRead(() -> Iter.toList(db.listGraphNodes()));
      List<Path> planned = new ArrayList<>();
      for (Node graph : graphs) {
        planned.add(folder.resolve(name(fileStem(graph), format, gzip)));
      }
      Path voidFile = folder.resolve(name(fileStem(DatasetDescription.GRAPH), format, gzip));
      Graph description = describe(planned, format);
      db.executeRead(
          () -> {
            progress.begin("writing", graphs.size(), "graphs");
            try {
              for (int i = 0; i < graphs.size(); i++) {
                Node graph = graphs.get(i);
                write(
                    planned.get(i),
                    gzip,
                    out -> RDFDataMgr.write(out, db.getGraph(graph), format.rdf));
                progress.step();
              }
            } finally {
              progress.end();
            }
          });
      files.addAll(planned);
      write(voidFile, gzip, out -> RDFDataMgr.write(out, description, format.rdf));
      files.add(voidFile);
    }
    return files;
  }

  /**
   * Gives every quad of every named graph of {@code db} to {@code sink}, graph by graph in one read
   * transaction, telling {@code progress} of each graph as the phase {@code phase}.
   */
  private static void eachQuad(
      DatasetGraph db, String phase, ProgressListener progress, Consumer<Quad> sink) {
    db.executeRead(
        () -> {
          List<Node> graphs = Iter.toList(db.listGraphNodes());
          progress.begin(phase, graphs.size(), "graphs");
          try {
            for (Node graph : graphs) {
              db.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink);
              progress.step();
            }
          } finally {
            progress.end();
          }
        });
  }

  /** The dataset's description, with the dump files as its downloads. */
  private Graph describe(List<Path> dumps, Format format) {
    String mediaType = format.rdf.getLang().getHeaderString();
    return new DatasetDescription(store)
        .describe(
            DEFAULT_ENDPOINT,
            dumps.stream()
                .map(
                    f ->
                        new DatasetDescription.Dump(
                            f.toAbsolutePath().toUri().toString(), mediaType))
                .toList());
  }

  /** "ontology", "entities", "article-wettlauf-ki": the graph IRI after the graph namespace. */
  static String fileStem(Node graph) {
    String iri = graph.getURI();
    String local = iri.startsWith(Race.GRAPH) ? iri.substring(Race.GRAPH.length()) : iri;
    return local.replaceAll("[^A-Za-z0-9._-]+", "-");
  }

  private static String name(String stem, Format format, boolean gzip) {
    return stem + "." + format.extension + (gzip ? ".gz" : "");
  }

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  private static void write(Path file, boolean gzip, Body body) {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
      body.write(out);
    } catch (IOException e) {
      throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
    }
  }
}
