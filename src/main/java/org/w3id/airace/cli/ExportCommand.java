package org.w3id.airace.cli;

import java.nio.file.Path;
import org.w3id.airace.store.Exporter;
import org.w3id.airace.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code airace export}: dumps of the database. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the whole dataset as files: nq, trig and jsonld keep the named graphs in one file;",
      "ttl, nt and rdfxml write one file per named graph."
    })
final class ExportCommand implements Runnable {
  @Option(names = "--format", required = true, description = "One of ${COMPLETION-CANDIDATES}.")
  Exporter.Format format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "The folder to write into.")
  Path out;

  @Option(names = "--gzip", description = "Compress each file with gzip.")
  boolean gzip;

  @Mixin DatabaseOption db;

  @Override
  public void run() {
    try (Store store = db.openExisting()) {
      for (Path file : new Exporter(store).export(format, out, gzip, Progress.toStderr("export"))) {
        System.out.println(file);
      }
    }
  }
}
