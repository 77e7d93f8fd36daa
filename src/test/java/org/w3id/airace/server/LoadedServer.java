package org.w3id.airace.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.store.DatasetDescription;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.Store;

/** A real server on a free loopback port over a real TDB2 database holding the first article. */
record LoadedServer(Store store, AiraceServer server) implements AutoCloseable {
  static LoadedServer start(Path dir) {
    Store store = Store.open(dir.resolve("tdb2"));
    new Loader(store, Extractor.bundled()).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
    AiraceServer server =
        AiraceServer.builder()
            .dataset(store.dataset())
            .host("127.0.0.1")
            .port(0)
            .timeout(Duration.ofSeconds(10))
            .describedBy(new DatasetDescription(store))
            .build()
            .start();
    return new LoadedServer(store, server);
  }

  @Override
  public void close() {
    server.stop();
    store.close();
  }
}
