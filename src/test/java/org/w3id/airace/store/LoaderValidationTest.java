package org.w3id.airace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.airace.Fixtures;
import org.w3id.airace.graph.Extractor;
import org.w3id.airace.mention.Gazetteer;
import org.w3id.airace.rules.Rule;
import org.w3id.airace.rules.RuleEngine;

class LoaderValidationTest {
  private static final Path BROKEN_RULE =
      Path.of("src/test/resources/shapes/rule-investment-without-amount.rq");

  private static Extractor extractor;
  private static Extractor broken;
  @TempDir Path dir;

  @BeforeAll
  static void extractors() throws Exception {
    extractor = Extractor.bundled();
    List<Rule> rules = new ArrayList<>(RuleEngine.bundled().rules());
    rules.add(RuleEngine.parse("99-broken", BROKEN_RULE.toString(), Files.readString(BROKEN_RULE)));
    broken = new Extractor(Gazetteer.bundled(), new RuleEngine(rules));
  }

  private static DatasetGraph snapshot(Store store) {
    DatasetGraph copy = DatasetGraphFactory.createGeneral();
    store.dataset().executeRead(() -> store.dataset().find().forEachRemaining(copy::add));
    return copy;
  }

  @Test
  void anArticleThatViolatesTheShapesIsNotStored() {
    try (Store store = Store.open(dir.resolve("db"))) {
      new Loader(store, extractor).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      DatasetGraph before = snapshot(store);

      assertThatThrownBy(
              () ->
                  new Loader(store, broken).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty()))
          .isInstanceOf(ValidationException.class)
          .hasMessageStartingWith(
              Fixtures.FIRST_ARTICLE
                  + ": 1 violation of the SHACL shapes (ontology/shapes.ttl); nothing was stored")
          .hasMessageContaining("focus:    \"Investition ohne Betrag\"")
          .hasMessageContaining("shape:    investment: one amount (rsh:Investment-amount)")
          .satisfies(
              e ->
                  assertThat(((ValidationException) e).reports())
                      .singleElement()
                      .extracting(ValidationReport::source)
                      .isEqualTo(Fixtures.FIRST_ARTICLE.toString()));

      assertThat(IsoMatcher.isomorphic(before, snapshot(store))).isTrue();
    }
  }

  @Test
  void aViolationOnAnEmptyDatabaseLeavesItEmpty() {
    try (Store store = Store.open(dir.resolve("db"))) {
      assertThatThrownBy(
              () ->
                  new Loader(store, broken).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty()))
          .isInstanceOf(ValidationException.class);
      assertThat(store.isEmpty()).isTrue();
    }
  }

  @Test
  void theLoadStoresTheGraphsItValidated() {
    try (Store store = Store.open(dir.resolve("db"))) {
      Loader.Staged staged =
          Loader.stage(
              extractor, Validator.bundled(), List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      new Loader(store, extractor).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      DatasetGraph stored = snapshot(store);
      assertThat(stored.listGraphNodes())
          .toIterable()
          .containsExactlyInAnyOrderElementsOf(staged.graphs().keySet());
      staged
          .graphs()
          .forEach(
              (name, graph) ->
                  assertThat(
                          InferenceTest.canonical(graph)
                              .isIsomorphicWith(InferenceTest.canonical(stored.getGraph(name))))
                      .as(name.getURI())
                      .isTrue());
    }
  }

  /** Copies of the first article named {@code copy-1.md} …, the given ones ending "-broken". */
  private List<Path> copies(int count, Set<Integer> broken) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("copies"));
    List<Path> copies = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Path copy = folder.resolve("copy-" + i + (broken.contains(i) ? "-broken" : "") + ".md");
      Files.copy(Fixtures.FIRST_ARTICLE, copy);
      copies.add(copy);
    }
    return copies;
  }

  @Test
  void aViolationFoundAfterOtherArticlesWereWrittenLeavesTheDatabaseAsItWas() throws Exception {
    String rule =
        Files.readString(BROKEN_RULE)
            .replace(
                "  BIND (IRI(CONCAT",
                "  FILTER (STRENDS(STR(?article), \"-broken\"))\n  BIND (IRI(CONCAT");
    List<Rule> rules = new ArrayList<>(RuleEngine.bundled().rules());
    rules.add(RuleEngine.parse("99-broken-when-named", BROKEN_RULE.toString(), rule));
    Extractor marked = new Extractor(Gazetteer.bundled(), new RuleEngine(rules));
    List<Path> copies = copies(7, Set.of(4, 7));
    try (Store store = Store.open(dir.resolve("db"))) {
      new Loader(store, extractor).load(List.of(Fixtures.FIRST_ARTICLE), Optional.empty());
      DatasetGraph before = snapshot(store);

      assertThatThrownBy(
              () ->
                  new Loader(store, marked, Validator.bundled(), 3).load(copies, Optional.empty()))
          .isInstanceOf(ValidationException.class)
          .satisfies(
              e ->
                  assertThat(((ValidationException) e).reports())
                      .extracting(ValidationReport::source)
                      .containsExactly(copies.get(3).toString(), copies.get(6).toString()));

      assertThat(IsoMatcher.isomorphic(before, snapshot(store))).isTrue();
      // The copies before the broken one conform and are written by the same rules otherwise.
      new Loader(store, marked, Validator.bundled(), 3)
          .load(copies.subList(0, 3), Optional.empty());
      assertThat(snapshot(store).size()).isEqualTo(4 + 2);
    }
  }

  @Test
  void theLoadOnSeveralThreadsStoresWhatItStoresOnOne() throws Exception {
    List<Path> articles = new ArrayList<>(copies(3, Set.of()));
    try (Stream<Path> cases = Files.list(Path.of("src/test/resources/cases"))) {
      cases.map(c -> c.resolve("article.md")).filter(Files::exists).sorted().forEach(articles::add);
    }
    DatasetGraph one;
    Map<Node, Integer> sizesOnOne;
    try (Store store = Store.open(dir.resolve("one"))) {
      sizesOnOne =
          new Loader(store, extractor, Validator.bundled(), 1)
              .load(articles, Optional.empty())
              .graphs();
      one = snapshot(store);
    }
    try (Store store = Store.open(dir.resolve("three"))) {
      Loader.Result result =
          new Loader(store, extractor, Validator.bundled(), 3).load(articles, Optional.empty());
      assertThat(List.copyOf(result.graphs().entrySet()))
          .containsExactlyElementsOf(sizesOnOne.entrySet());
      assertThat(IsoMatcher.isomorphic(one, snapshot(store))).isTrue();
    }
    assertThat(sizesOnOne).hasSize(2 + articles.size());
  }
}
