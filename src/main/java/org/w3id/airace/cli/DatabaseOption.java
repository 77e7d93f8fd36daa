package org.w3id.airace.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.airace.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the database. */
final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = "run/tdb2",
      description = "The TDB2 database directory (default: ${DEFAULT-VALUE}).")
  Path directory;

  /** Opens the database, creating it if needed. */
  Store openOrCreate() {
    return Store.open(directory);
  }

  /** Opens a database that must exist already. */
  Store openExisting() {
    if (!Files.isDirectory(directory)) {
      throw new UsageException(
          "no database at "
              + directory
              + "; run 'airace load' or 'airace serve' first, or give --db");
    }
    return Store.open(directory);
  }
}
