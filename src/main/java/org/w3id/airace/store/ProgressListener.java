package org.w3id.airace.store;

/**
 * Told how far long work has come, phase by phase: the {@link Loader} reading, extracting and
 * writing articles, the {@link Exporter} writing graphs. The store package prints nothing itself;
 * the command line passes a listener that shows progress on standard error, and everyone else
 * {@link #NONE}.
 */
public interface ProgressListener {
  /** Listens to nothing. */
  ProgressListener NONE =
      new ProgressListener() {
        @Override
        public void begin(String phase, long total, String unit) {}

        @Override
        public void advance(long n) {}

        @Override
        public void end() {}
      };

  /**
   * A phase begins with {@code total} units of work ahead: {@code begin("extracting", 120,
   * "articles")}.
   */
  void begin(String phase, long total, String unit);

  /** {@code n} more units of the current phase are done. */
  void advance(long n);

  /** One more unit of the current phase is done. */
  default void step() {
    advance(1);
  }

  /** The current phase is over, finished or broken off by an exception. */
  void end();
}
