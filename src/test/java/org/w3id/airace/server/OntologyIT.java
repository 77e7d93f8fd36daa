package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.airace.store.Loader;
import org.w3id.airace.store.Store;

/**
 * {@code /ontology} on the real server over a real TDB2 database: content negotiation checked with
 * a plain HTTP client, the page checked in a real headless Chromium.
 */
class OntologyIT {
  private static final Path SCREENSHOT = Path.of("target/failsafe-reports/ontology-page.png");
  private static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  @TempDir static Path dir;
  private static Store store;
  private static AiraceServer server;
  private static LoadedServer loaded;
  private static Graph ontology;
  private static String page;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    loaded = LoadedServer.start(dir);
    store = loaded.store();
    server = loaded.server();
    ontology = Loader.ontology();
    page = OntologyPage.served();
  }

  @AfterAll
  static void stop() {
    loaded.close();
  }

  @ParameterizedTest
  @CsvSource({
    "text/turtle, TURTLE",
    "application/rdf+xml, RDFXML",
    "application/ld+json, JSONLD",
    "application/n-triples, NTRIPLES"
  })
  void machinesGetTheOntologyInTheFormatTheyAccept(String accept, String lang) throws Exception {
    HttpResponse<String> response = get("ontology", accept);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get(STRING).startsWith(accept);
    assertThat(response.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
    Graph served = RDFParser.fromString(response.body(), langOf(lang)).toGraph();
    assertThat(served.isIsomorphicWith(ontology))
        .as("the %s answer is the ontology graph", accept)
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "ttl, text/turtle, TURTLE",
    "rdf, application/rdf+xml, RDFXML",
    "jsonld, application/ld+json, JSONLD",
    "nt, application/n-triples, NTRIPLES"
  })
  void formatParameterOverridesTheAcceptHeader(String format, String type, String lang)
      throws Exception {
    HttpResponse<String> response = get("ontology?format=" + format, "text/html");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get(STRING).startsWith(type);
    assertThat(RDFParser.fromString(response.body(), langOf(lang)).toGraph().size())
        .isEqualTo(ontology.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", BROWSER_ACCEPT, "*/*", "text/*", ""})
  void browsersGetTheDocumentationPage(String accept) throws Exception {
    HttpResponse<String> response = get("ontology", accept);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .get(STRING)
        .matches("text/html; ?charset=utf-8");
    assertThat(response.body()).isEqualTo(page);
  }

  @Test
  void theServedPageHasTheSearchBoxAndNothingInline() throws Exception {
    HttpResponse<String> response = get("ontology", "text/html");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .get(STRING)
        .contains("default-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.body())
        .contains("<form class=\"search\" action=\"/search\"")
        .contains("<link rel=\"stylesheet\" href=\"/assets/ontology.css\">")
        .doesNotContain("<style", "<script", " style=\"");
    for (String asset : new String[] {"assets/ontology.css", "assets/nav.css"}) {
      HttpResponse<String> css = get(asset, "text/css");
      assertThat(css.statusCode()).as(asset).isEqualTo(200);
      assertThat(css.headers().firstValue("Content-Type")).get(STRING).startsWith("text/css");
    }
  }

  @Test
  void trailingSlashAndFormatHtmlGiveThePageToo() throws Exception {
    HttpResponse<String> slash = get("ontology/", "text/turtle");
    assertThat(slash.statusCode()).isEqualTo(200);
    assertThat(RDFParser.fromString(slash.body(), Lang.TURTLE).toGraph().isIsomorphicWith(ontology))
        .isTrue();
    HttpResponse<String> html = get("ontology?format=html", "text/turtle");
    assertThat(html.headers().firstValue("Content-Type")).get(STRING).startsWith("text/html");
    assertThat(html.body()).startsWith("<!doctype html>");
  }

  @Test
  void unsupportedTypeIsNotAcceptable() throws Exception {
    HttpResponse<String> response = get("ontology", "image/png");
    assertThat(response.statusCode()).isEqualTo(406);
    assertThat(response.body())
        .contains("image/png")
        .contains(
            "text/html",
            "text/turtle",
            "application/rdf+xml",
            "application/ld+json",
            "application/n-triples");
  }

  @Test
  void unknownFormatIsABadRequest() throws Exception {
    HttpResponse<String> response = get("ontology?format=pdf", "text/html");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("?format=pdf", "ttl|rdf|jsonld|nt");
    assertThat(get("ontology/Investment", "text/html").statusCode()).isEqualTo(404);
  }

  @Test
  void chromiumShowsTheEntryTheTermIriPointsTo() throws Exception {
    WebDriver browser = Browser.start(dir);
    try {
      browser.get(server.url() + "ontology#Investment");
      String title =
          ontology
              .find(OntologyView.ONTOLOGY, DCTerms.title.asNode(), Node.ANY)
              .mapWith(Triple::getObject)
              .filterKeep(o -> o.getLiteralLanguage().equals("en"))
              .next()
              .getLiteralLexicalForm();
      assertThat(browser.getTitle()).isEqualTo(title);
      WebElement entry = browser.findElement(By.id("Investment"));
      assertThat(entry.isDisplayed()).isTrue();
      assertThat(topInViewport(browser, entry)).as("the page scrolled to #Investment").isTrue();
      WebElement german = entry.findElement(By.cssSelector("[lang='de'] .label"));
      assertThat(german.isDisplayed()).isTrue();
      assertThat(german.getText()).isEqualTo("Investition");
      Files.createDirectories(SCREENSHOT.getParent());
      Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
      assertThat(Files.readAllBytes(SCREENSHOT)).startsWith(0x89, 'P', 'N', 'G');

      browser.findElement(By.cssSelector("#OpenRelease dd a[href='#Decentralization']")).click();
      assertThat(browser.getCurrentUrl()).endsWith("/ontology#Decentralization");
      assertThat(topInViewport(browser, browser.findElement(By.id("Decentralization")))).isTrue();

      WebElement toc = browser.findElement(By.cssSelector("nav.toc"));
      assertThat(toc.getCssValue("position")).as("ontology.css applies").isEqualTo("sticky");
      WebElement box = browser.findElement(By.cssSelector("nav.top input[name=q]"));
      box.sendKeys("Investition" + Keys.ENTER);
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().contains("/search?q=Investition"));
      assertThat(browser.findElement(By.tagName("main")).getText()).contains("Investition");
    } finally {
      browser.quit();
    }
  }

  private static boolean topInViewport(WebDriver browser, WebElement element) {
    Object top =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.top < window.innerHeight / 2;",
                element);
    return Boolean.TRUE.equals(top);
  }

  private static Lang langOf(String name) {
    return switch (name) {
      case "TURTLE" -> Lang.TURTLE;
      case "RDFXML" -> Lang.RDFXML;
      case "JSONLD" -> Lang.JSONLD;
      default -> Lang.NTRIPLES;
    };
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
    if (!accept.isEmpty()) {
      request.header("Accept", accept);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
