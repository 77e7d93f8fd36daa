package org.w3id.airace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** The browser of the browser tests: Debian's Chromium, headless, driven by its chromedriver. */
final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /**
   * A headless Chromium driven through the installed chromedriver; fails the test if neither runs.
   */
  static WebDriver start(Path dir) throws Exception {
    assertThat(CHROMIUM)
        .as("Chromium is needed: apt-get install chromium chromium-driver")
        .isExecutable();
    assertThat(CHROMEDRIVER)
        .as("chromedriver is needed: apt-get install chromium-driver")
        .isExecutable();
    Path profile = Files.createTempDirectory(dir, "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    try {
      return new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      return fail(
          "headless Chromium did not start ("
              + CHROMIUM
              + " driven by "
              + CHROMEDRIVER
              + "): "
              + e.getMessage(),
          e);
    }
  }
}
