package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.json.ArticleJson;
import org.lede.library.Library;

/**
 * News sent to a running server ({@code POST /api/v1/articles}) is extracted, annotated, stored and searchable at
 * once; bad sends are refused with a status that says why, and nothing of them is stored.
 */
class IngestApiTest {
  private static final String PAGE = """
      <!doctype html><html><head><title>Ferry strike ends after nine days | Harbour Herald</title>
      <meta property="article:published_time" content="2026-11-30T08:00:00Z"></head>
      <body><article><h1>Ferry strike ends after nine days</h1>
      <p>WESTPORT — Ferry crews returned to work on Monday after a nine-day strike that stranded 4,000 islanders,
      the Westport Ferry Company said.</p>
      <p>"We are glad to be sailing again," said Marta Quillan, a deckhand and union steward.</p>
      <p>The company agreed to a 6 per cent pay rise over two years, Quillan said.</p>
      </article></body></html>
      """;

  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() {
    library = Library.open(tmp.resolve("data"));
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    library.close();
  }

  @Test
  void a_posted_page_is_stored_annotated_and_found_by_search_at_once() throws Exception {
    HttpResponse<String> r = http.post("/api/v1/articles?url=https://harbour-herald.example/2026/ferry-strike-ends",
        "text/html; charset=utf-8", PAGE);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode stored = ArticleJson.mapper().readTree(r.body()).path("articles").get(0);
    String id = stored.path("id").asText();
    assertThat(stored.path("change").asText()).isEqualTo("new");
    assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/articles/" + id);

    JsonNode article = ArticleJson.mapper().readTree(http.get("/api/v1/articles/" + id).body());
    assertThat(article.path("headline").asText()).isEqualTo("Ferry strike ends after nine days");
    assertThat(article.path("url").asText()).isEqualTo("https://harbour-herald.example/2026/ferry-strike-ends");
    JsonNode quotes = ArticleJson.mapper().readTree(http.get("/api/v1/articles/" + id + "/quotes").body());
    assertThat(quotes.toString()).contains("We are glad to be sailing again").contains("Marta Quillan");
    assertThat(http.get("/api/v1/search?q=islanders").body()).contains(id);

    HttpResponse<String> again = http.post("/api/v1/articles?url=https://harbour-herald.example/2026/ferry-strike-ends",
        "text/html", PAGE);
    assertThat(again.statusCode()).as("the same page again changes nothing").isEqualTo(200);
    assertThat(again.body()).contains("\"change\":\"unchanged\"");
  }

  @Test
  void a_text_dump_and_an_article_in_the_contracts_shape_are_read_as_lede_ingest_reads_them() throws Exception {
    String dump = """
        Council approves night buses for the old town

        Short Url
        Updated 5 sec ago

        The town council voted 9 to 2 on Tuesday to run night buses through the old town from March.
        "People who work late deserve a way home," councillor Ines Abara said.
        """;
    HttpResponse<String> r = http.post("/api/v1/articles", "text/plain; charset=utf-8", dump);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String json = """
        {"id": "lowland-courier-dam-repair", "headline": "Dam repair to close river path for a month",
         "site": "lowland-courier.example", "published": "2026-11-29T10:00:00Z",
         "text": "Engineers will close the river path for a month while they repair the old dam, the water board said."}
        """;
    HttpResponse<String> j = http.post("/api/v1/articles", "application/json", json);
    assertThat(j.statusCode()).as(j.body()).isEqualTo(201);
    assertThat(j.body()).contains("\"id\":\"lowland-courier-dam-repair\"");
    assertThat(http.get("/api/v1/search?q=%22night+buses%22").body()).contains("Council approves night buses");
  }

  @Test
  void bad_sends_are_refused_with_a_status_that_says_why_and_store_nothing() throws Exception {
    long before = library.stats().articles();
    assertThat(http.post("/api/v1/articles", "text/html", "").statusCode()).isEqualTo(400);
    assertThat(http.post("/api/v1/articles", "image/png", "\u0089PNG").statusCode()).isEqualTo(415);
    assertThat(http.post("/api/v1/articles?url=javascript:alert(1)", "text/html", PAGE).statusCode()).isEqualTo(400);
    HttpResponse<String> notNews = http.post("/api/v1/articles", "application/json", "{\"neither\": \"headline nor text\"}");
    assertThat(notNews.statusCode()).as(notNews.body()).isEqualTo(422);
    assertThat(notNews.body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(http.post("/api/v1/articles", "text/html", PAGE, "Origin", "https://elsewhere.example").statusCode())
        .as("a write another site's page started").isEqualTo(403);

    HttpRequest huge = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/articles"))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[IngestApi.MAX_BYTES + 1])).build();
    HttpResponse<String> tooLarge;
    try {
      tooLarge = HttpClient.newHttpClient().send(huge, HttpResponse.BodyHandlers.ofString());
      assertThat(tooLarge.statusCode()).isEqualTo(413);
    } catch (java.io.IOException e) {
      // the server may close the connection before the client has sent the whole body: refused all the same
    }
    assertThat(library.stats().articles()).isEqualTo(before);
  }
}
