package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.export.CsvReader;
import org.lede.index.SearchRequest;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.MediaType;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The explore page as an analyst uses it, in real headless Chromium; it leaves a screenshot in target/screenshots. */
class ExploreBrowserIT {
  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  ChromeDriver driver;
  Path downloads;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    library = Library.open(tmp.resolve("data"));
    var news = ExploreCountsTest.riverNews();
    for (int i = 0; i < news.size(); i++) {
      library.ingest(new Document("river-" + i + ".txt", ("river " + i).getBytes(StandardCharsets.UTF_8),
          MediaType.TEXT_DUMP, null, null, null), List.of(news.get(i)));
    }
    library.commit();
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (library != null) library.close();
  }

  @BeforeEach
  void open(@TempDir Path profile, @TempDir Path downloads) {
    this.downloads = downloads;
    driver = Browser.start(profile, 1280, 1400);
    driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  @AfterEach
  void quit() {
    if (driver != null) driver.quit();
  }

  @Test
  void an_analyst_charts_two_searches_by_week_downloads_the_csv_and_follows_a_point_to_its_articles() throws Exception {
    driver.get(server.url() + "/");
    driver.findElement(By.linkText("Explore")).click();
    wait(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.explore-form")));
    driver.findElement(By.id("q0")).sendKeys("flood");
    driver.findElement(By.id("q1")).sendKeys("drought");
    setDate(driver.findElement(By.name("since")), "2024-02-26");
    setDate(driver.findElement(By.name("until")), "2024-04-15");
    new Select(driver.findElement(By.name("interval"))).selectByValue("week");
    driver.findElement(By.cssSelector("form.explore-form button[type=submit]")).click();
    wait(15).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("svg.lines polyline"), 2));

    assertThat(driver.findElements(By.cssSelector(".legend .series-name"))).extracting(WebElement::getText)
        .containsExactly("flood", "drought");
    String description = driver.findElement(By.cssSelector("svg.lines desc")).getAttribute("textContent");
    assertThat(description).contains("flood").contains("drought");
    // seven weeks, a dot each per line, every dot a link to its search
    assertThat(driver.findElements(By.cssSelector("svg.lines circle"))).hasSize(14);
    Browser.screenshot(driver, "explore");

    driver.findElement(By.id("download-csv")).click();
    Path csv = downloads.resolve("lede-attention.csv");
    wait(15).until(d -> Files.exists(csv) && size(csv) > 0);
    List<List<String>> rows = CsvReader.parse(Files.readString(csv, StandardCharsets.UTF_8));
    assertThat(rows.getFirst()).containsExactly("query", "period", "count", "share", "stories");
    assertThat(rows).hasSize(1 + 2 * 7);
    assertThat(rows.subList(1, 8)).extracting(r -> r.get(0)).containsOnly("flood");
    assertThat(rows.subList(1, 8)).extracting(r -> r.get(1)).containsExactly("2024-02-26", "2024-03-04", "2024-03-11",
        "2024-03-18", "2024-03-25", "2024-04-01", "2024-04-08");
    // the weir, the leap day warning and the defences in the first week; the insurance claims in the second
    assertThat(rows.subList(1, 8)).extracting(r -> r.get(2)).containsExactly("3", "1", "1", "0", "1", "0", "0");
    assertThat(rows.subList(8, 15)).extracting(r -> r.get(2)).containsExactly("0", "2", "0", "0", "0", "1", "0");
    for (List<String> row : rows.subList(1, rows.size())) {
      java.time.LocalDate from = java.time.LocalDate.parse(row.get(1));
      long total = library.search(SearchRequest.of(row.get(0))
          .withSince(from.atStartOfDay(ZoneOffset.UTC).toInstant())
          .withUntil(from.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant())).totalHits();
      assertThat(Long.parseLong(row.get(2))).as("%s %s", row.get(0), row.get(1)).isEqualTo(total);
    }

    driver.findElement(By.id("download-png")).click();
    Path png = downloads.resolve("lede-attention.png");
    wait(15).until(d -> Files.exists(png) && size(png) > 1000);
    byte[] head = Files.readAllBytes(png);
    assertThat(new String(head, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

    // the first week's flood dot leads to the three articles it counts
    WebElement dot = driver.findElements(By.cssSelector("svg.lines g.series")).getFirst().findElement(By.tagName("a"));
    String href = dot.getDomAttribute("href");
    assertThat(href).contains("since=2024-02-26").contains("until=2024-03-04");
    driver.get(href.startsWith("/") ? server.url() + href : href);
    wait(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".total")));
    assertThat(driver.findElement(By.cssSelector(".total")).getText()).contains("of 3 articles");
  }

  private void setDate(WebElement input, String day) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, day);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }
}
