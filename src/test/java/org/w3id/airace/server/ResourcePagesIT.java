package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.w3id.airace.vocab.Race;

/** Linked Data at /resource/X over the loaded first article, by content negotiation and suffix. */
class ResourcePagesIT {
  @TempDir static Path dir;
  private static LoadedServer loaded;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    loaded = LoadedServer.start(dir);
  }

  @AfterAll
  static void stop() {
    loaded.close();
  }

  private static HttpResponse<String> get(String base, String path, String accept)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    return get(loaded.server().url(), path, accept);
  }

  @Test
  void theTurtleOfAResourceHoldsItsFacts() throws Exception {
    HttpResponse<String> response = get("resource/OpenAI", "text/turtle");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Vary")).hasValue("Accept");
    Graph graph = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
    assertThat(
            graph.contains(
                NodeFactory.createURI(Race.RESOURCE + "OpenAI"),
                NodeFactory.createURI(Race.NS + "pursues"),
                NodeFactory.createURI(Race.NS + "Centralization")))
        .isTrue();
  }

  @Test
  void aSuffixChoosesTheFormat() throws Exception {
    HttpResponse<String> jsonld = get("resource/DeepSeek.jsonld", "text/html");
    assertThat(jsonld.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
    Graph graph = RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph();
    assertThat(
            graph.contains(
                NodeFactory.createURI(Race.RESOURCE + "DeepSeek"), RDFS.label.asNode(), null))
        .isTrue();
    HttpResponse<String> nt = get("resource/DeepSeek.nt", null);
    assertThat(RDFParser.fromString(nt.body(), Lang.NTRIPLES).toGraph().size())
        .isEqualTo(graph.size());
  }

  @Test
  void theHtmlPageQuotesTheSentencesWithTheNameMarked() throws Exception {
    HttpResponse<String> response =
        get("resource/OpenAI", "text/html,application/xhtml+xml,*/*;q=0.8");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(c -> assertThat(c).contains("default-src 'self'"));
    assertThat(response.body())
        .contains("<blockquote class=\"source\">", "<mark>OpenAI</mark> verfolgt die Strategie")
        .contains("href=\"/resource/article/wettlauf-ki#char=")
        .contains("href=\"http://www.wikidata.org/entity/Q21708200\"")
        .doesNotContain("<script");
  }

  @Test
  void theArticlePageShowsItsTextWithEveryNameLinked() throws Exception {
    HttpResponse<String> response = get("resource/article/wettlauf-ki", "text/html");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<a href=\"/resource/DeepSeek\">DeepSeek</a></mark>")
        .contains("<script src=\"/assets/fragment.js\" defer></script>")
        .contains("Facts found in it");
    List<String> mentions =
        select(
                "SELECT DISTINCT ?m WHERE { GRAPH ?g { ?m a <"
                    + Race.NS
                    + "Mention> ; nif:referenceContext ?c } }")
            .stream()
            .map(row -> row.getResource("m").getURI())
            .toList();
    assertThat(mentions).hasSizeGreaterThan(20);
    for (String mention : mentions) {
      String id = mention.substring(mention.indexOf('#') + 1);
      assertThat(response.body())
          .as("the mention %s lands on its mark", mention)
          .contains("<mark id=\"" + id + "\">");
    }
  }

  @Test
  void aWordsFragmentScrollsToItsSentenceInChromium() throws Exception {
    // The last word of four letters or more in the last sentence at which no element of the graph
    // begins: the page has no mark for it (the word layer is left out by default).
    QuerySolution row =
        select(
                "SELECT ?s ?a ?b WHERE { GRAPH ?g { ?s a nif:Sentence ; nif:anchorOf ?a ;"
                    + " nif:beginIndex ?b } } ORDER BY DESC(?b) LIMIT 1")
            .get(0);
    String sentence = row.getResource("s").getURI();
    String sentenceText = row.getLiteral("a").getString();
    java.util.regex.Matcher words =
        java.util.regex.Pattern.compile("\\p{L}{4,}").matcher(sentenceText);
    String anchor = null;
    String fragment = null;
    while (words.find()) {
      int begin = row.getLiteral("b").getInt() + sentenceText.codePointCount(0, words.start());
      String found =
          "SELECT ?x WHERE { GRAPH ?g { ?x nif:beginIndex ?i FILTER(?i = " + begin + ") } }";
      if (select(found).isEmpty()) {
        anchor = words.group();
        fragment = "char=" + begin + "," + (begin + anchor.codePointCount(0, anchor.length()));
      }
    }
    assertThat(fragment).as("a word of %s where no element begins", sentence).isNotNull();
    WebDriver browser = Browser.start(dir);
    try {
      browser.get(loaded.server().url() + "resource/article/wettlauf-ki#" + fragment);
      WebElement target = browser.findElement(By.cssSelector("span.sentence.fragment-target"));
      assertThat(target.getAttribute("id"))
          .isEqualTo(sentence.substring(sentence.indexOf('#') + 1));
      assertThat(target.getText()).contains(anchor);
      Object inView =
          ((JavascriptExecutor) browser)
              .executeScript(
                  "const r = arguments[0].getBoundingClientRect();"
                      + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                  target);
      assertThat(inView).as("the sentence holding %s is in view", fragment).isEqualTo(true);
    } finally {
      browser.quit();
    }
  }

  /** The rows of a SELECT over the loaded store, with the NIF prefix declared. */
  private static List<QuerySolution> select(String query) {
    return Txn.calculateRead(
        loaded.store().dataset(),
        () -> {
          try (QueryExecution q =
              QueryExecution.dataset(DatasetFactory.wrap(loaded.store().dataset()))
                  .query(
                      "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>"
                          + query)
                  .build()) {
            return ResultSetFormatter.toList(q.execSelect());
          }
        });
  }

  @Test
  void theHomePageGivesTheFiguresAndTheWaysIn() throws Exception {
    HttpResponse<String> home = get("", "text/html");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(home.body())
        .contains("<strong>1</strong> articles", "historical analogies", "triples")
        .contains("actors linked to Wikidata", "<h2>Historical analogies</h2>", "Apple – Microsoft")
        .contains("href=\"/resource/article/wettlauf-ki\"", "href=\"/resource/DeepSeek\"")
        .contains("href=\"/strategy/OpenRelease\"", "href=\"/.well-known/void\"");
    assertThat(get("no-such-page", "text/html").statusCode()).isEqualTo(404);
  }

  @Test
  void searchFindsResourcesAndSentencesAndSaysWhatItCannotRead() throws Exception {
    HttpResponse<String> found = get("search?q=Rechenzentren", "text/html");
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body())
        .contains("<h2>Sentences</h2>", "<mark>Rechenzentren</mark>")
        .contains("href=\"/resource/article/wettlauf-ki#char=");
    // sentences are stemmed in both languages: the singular finds the plural
    assertThat(get("search?q=Investition", "text/html").body())
        .contains("durch massive <mark>Investition</mark>en");
    HttpResponse<String> actor = get("search?q=deepseek", "text/html");
    assertThat(actor.body()).contains("<h2>Organization</h2>", "href=\"/resource/DeepSeek\"");
    HttpResponse<String> broken = get("search?q=%22%3Cscript%3E+AND+(", "text/html");
    assertThat(broken.statusCode()).isEqualTo(200);
    assertThat(broken.body()).contains("could not read").doesNotContain("<script>");
  }

  @Test
  void theArticlePageShowsItsAnalogySideBySideAndItsInvestmentForTheReader() throws Exception {
    HttpResponse<String> german =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(loaded.server().url() + "resource/article/wettlauf-ki"))
                .header("Accept", "text/html")
                .header("Accept-Language", "de-DE,de;q=0.9")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(german.body())
        .contains("<h3>Then (1980–1999)</h3>", "Market dominance")
        .contains("<a href=\"/resource/Apple\">Apple</a> → <a href=\"/resource/OpenAI\">OpenAI</a>")
        .contains("<strong>500 Milliarden $</strong>");
    assertThat(get("resource/article/wettlauf-ki", "text/html").body())
        .contains("<strong>$500 billion</strong>");
  }

  @Test
  void anUnknownResourceIsA404ThatSaysWhereToLook() throws Exception {
    HttpResponse<String> page = get("resource/Nobody_At_All", "text/html");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Nothing is known here about", "/airace/sparql");
    assertThat(get("resource/Nobody_At_All", "text/turtle").statusCode()).isEqualTo(404);
  }

  @Test
  void traversalNeverReachesAFile() throws Exception {
    for (String path :
        new String[] {
          "resource/..%2f..%2fetc%2fpasswd",
          "resource/%2e%2e/%2e%2e/etc/passwd",
          "assets/../../pom.xml",
          "assets/..%2f..%2fpom.xml",
          "assets/%252e%252e/%252e%252e/pom.xml",
          "assets/..%5c..%5cpom.xml",
          "assets/%c0%ae%c0%ae/pom.xml",
          "ontology/../../../etc/passwd",
          "editor/..%2f..%2f..%2fetc%2fpasswd",
          "strategy/..%2f..%2fpom.xml",
          "%2e%2e/%2e%2e/etc/passwd",
          "assets/",
          "editor/assets/",
          "META-INF/MANIFEST.MF",
          "org/w3id/airace/server/assets/airace.css",
        }) {
      HttpResponse<String> response = get(path, "text/html");
      assertThat(response.statusCode()).as(path).isBetween(400, 404);
      assertThat(response.body())
          .as(path)
          .doesNotContain("root:", "<project", "Manifest-Version", "Directory: /", "Index of");
    }
    for (String path : new String[] {"nowhere", "airace/nowhere", "resource/..%2f"}) {
      HttpResponse<String> error = get(path, "text/html");
      assertThat(error.statusCode()).as(path).isBetween(400, 404);
      assertThat(error.headers().firstValue("Content-Security-Policy"))
          .as("the error page of /%s", path)
          .hasValueSatisfying(c -> assertThat(c).startsWith("default-src 'self'"));
      assertThat(error.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(error.headers().firstValue("Referrer-Policy")).isPresent();
    }
    HttpResponse<String> bare = get("resource/", "text/html");
    assertThat(bare.statusCode()).as("no listing of the resources").isEqualTo(302);
    assertThat(bare.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
  }

  @Test
  void everyLiteralIsEscaped() throws Exception {
    DatasetGraph data = DatasetGraphFactory.createTxnMem();
    data.add(
        NodeFactory.createURI(Race.GRAPH + "test"),
        NodeFactory.createURI(Race.RESOURCE + "Evil"),
        RDFS.label.asNode(),
        NodeFactory.createLiteralString("<script>alert(1)</script>"));
    AiraceServer server =
        AiraceServer.builder().dataset(data).port(0).timeout(Duration.ofSeconds(5)).build().start();
    try {
      HttpResponse<String> page = get(server.url(), "resource/Evil", "text/html");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
          .doesNotContain("<script>");
    } finally {
      server.stop();
    }
  }
}
