package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Hostile articles on every page that shows them, in real headless Chromium: nothing in them runs, and the browser
 * asks nothing of any server but Lede's own. Every host name resolves to a {@link Tripwire} that must see no
 * connection, and Chromium's own network log must name no other address.
 */
class HostileArticlesIT {
  /** What the page adds to find markup an article smuggled in: any element or attribute Lede's templates never write. */
  private static final String SMUGGLED = """
      const found = [];
      document.querySelectorAll('script').forEach(s => { if (s.getAttribute('src') !== '/static/lede.js') found.push('script ' + s.outerHTML.slice(0, 80)); });
      document.querySelectorAll('iframe, object, embed, base, style, meta[http-equiv], link[rel~=stylesheet]:not([href^="/static/"])')
          .forEach(e => found.push(e.outerHTML.slice(0, 80)));
      document.querySelectorAll('*').forEach(e => { for (const a of e.attributes) {
        if (a.name.startsWith('on') || a.name === 'style' || a.name === 'srcdoc') found.push(e.tagName + ' @' + a.name + '=' + a.value.slice(0, 60));
        if ((a.name === 'href' || a.name === 'src' || a.name === 'action' || a.name === 'xlink:href')
            && /^\\s*(javascript|data|vbscript):/i.test(a.value)) found.push(e.tagName + ' @' + a.name + '=' + a.value.slice(0, 60));
      } });
      return found;""";

  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Tripwire tripwire;
  static Http http;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    tripwire = Tripwire.start();
    library = HostileNews.library(tmp);
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(server.url());
    // follows put the hostile site and byline on the following page too
    http.post("/api/v1/follows", "application/json", "{\"kind\":\"site\",\"value\":\"Hostile Times\"}");
    http.post("/api/v1/follows", "application/json", "{\"kind\":\"byline\",\"value\":\"Ada <b onmouseover=window.ledePwned=6>Quill\"}");
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (library != null) library.close();
    if (tripwire != null) tripwire.close();
  }

  @Test
  void no_page_showing_hostile_articles_runs_their_script_or_loads_from_another_site(@TempDir Path profile) throws Exception {
    List<String> pages = pagesShowingThem();
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    ChromeDriver driver = Browser.start(profile, 1280, 1000, options -> {
      options.addArguments("--host-resolver-rules=MAP * 127.0.0.1:" + tripwire.port() + ", EXCLUDE 127.0.0.1",
          "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter", "--disable-sync",
          "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability");
      options.setCapability("goog:loggingPrefs", logs);
    });
    try {
      for (String page : pages) {
        HttpResponse<String> r = http.get(page);
        assertThat(r.statusCode()).as(page).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(page)
            .hasValueSatisfying(csp -> assertThat(csp).doesNotContain("unsafe-").satisfiesAnyOf(
                strict -> assertThat(strict).contains("default-src 'none'"),
                self -> assertThat(self).contains("script-src 'self'").contains("object-src 'none'")));
        driver.get(server.url() + page);
        Thread.sleep(150); // a lazy image's onerror, a meta refresh or a timer would have fired by now
        assertThat(alertShown(driver)).as("a dialog on " + page).isFalse();
        JavascriptExecutor js = driver;
        assertThat(js.executeScript("return typeof window.ledePwned;")).as("script from an article ran on " + page).isEqualTo("undefined");
        assertThat(driver.getCurrentUrl()).as("still on " + page).startsWith(server.url());
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
          assertThat((List<?>) js.executeScript(SMUGGLED)).as("markup from an article on " + page).isEmpty();
        }
      }
      assertThat(driver.getPageSource()).isNotEmpty();
      Set<String> elsewhere = new LinkedHashSet<>();
      for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
        JsonNode message = ArticleJson.mapper().readTree(e.getMessage()).path("message");
        if (!message.path("method").asText().equals("Network.requestWillBeSent")) continue;
        String url = message.path("params").path("request").path("url").asText();
        // the browser's own pages (chrome://new-tab-page, opened first) and icons (data:, e.g. a date field's calendar)
        // send nothing anywhere; a data: URL from an article would be caught above as an attribute
        if (!url.startsWith(server.url() + "/") && !url.startsWith("chrome://") && !url.startsWith("chrome-untrusted://")
            && !url.startsWith("data:")) {
          elsewhere.add(url);
        }
      }
      assertThat(elsewhere).as("requests to anywhere but Lede").isEmpty();
      assertThat(tripwire.hits()).as("requests to the hosts the hostile articles name")
          .noneMatch(hit -> hit.contains(HostileNews.HOSTS));
      Browser.screenshot(driver, "hostile-last-page");
    } finally {
      driver.quit();
    }
  }

  /** Every kind of page that shows the hostile articles: home, searches, articles, stories, entities, explore, feeds. */
  private static List<String> pagesShowingThem() throws Exception {
    List<String> pages = new ArrayList<>(List.of("/", "/following",
        "/search?q=ferry", "/search?q=gala", "/search?q=" + SearchForm.encode("\"><script>window.ledePwned=40</script>"),
        "/search?q=ferry&group=story",
        "/explore?q=ferry&q=lantern&since=2024-01-01&until=2026-12-01",
        "/feeds/search.atom?q=ferry", "/feeds/search.rss?q=ferry", "/feeds/search.json?q=ferry", "/feeds/following.atom",
        "/feeds/site.rss?name=Hostile+Times", "/feeds/speaker.json?name=Quill"));
    assertThat(library.stats().articles()).as("every hostile page became an article").isEqualTo(HostileNews.PAGES.size() + 1);
    Set<String> ids = new LinkedHashSet<>();
    json("/api/v1/articles?limit=50").path("hits").forEach(a -> ids.add(a.path("id").asText()));
    JsonNode stories = json("/api/v1/stories").path("stories");
    assertThat(stories.size()).isPositive();
    for (JsonNode s : stories) {
      pages.add("/story/" + s.path("id").asText());
      pages.add("/feeds/story.atom?id=" + s.path("id").asText());
      json("/api/v1/stories/" + s.path("id").asText()).path("articles").forEach(a -> ids.add(a.path("id").asText()));
    }
    assertThat(ids).as("listed or in a story").hasSize(HostileNews.PAGES.size() + 1);
    for (String id : ids) {
      pages.add("/a/" + id);
      pages.add("/a/" + id + "/raw");
    }
    JsonNode entities = json("/api/v1/entities?limit=100").path("entities");
    assertThat(entities.size()).isPositive();
    for (JsonNode e : entities) {
      pages.add("/e/" + e.path("id").asText());
      pages.add("/feeds/entity.atom?id=" + SearchForm.encode(e.path("id").asText()));
    }
    return pages;
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return ArticleJson.mapper().readTree(r.body());
  }

  private static boolean alertShown(ChromeDriver driver) {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }
}
