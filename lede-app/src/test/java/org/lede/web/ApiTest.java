package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.json.ArticleJson;
import org.lede.library.Library;

/** The REST API's lists (cursor pages), quotes, entities, exports and feeds over an annotated sample corpus. */
class ApiTest {
  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() {
    library = AnnotatedNews.library(tmp);
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    library.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(r.headers().firstValue("ETag")).isPresent();
    return ArticleJson.mapper().readTree(r.body());
  }

  /** Follows {@code next} links from {@code first}, collecting {@code field} of every item of every page. */
  static List<String> walk(String first, String list, String field) throws Exception {
    List<String> seen = new ArrayList<>();
    String next = first;
    int pages = 0;
    while (next != null) {
      JsonNode page = json(http.get(next));
      page.path(list).forEach(item -> seen.add(item.path(field).asText()));
      next = page.path("next").isNull() ? null : page.path("next").asText();
      assertThat(++pages).as("pages end").isLessThan(200);
    }
    return seen;
  }

  @Test
  void search_pages_by_cursor_through_every_article_once() throws Exception {
    long total = library.stats().articles();
    JsonNode first = json(http.get("/api/v1/search?limit=3&sort=date"));
    assertThat(first.path("total").asLong()).isEqualTo(total);
    assertThat(first.path("next").asText()).startsWith("/api/v1/search?limit=3&sort=date&cursor=");
    assertThat(first.path("nextCursor").asText()).isNotBlank();
    assertThat(walk("/api/v1/search?limit=3&sort=date", "hits", "id")).doesNotHaveDuplicates().hasSize((int) total);
    assertThat(walk("/api/v1/articles?limit=4", "hits", "id")).doesNotHaveDuplicates().hasSize((int) total);
    assertThat(walk("/api/v1/search?q=said&limit=2", "hits", "id")).doesNotHaveDuplicates().isNotEmpty();
  }

  @Test
  void a_cursor_the_server_did_not_make_or_an_offset_is_a_400_problem() {
    for (String path : List.of("/api/v1/search?cursor=bm9uc2Vuc2U", "/api/v1/search?offset=10", "/api/v1/quotes?cursor=%25%25",
        "/api/v1/entities?cursor=abc", "/api/v1/search?limit=0")) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
      assertThat(r.body()).contains("\"status\":400");
    }
    String dateCursor = http.get("/api/v1/search?limit=1&sort=date").body().replaceAll("(?s).*\"nextCursor\":\"([^\"]+)\".*", "$1");
    assertThat(http.get("/api/v1/search?q=said&cursor=" + dateCursor).statusCode()).as("a cursor of another order").isEqualTo(400);
  }

  @Test
  void quotes_by_speaker_come_in_the_contract_with_their_article_a_page_at_a_time() throws Exception {
    JsonNode page = json(http.get("/api/v1/quotes?speaker=harthi&limit=1"));
    JsonNode q = page.path("quotes").get(0);
    assertThat(q.path("quote").path("speaker").path("name").asText()).containsIgnoringCase("Al-Harthi");
    assertThat(q.path("quote").path("kind").asText()).isIn("direct", "indirect", "partial");
    assertThat(q.path("article").asText()).isEqualTo("/api/v1/articles/" + q.path("articleId").asText());
    List<String> all = walk("/api/v1/quotes?speaker=harthi&limit=1", "quotes", "quote");
    assertThat(all.size()).isGreaterThan(1).isEqualTo(json(http.get("/api/v1/quotes?speaker=harthi&limit=100")).path("quotes").size());
    assertThat(json(http.get("/api/v1/quotes?speaker=nobody-at-all")).path("quotes")).isEmpty();
    assertThat(walk("/api/v1/quotes?limit=7", "quotes", "quote").size()).isGreaterThan(all.size());
  }

  @Test
  void an_articles_quotes_page_through_in_text_order() throws Exception {
    String id = json(http.get("/api/v1/quotes?speaker=harthi&limit=1")).path("quotes").get(0).path("articleId").asText();
    JsonNode first = json(http.get("/api/v1/articles/" + id + "/quotes?limit=2"));
    int total = first.path("total").asInt();
    assertThat(total).isGreaterThan(2);
    List<Integer> starts = new ArrayList<>();
    String next = "/api/v1/articles/" + id + "/quotes?limit=2";
    while (next != null) {
      JsonNode page = json(http.get(next));
      page.path("quotes").forEach(q -> starts.add(q.path("start").asInt()));
      next = page.path("next").isNull() ? null : page.path("next").asText();
    }
    assertThat(starts).hasSize(total);
    assertThat(http.get("/api/v1/articles/0000000000000000/quotes").statusCode()).isEqualTo(404);
  }

  @Test
  void entities_are_listed_by_name_and_one_shows_its_quotes_and_mentions() throws Exception {
    JsonNode list = json(http.get("/api/v1/entities?q=faisal"));
    JsonNode e = list.path("entities").get(0);
    assertThat(e.path("name").asText()).contains("Al-Harthi");
    assertThat(e.path("type").asText()).isEqualTo("person");
    List<String> names = walk("/api/v1/entities?limit=5", "entities", "name");
    assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).hasSizeGreaterThan(5);
    assertThat(walk("/api/v1/entities?type=organization&limit=50", "entities", "name")).isNotEmpty().hasSizeLessThan(names.size());

    JsonNode one = json(http.get(e.path("self").asText()));
    assertThat(one.path("quotes").size()).isPositive();
    assertThat(one.path("quotes").get(0).path("quote").path("speaker").path("name").asText()).contains("Al-Harthi");
    JsonNode mention = one.path("mentions").get(0);
    assertThat(mention.path("mentions").get(0).path("text").asText()).isNotBlank();
    assertThat(one.path("mentionCount").asInt()).isPositive();
    assertThat(walk(e.path("self").asText() + "/quotes?limit=1", "quotes", "articleId")).hasSize(one.path("quoteCount").asInt());
    assertThat(walk(e.path("self").asText() + "/mentions?limit=1", "mentions", "articleId")).hasSize(one.path("articleCount").asInt());

    HttpResponse<String> missing = http.get("/api/v1/entities/P:nobody");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(http.get("/api/v1/entities?type=planet").statusCode()).isEqualTo(400);
  }

  @Test
  void lists_answer_304_when_the_client_holds_the_same_page() {
    HttpResponse<String> r = http.get("/api/v1/quotes?limit=3");
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertThat(http.get("/api/v1/quotes?limit=3", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(http.get("/api/v1/entities", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void export_streams_jsonl_in_the_contract_and_quoted_csv() throws Exception {
    HttpResponse<String> jsonl = http.get("/api/v1/export?format=jsonl");
    assertThat(jsonl.statusCode()).isEqualTo(200);
    assertThat(jsonl.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
    String[] lines = jsonl.body().split("\n");
    assertThat(lines).hasSize((int) library.stats().articles());
    JsonNode first = ArticleJson.mapper().readTree(lines[0]);
    assertThat(first.has("text")).isTrue();
    assertThat(first.has("quotes")).isTrue();
    assertThat(first.has("entities")).isTrue();

    HttpResponse<String> csv = http.get("/api/v1/export?format=csv&q=solar");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("lede-export.csv"));
    assertThat(csv.body()).startsWith("id,url,canonicalUrl,site,language,headline,dek,byline,dateline,published,updated,keyPoints,quotes,entities,text,duplicateOf\r\n");
    assertThat(csv.body()).contains("Desert solar park").contains("\"Regulators have approved");

    HttpResponse<String> bad = http.get("/api/v1/export?format=xml");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void feeds_exist_for_an_entity_a_speaker_and_a_site() throws Exception {
    String id = json(http.get("/api/v1/entities?q=faisal")).path("entities").get(0).path("id").asText();
    HttpResponse<String> entity = http.get("/feeds/entity.atom?id=" + SearchForm.encode(id));
    assertThat(entity.statusCode()).isEqualTo(200);
    assertThat(entity.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    assertThat(entity.body()).contains("<feed").contains("Desert solar park");

    HttpResponse<String> speaker = http.get("/feeds/speaker.rss?name=Al-Harthi");
    assertThat(speaker.statusCode()).isEqualTo(200);
    assertThat(speaker.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rss+xml"));
    assertThat(speaker.body()).contains("<rss").contains("Desert solar park");

    String site = json(http.get("/api/v1/search?limit=1")).path("sites").get(0).path("value").asText();
    HttpResponse<String> bySite = http.get("/feeds/site.json?name=" + SearchForm.encode(site));
    assertThat(bySite.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/feed+json"));
    JsonNode feed = ArticleJson.mapper().readTree(bySite.body());
    assertThat(feed.path("items").size()).isPositive();

    assertThat(http.get("/feeds/speaker.atom").statusCode()).isEqualTo(400);
    assertThat(http.get("/feeds/entity.atom?id=P:nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void the_openapi_document_describes_every_api_route() throws Exception {
    JsonNode paths = json(http.get("/api/openapi.json")).path("paths");
    for (String p : List.of("/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/articles/{id}/versions",
        "/api/v1/articles/{id}/quotes", "/api/v1/search", "/api/v1/quotes", "/api/v1/entities", "/api/v1/entities/{id}",
        "/api/v1/entities/{id}/quotes", "/api/v1/entities/{id}/mentions", "/api/v1/export", "/api/v1/follows",
        "/api/v1/attention", "/api/v1/said", "/api/v1/stories", "/api/v1/stories/{id}", "/feeds/story.{format}")) {
      assertThat(paths.has(p)).as(p).isTrue();
    }
  }
}
