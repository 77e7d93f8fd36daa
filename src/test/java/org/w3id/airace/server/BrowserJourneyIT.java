package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's way through the pages in a real headless Chromium, over the loaded first article: home
 * → an actor's page with a marked sentence → a strategy → the graph view, which draws nodes. No
 * step logs a console error; each leaves a screenshot in {@code target/screenshots/} and its time
 * to load in {@code target/screenshots/timings.txt}.
 */
class BrowserJourneyIT {
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  private static LoadedServer loaded;
  private static final List<String> timings = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    loaded = LoadedServer.start(dir);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    loaded.close();
    Files.write(SCREENSHOTS.resolve("timings.txt"), timings);
  }

  private static void step(WebDriver browser, String name, long started) throws Exception {
    long ms = (System.nanoTime() - started) / 1_000_000;
    timings.add(String.format("%-22s %5d ms  %s", name, ms, browser.getCurrentUrl()));
    Files.write(
        SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    assertThat(errors).as("console errors on " + name).isEmpty();
  }

  @Test
  void homeSearchActorStrategyGraphEditor() throws Exception {
    WebDriver browser = Browser.start(dir);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

      long t = System.nanoTime();
      browser.get(loaded.server().url());
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("airace");
      step(browser, "01-home", t);

      t = System.nanoTime();
      WebElement box = browser.findElement(By.cssSelector("nav form.search input[name='q']"));
      box.sendKeys("DeepSeek");
      box.submit();
      wait.until(b -> b.getTitle().startsWith("Search: DeepSeek"));
      assertThat(browser.findElements(By.cssSelector(".results blockquote mark")))
          .extracting(WebElement::getText)
          .contains("DeepSeek");
      step(browser, "02-search-deepseek", t);

      t = System.nanoTime();
      browser.findElement(By.cssSelector(".results a[href='/resource/DeepSeek']")).click();
      wait.until(b -> b.getTitle().startsWith("DeepSeek"));
      List<WebElement> marks = browser.findElements(By.cssSelector("blockquote.source mark"));
      assertThat(marks).extracting(WebElement::getText).contains("DeepSeek");
      step(browser, "03-actor-deepseek", t);

      t = System.nanoTime();
      browser.findElement(By.cssSelector("a[href='/strategy/OpenRelease']")).click();
      wait.until(b -> b.getTitle().startsWith("Open release"));
      assertThat(browser.findElement(By.tagName("main")).getText())
          .contains("pursued by", "DeepSeek");
      step(browser, "04-strategy-open-release", t);

      t = System.nanoTime();
      browser.get(loaded.server().url() + "graph");
      long nodes =
          wait.until(
              b -> {
                Object n =
                    ((JavascriptExecutor) b)
                        .executeScript(
                            "return window.airaceGraph ? window.airaceGraph.nodes(':visible').length : 0;");
                return ((Number) n).longValue() > 0 ? (Long) ((Number) n).longValue() : null;
              });
      assertThat(nodes).isGreaterThan(5);
      step(browser, "05-graph", t);

      t = System.nanoTime();
      browser.get(loaded.server().url() + "editor");
      WebElement example =
          wait.until(
              b ->
                  b.findElements(By.cssSelector("#examples button")).stream()
                      .findFirst()
                      .orElse(null));
      example.click();
      List<WebElement> rows =
          wait.until(
              b -> {
                List<WebElement> found = b.findElements(By.cssSelector(".yasr table tbody tr"));
                return found.isEmpty() ? null : found;
              });
      assertThat(rows).isNotEmpty();
      step(browser, "06-editor", t);
    } finally {
      browser.quit();
    }
  }
}
