package org.w3id.airace.cli;

import org.w3id.airace.store.Loader;
import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that extract and validate many articles. */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that extract and validate the articles while one writes (default: one per"
              + " core, here ${DEFAULT-VALUE}).")
  int threads = Loader.defaultThreads();

  /** The number of threads asked for. */
  int threads() {
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1, got " + threads);
    }
    return threads;
  }
}
