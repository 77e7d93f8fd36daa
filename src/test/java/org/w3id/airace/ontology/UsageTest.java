package org.w3id.airace.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.airace.vocab.Race;

/**
 * Every {@code race:} term that the queries, the data and the main code use is defined in the
 * ontology: it has an {@code rdf:type} in {@code ontology/airace.ttl} or {@code
 * ontology/strategies.ttl}. Terms are found as {@code race:Name} (not inside a longer word such as
 * "airace:") and as full IRIs {@code https://w3id.org/airace/ontology#Name}.
 */
class UsageTest {
  private static final Pattern TERM =
      Pattern.compile(
          "(?<![A-Za-z0-9_-])race:([A-Za-z]+)|" + Pattern.quote(Race.NS) + "([A-Za-z]+)");

  /** Where terms are used: the folders and the file endings looked at in each. */
  private static final List<Scope> SCOPES =
      List.of(
          new Scope(Path.of("queries"), List.of(".rq")),
          new Scope(Path.of("data"), List.of(".ttl")),
          new Scope(Path.of("data/lexicon"), List.of("")),
          new Scope(Path.of("src/main"), List.of("")));

  private record Scope(Path folder, List<String> endings) {}

  @Test
  void everyRaceTermUsedInQueriesDataAndCodeIsDefinedInTheOntology() throws IOException {
    Graph ontology = OntologyConsistencyTest.ontology();
    List<Path> files = files();
    // Not vacuous: the rules, the gazetteer and the vocabulary class are among the files read.
    assertThat(files)
        .contains(
            Path.of("queries/rules/01-mentions.rq"),
            Path.of("data/entities/actors.ttl"),
            Path.of("src/main/java/org/w3id/airace/vocab/Race.java"));
    Set<String> undefined = new TreeSet<>();
    int uses = 0;
    for (Path file : files) {
      Matcher matcher = TERM.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (matcher.find()) {
        uses++;
        String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        Node term = NodeFactory.createURI(Race.NS + name);
        if (!ontology.contains(term, RDF.type.asNode(), Node.ANY)) {
          undefined.add(
              "race:" + name + " is used in " + file + " but not defined in ontology/airace.ttl");
        }
      }
    }
    assertThat(uses).as("race: terms found").isGreaterThan(20);
    assertThat(undefined).isEmpty();
  }

  @Test
  void termsAreFoundInBothFormsButNotInsideLongerWords() {
    List<String> found = new ArrayList<>();
    Matcher matcher =
        TERM.matcher(
            "?a race:pursues ?s . <" + Race.NS + "Rivalry> airace:Nothing grace:Nothing (race:X)");
    while (matcher.find()) {
      found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    assertThat(found).containsExactly("pursues", "Rivalry", "X");
  }

  private static List<Path> files() throws IOException {
    Set<Path> files = new TreeSet<>();
    for (Scope scope : SCOPES) {
      if (!Files.isDirectory(scope.folder())) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(scope.folder())) {
        walk.filter(Files::isRegularFile)
            .filter(p -> scope.endings().stream().anyMatch(e -> p.toString().endsWith(e)))
            .forEach(files::add);
      }
    }
    return List.copyOf(files);
  }
}
