package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.json.ArticleJson;
import org.lede.library.Library;

/** Every page and endpoint against a real server on an ephemeral loopback port over a real library. */
class WebServerTest {
  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Http http;
  static String hostileId;

  @BeforeAll
  static void start() {
    library = TestNews.library(tmp);
    hostileId = TestNews.hostileId(library);
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    library.close();
  }

  @Test
  void home_lists_the_latest_articles_with_a_search_box() {
    HttpResponse<String> r = http.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.body()).contains("Latest news").contains("<form class=\"bigsearch\" role=\"search\"").contains("href=\"/a/");
  }

  @Test
  void every_page_forbids_inline_script_and_framing() {
    HttpResponse<String> r = http.get("/");
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void search_page_shows_hits_site_and_month_facets_and_highlighted_snippets() {
    HttpResponse<String> r = http.get("/search?q=dairy");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Lindqvist Foods").contains("<mark>").contains("class=\"site-facet\"")
        .contains("class=\"histogram\"").contains("/feeds/search.atom?q=dairy");
  }

  @Test
  void search_sorts_by_date_and_pages_through_all_articles() {
    long total = library.stats().articles();
    assertThat(total).isBetween(11L, 20L);
    HttpResponse<String> first = http.get("/search?sort=date");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("Showing 1–10 of " + total + " articles").contains("rel=\"next\" href=\"/search?sort=date&amp;page=2\"");
    HttpResponse<String> second = http.get("/search?sort=date&page=2");
    assertThat(second.body()).contains("Showing 11–" + total + " of " + total).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
  }

  @Test
  void a_bad_search_parameter_is_a_400_page() {
    HttpResponse<String> r = http.get("/search?month=March");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("month must be yyyy-MM");
  }

  @Test
  void article_page_lays_out_headline_byline_times_follow_buttons_and_short_link() {
    String id = library.search(org.lede.index.SearchRequest.of("takeover")).hits().get(0).id();
    HttpResponse<String> r = http.get("/a/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<h1>Lindqvist Foods").contains("class=\"short-url\"")
        .contains("/s/" + ShortCodes.encode(id).orElseThrow()).contains("Follow ").contains("/a/" + id + "/raw")
        .contains("class=\"ago\"");
  }

  @Test
  void hostile_article_text_is_escaped_everywhere_and_never_becomes_a_link() {
    HttpResponse<String> r = http.get("/a/" + hostileId);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("&lt;script&gt;window.ledePwned=1&lt;/script&gt;")
        .doesNotContain("<script>window").doesNotContain("<img src=x").doesNotContain("<a href=\"javascript:")
        .doesNotContainPattern("<[a-zA-Z][^<>]*javascript:").doesNotContain("<iframe").contains("&lt;a href=\"javascript:");
    HttpResponse<String> search = http.get("/search?q=harbour+gala");
    assertThat(search.body()).doesNotContain("<script>window").doesNotContain("<img src=x");
  }

  @Test
  void raw_text_is_served_as_sandboxed_plain_text() {
    HttpResponse<String> r = http.get("/a/" + hostileId + "/raw");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(t -> assertThat(t).contains("sandbox"));
    assertThat(r.body()).contains("<article>");
  }

  @Test
  void an_unknown_article_or_page_is_a_404_page() {
    assertThat(http.get("/a/0000000000000000").statusCode()).isEqualTo(404);
    HttpResponse<String> r = http.get("/no/such/page");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("There is no page at /no/such/page");
  }

  @Test
  void short_url_redirects_permanently_to_the_article_page() {
    HttpResponse<String> r = http.get("/s/" + ShortCodes.encode(hostileId).orElseThrow());
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValue("/a/" + hostileId);
    assertThat(http.get("/s/zzzzzzzzzzzzzz").statusCode()).isEqualTo(404);
    assertThat(http.get("/s/" + ShortCodes.encode("0123456789abcdef").orElseThrow()).statusCode()).isEqualTo(404);
  }

  @Test
  void api_article_is_the_json_contract_with_an_etag_and_304_on_a_match() throws Exception {
    HttpResponse<String> r = http.get("/api/v1/articles/" + hostileId);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(ArticleJson.fromLine(r.body())).isEqualTo(library.article(hostileId).orElseThrow().article());
    String etag = r.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = http.get("/api/v1/articles/" + hostileId, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(http.get("/api/v1/articles/" + hostileId + "/versions").body()).contains("\"version\":1");
  }

  @Test
  void api_errors_are_rfc_9457_problem_documents() throws Exception {
    HttpResponse<String> r = http.get("/api/v1/articles/0000000000000000");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = ArticleJson.mapper().readTree(r.body());
    assertThat(problem.path("status").asInt()).isEqualTo(404);
    assertThat(problem.path("title").asText()).isEqualTo("Not found");
    HttpResponse<String> bad = http.get("/api/v1/search?limit=5000");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(ArticleJson.mapper().readTree(bad.body()).path("detail").asText()).contains("limit");
    assertThat(http.get("/api/v1/nothing").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void api_search_pages_by_cursor_with_a_next_link_and_facets() throws Exception {
    JsonNode page = ArticleJson.mapper().readTree(http.get("/api/v1/search?limit=5").body());
    long total = library.stats().articles();
    assertThat(page.path("total").asLong()).isEqualTo(total);
    assertThat(page.path("hits")).hasSize(5);
    assertThat(page.path("next").asText()).isEqualTo("/api/v1/search?limit=5&cursor=" + page.path("nextCursor").asText());
    assertThat(page.path("sites").size()).isPositive();
    JsonNode last = ArticleJson.mapper().readTree(http.get("/api/v1/search?limit=" + (total - 1)).body());
    last = ArticleJson.mapper().readTree(http.get(last.path("next").asText()).body());
    assertThat(last.path("hits")).hasSize(1);
    assertThat(last.path("next").isNull()).isTrue();
    JsonNode hit = ArticleJson.mapper().readTree(http.get("/api/v1/search?q=dairy").body()).path("hits").get(0);
    assertThat(hit.path("snippet").path("highlights").size()).isPositive();
    assertThat(ArticleJson.mapper().readTree(http.get("/api/v1/articles?limit=3").body()).path("hits")).hasSize(3);
  }

  @Test
  void api_follows_can_be_added_listed_and_removed() throws Exception {
    HttpResponse<String> created = http.post("/api/v1/follows", "application/json", "{\"kind\":\"byline\",\"value\":\"Api Tester\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(http.get("/api/v1/follows").body()).contains("\"value\":\"Api Tester\"");
    assertThat(http.delete("/api/v1/follows?kind=byline&value=Api+Tester").statusCode()).isEqualTo(204);
    assertThat(http.get("/api/v1/follows").body()).doesNotContain("Api Tester");
    assertThat(http.post("/api/v1/follows", "application/json", "{\"kind\":\"planet\",\"value\":\"Mars\"}").statusCode()).isEqualTo(400);
    assertThat(http.post("/api/v1/follows", "application/json", "not json").statusCode()).isEqualTo(400);
  }

  @Test
  void a_write_started_by_another_sites_page_is_refused() {
    HttpResponse<String> r = http.post("/api/v1/follows", "application/json", "{\"kind\":\"site\",\"value\":\"Evil\"}",
        "Origin", "https://evil.example");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(http.get("/api/v1/follows").body()).doesNotContain("Evil");
  }

  @Test
  void the_follow_form_goes_back_only_to_a_path_on_this_server() {
    HttpResponse<String> r = http.post("/follows", "application/x-www-form-urlencoded",
        Http.form(Map.of("kind", "site", "value", "Form Site", "return", "//evil.example/")));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/");
    HttpResponse<String> back = http.post("/follows", "application/x-www-form-urlencoded",
        Http.form(Map.of("kind", "site", "value", "Form Site", "action", "unfollow", "return", "/following")));
    assertThat(back.headers().firstValue("Location")).hasValue("/following");
  }

  @Test
  void feeds_for_a_search_come_as_atom_rss_and_json_feed() throws Exception {
    HttpResponse<String> atom = http.get("/feeds/search.atom?q=takeover");
    assertThat(atom.statusCode()).isEqualTo(200);
    assertThat(atom.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    assertThat(atom.body()).contains("<feed").contains("Lindqvist Foods");
    HttpResponse<String> rss = http.get("/feeds/search.rss?q=takeover");
    assertThat(rss.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rss+xml"));
    assertThat(rss.body()).contains("<rss").contains("version=\"2.0\"").contains("Lindqvist Foods");
    HttpResponse<String> json = http.get("/feeds/search.json?q=takeover");
    assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/feed+json"));
    JsonNode feed = ArticleJson.mapper().readTree(json.body());
    assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.path("items").get(0).path("title").asText()).contains("Lindqvist Foods");
    assertThat(http.get("/feeds/search.html").statusCode()).isEqualTo(404);
  }

  @Test
  void the_following_page_and_feed_show_articles_from_what_is_followed() throws Exception {
    String site = library.article(hostileId).orElseThrow().article().site();
    assertThat(http.post("/api/v1/follows", "application/json", "{\"kind\":\"site\",\"value\":\"" + site + "\"}").statusCode()).isEqualTo(201);
    HttpResponse<String> page = http.get("/following");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(site).contains("/a/" + hostileId);
    JsonNode feed = ArticleJson.mapper().readTree(http.get("/feeds/following.json").body());
    assertThat(feed.path("items").get(0).path("id").asText()).isEqualTo(hostileId);
    assertThat(http.get("/feeds/following.atom").body()).contains("<feed");
    http.delete("/api/v1/follows?kind=site&value=" + SearchForm.encode(site));
  }

  @Test
  void the_openapi_document_describes_the_api() throws Exception {
    HttpResponse<String> r = http.get("/api/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = ArticleJson.mapper().readTree(r.body());
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(doc.path("paths").has("/api/v1/search")).isTrue();
  }

  @Test
  void static_script_and_styles_are_served() {
    assertThat(http.get("/static/lede.js").statusCode()).isEqualTo(200);
    assertThat(http.get("/static/lede.css").body()).contains(".hit");
  }
}
