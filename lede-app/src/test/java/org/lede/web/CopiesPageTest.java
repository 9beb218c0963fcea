package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.MediaType;

/** A wire story run by three outlets: the article page and the API say which is a copy of which. */
class CopiesPageTest {
  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Http http;

  private static final List<String> WIRE = List.of(
      "The port authority of Saltmere approved on Friday a plan to deepen the harbour channel by three metres, so that "
          + "container ships twice the size of today's can dock without waiting for the tide.",
      "Dredging will start in September and take about two years, the authority said, at a cost of 310 million crowns "
          + "shared between the state and the three shipping lines that use the port most.",
      "Fishermen's groups said the <b>spoil</b> would be dumped too close to the mussel beds north of the breakwater.");

  private static Article article(String id, String site, String headline, String published, String furniture) {
    List<String> body = new java.util.ArrayList<>(WIRE);
    if (furniture != null) body.add(furniture);
    return Article.builder().id(id).site(site).headline(headline)
        .published(new StatedTime(Instant.parse(published), StatedTime.Precision.MINUTE, published)).paragraphs(body).build();
  }

  @BeforeAll
  static void start() {
    library = Library.open(tmp);
    for (Article a : List.of(
        article("saltmere-gazette", "Saltmere Gazette", "Harbour to be deepened", "2026-04-03T10:00:00Z", null),
        article("coast-daily", "Coast Daily", "Bigger ships for Saltmere <script>", "2026-04-03T12:00:00Z", "Share on social"),
        article("wire-north", "Wire North", "Saltmere channel plan approved", "2026-04-03T09:00:00Z", "Advertisement"))) {
      library.ingest(new Document(a.id(), ArticleJson.toLine(a).getBytes(StandardCharsets.UTF_8), MediaType.ARTICLE_JSON,
          null, null, null), List.of(a));
    }
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    library.close();
  }

  @Test
  void a_copy_names_its_original_and_the_other_outlets_escaped() {
    HttpResponse<String> page = http.get("/a/coast-daily");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Copy of <a href=\"/a/wire-north\">Saltmere channel plan approved</a> (Wire North)")
        .contains("Also reported by").contains("href=\"/a/saltmere-gazette\"")
        .doesNotContain("href=\"/a/coast-daily\"");
    HttpResponse<String> original = http.get("/a/wire-north");
    assertThat(original.body()).doesNotContain("Copy of").contains("Also reported by")
        .contains("Bigger ships for Saltmere &lt;script&gt;");
  }

  @Test
  void the_copies_make_one_story_whose_page_and_api_list_them_in_time_order() throws Exception {
    long id = library.stories().storyOf("coast-daily").orElseThrow().id();
    HttpResponse<String> page = http.get("/story/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("3 articles from 3 outlets").contains("Bigger ships for Saltmere &lt;script&gt;")
        .doesNotContain("<script>");
    assertThat(page.body().indexOf("/a/wire-north")).isLessThan(page.body().indexOf("/a/saltmere-gazette"));
    var api = ArticleJson.mapper().readTree(http.get("/api/v1/stories/" + id).body());
    assertThat(api.path("size").asInt()).isEqualTo(3);
    assertThat(api.path("articles")).extracting(a -> a.path("id").asText())
        .containsExactly("wire-north", "saltmere-gazette", "coast-daily");
    assertThat(http.get("/a/coast-daily").body()).contains("Part of the story <a href=\"/story/" + id + "\"");
    assertThat(http.get("/story/999999").statusCode()).isEqualTo(404);
    assertThat(http.get("/").body()).contains("Top stories").contains("href=\"/story/" + id + "\"")
        .contains("3 outlets, 3 articles");
    var article = ArticleJson.mapper().readTree(http.get("/api/v1/articles/coast-daily").body());
    assertThat(article.path("story").path("id").asLong()).isEqualTo(id);
  }

  @Test
  void the_api_article_carries_duplicate_of_and_its_similarity() throws Exception {
    var copy = ArticleJson.mapper().readTree(http.get("/api/v1/articles/saltmere-gazette").body());
    assertThat(copy.path("duplicateOf").asText()).isEqualTo("wire-north");
    assertThat(copy.path("duplicateSimilarity").asDouble()).isGreaterThan(0.8);
    var original = ArticleJson.mapper().readTree(http.get("/api/v1/articles/wire-north").body());
    assertThat(original.has("duplicateOf")).isTrue();
    assertThat(original.path("duplicateOf").isNull()).isTrue();
  }
}
