package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.MediaType;
import org.lede.store.ArticleStore;

/**
 * A dam breach written for this test, first told as two stories (the breach; the valley's evacuation in other
 * words, twice), until a fourth report ties them: the two merge, the older id survives and the other's addresses redirect.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryMergeTest {
  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Http http;
  static long breach;
  static long evacuation;

  private static void ingest(String id, String headline, String lead, String published) {
    Article a = Article.builder().id(id).site("Site " + id).headline(headline)
        .published(new StatedTime(Instant.parse(published), StatedTime.Precision.MINUTE, published))
        .paragraphs(List.of(lead)).build();
    library.ingest(new Document(a.id(), ArticleJson.toLine(a).getBytes(StandardCharsets.UTF_8), MediaType.ARTICLE_JSON,
        null, null, null), List.of(a));
  }

  private static long story(String articleId) {
    return library.stories().storyOf(articleId).orElseThrow().id();
  }

  @BeforeAll
  static void start() {
    library = Library.open(tmp);
    String[][] other = {
        {"Ferry fares rise by five percent", "The island ferry company raised its fares for the summer season."},
        {"Library reopens after renovation", "The town library reopened with a new reading room and longer hours."},
        {"Striker signs three-year contract", "The club's top scorer signed a new contract on Monday."},
        {"Bakery wins national bread prize", "A family bakery in the old town won the national prize for rye bread."},
        {"Hospital opens new cancer wing", "The regional hospital opened a cancer treatment wing with forty beds."},
        {"Airport passenger numbers climb", "Passenger numbers at the airport rose for the third month running."}};
    for (int i = 0; i < other.length; i++) ingest("other-" + i, other[i][0], other[i][1], "2026-03-09T08:00:00Z");
    ingest("breach", "Orsa dam breaks after three days of rain",
        "A section of the Orsa reservoir dam gave way before dawn, flooding farmland.", "2026-03-10T06:00:00Z");
    ingest("valley", "Velden valley residents evacuated",
        "Emergency crews evacuated residents from the Velden valley as floodwater from the reservoir spread over "
            + "farmland.", "2026-03-10T07:00:00Z");
    ingest("valley-2", "Velden valley evacuation after Orsa dam floodwater",
        "Residents of the Velden valley were evacuated by emergency crews as floodwater from the Orsa dam reached homes.",
        "2026-03-10T07:30:00Z");
    breach = story("breach");
    evacuation = story("valley");
    ingest("both", "Orsa dam breach floods Velden valley",
        "Emergency crews evacuated residents from the Velden valley after a section of the Orsa reservoir dam gave way, "
            + "flooding farmland.", "2026-03-10T08:00:00Z");
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    library.close();
  }

  @Test
  @Order(1)
  void the_fourth_report_merges_the_two_stories_into_the_older() {
    assertThat(evacuation).as("before the fourth report they were two stories").isNotEqualTo(breach);
    assertThat(breach).isLessThan(evacuation);
    assertThat(story("both")).isEqualTo(breach);
    assertThat(story("valley")).isEqualTo(breach);
    assertThat(story("valley-2")).isEqualTo(breach);
    assertThat(library.stories().resolve(evacuation)).isEqualTo(breach);
    assertThat(library.stories().resolve(breach)).isEqualTo(breach);
    assertThat(library.stories().story(evacuation)).isEmpty();
    var survivor = library.stories().story(breach).orElseThrow();
    assertThat(survivor.size()).isEqualTo(4);
    assertThat(survivor.outlets()).isEqualTo(4);
    assertThat(survivor.first()).isEqualTo(Instant.parse("2026-03-10T06:00:00Z"));
  }

  @Test
  @Order(2)
  void the_merged_story_page_and_api_redirect_to_the_survivor() throws Exception {
    HttpResponse<String> page = http.get("/story/" + evacuation);
    assertThat(page.statusCode()).isEqualTo(301);
    assertThat(page.headers().firstValue("Location")).contains("/story/" + breach);
    HttpResponse<String> survivor = http.get("/story/" + breach);
    assertThat(survivor.statusCode()).isEqualTo(200);
    assertThat(survivor.body()).contains("Velden valley residents evacuated");

    HttpResponse<String> api = http.get("/api/v1/stories/" + evacuation);
    assertThat(api.statusCode()).isEqualTo(301);
    assertThat(api.headers().firstValue("Location")).contains("/api/v1/stories/" + breach);
    JsonNode one = ArticleJson.mapper().readTree(http.get("/api/v1/stories/" + breach).body());
    assertThat(one.path("size").asInt()).isEqualTo(4);
    assertThat(http.get("/story/999999").statusCode()).isEqualTo(404);

    HttpResponse<String> feed = http.get("/feeds/story.atom?id=" + evacuation);
    assertThat(feed.statusCode()).as("a subscriber to the merged story follows the survivor").isEqualTo(200);
    assertThat(feed.body()).contains("/story/" + breach).contains("Velden valley residents evacuated");
  }

  @Test
  @Order(3) // renumbers the stories
  void a_restory_finds_the_four_reports_one_story_again() {
    library.relink(ArticleStore.RelinkProgress.NONE);
    long now = story("breach");
    assertThat(story("valley")).isEqualTo(now);
    assertThat(story("valley-2")).isEqualTo(now);
    assertThat(story("both")).isEqualTo(now);
    assertThat(library.stories().story(now).orElseThrow().size()).isEqualTo(4);
  }
}
