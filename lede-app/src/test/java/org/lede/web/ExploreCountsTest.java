package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.Lede;
import org.lede.app.Cli;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.eval.SharedData;
import org.lede.export.CsvReader;
import org.lede.index.SearchRequest;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;
import org.lede.source.MediaType;
import org.lede.store.SiteCollection;

/**
 * The acceptance test of the analyst's view: for the same queries and periods, {@code lede attention --csv}, the
 * API's {@code /api/v1/attention}, the {@code /explore} table and its CSV download all give the counts that
 * {@code lede search} (and the library's search) gives as totals, and the story counts that the store gives for
 * the matching articles (their distinct stories), on news written for this test and on the shared real pages when
 * they are on this machine.
 */
class ExploreCountsTest {
  @TempDir Path tmp;

  /** One row of the attention CSV. */
  record Row(String query, String period, long count, double share, long stories) {}

  @Test
  void attention_counts_equal_search_totals_on_written_news_by_day_week_and_month() {
    Path data = tmp.resolve("river");
    try (Library library = Library.open(data)) {
      List<Article> news = riverNews();
      for (int i = 0; i < news.size(); i++) {
        library.ingest(raw("river-" + i), List.of(news.get(i)));
      }
      library.saveCollection(SiteCollection.of("Lowlands", List.of("Valley Courier", "Coastal Ledger")), false);
      library.commit();
    }
    List<String> queries = List.of("flood", "drought OR ferries", "site:\"Hill Gazette\"", "flood collection:Lowlands");
    agree(data, queries, List.of(), LocalDate.parse("2024-02-27"), LocalDate.parse("2024-04-16"), "day", 8);
    agree(data, queries, List.of(), LocalDate.parse("2024-02-27"), LocalDate.parse("2024-04-16"), "week", 8);
    agree(data, queries, List.of(), LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01"), "month", 8);
    agree(data, List.of("flood"), List.of("Lowlands"), LocalDate.parse("2024-02-01"), LocalDate.parse("2024-05-01"), "month", 10);
  }

  @Test
  void attention_counts_equal_search_totals_on_the_shared_real_pages() throws IOException {
    Path seed = SharedData.locate("seed").orElse(null);
    Path pages = SharedData.locate("extraction-dev/dates/pages").orElse(null);
    Assumptions.assumeTrue(seed != null || pages != null,
        "skipped: neither shared/data/seed nor shared/data/extraction-dev/dates/pages is on this machine");
    Path data = tmp.resolve("real");
    FileInputs inputs = FileInputs.standard();
    try (Library library = Library.open(data)) {
      List<Path> roots = Stream.of(seed, pages).filter(p -> p != null).toList();
      // extraction only: dates, sites and text are what attention counts; annotating would only make the test slow
      for (Path file : inputs.expand(roots).toList()) {
        if (file.getFileName().toString().endsWith(".json")) continue;
        try {
          Document doc = inputs.read(file);
          List<Article> articles = Lede.extraction().extract(doc);
          if (!articles.isEmpty()) library.ingest(doc, articles);
        } catch (InputException e) {
          System.err.println("ExploreCountsTest: skipped " + e.getMessage());
        }
      }
      library.commit();
      assertThat(library.stats().articles()).as("real pages were stored").isGreaterThan(20);
    }
    List<String> queries = List.of("police", "election OR vote", "\"prime minister\"", "said -police", "");
    agree(data, queries, List.of(), LocalDate.parse("2015-01-01"), LocalDate.parse("2025-01-01"), "month", 10);
    agree(data, queries, List.of(), LocalDate.parse("2023-09-01"), LocalDate.parse("2023-12-01"), "week", 6);
    agree(data, queries, List.of(), LocalDate.parse("2023-10-15"), LocalDate.parse("2023-11-30"), "day", 6);
  }

  @Test
  void the_explore_page_escapes_what_was_typed_and_bad_requests_are_told_what_was_wrong() {
    Path data = tmp.resolve("hostile");
    try (Library library = Library.open(data)) {
      List<Article> news = riverNews();
      for (int i = 0; i < news.size(); i++) library.ingest(raw("river-" + i), List.of(news.get(i)));
      library.commit();
      try (WebServer web = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()))) {
        Http http = new Http(web.url());
        String hostile = SearchForm.encode("flood \"<script>window.x=1</script>\"");
        HttpResponse<String> page = http.get("/explore?q=" + hostile + "&q=drought&since=2024-02-26&until=2024-04-15");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>window.x").contains("&lt;script&gt;window.x=1&lt;/script&gt;");
        assertThat(page.body()).contains("What was said about");
        HttpResponse<String> bad = http.get("/api/v1/attention?q=flood&interval=fortnight");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("fortnight");
        assertThat(http.get("/api/v1/attention?q=flood%20collection:nowhere").body()).contains("nowhere");
        assertThat(http.get("/api/v1/attention?q=a&q=b&q=c&q=d&q=e&q=f").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/attention?q=flood&since=2024-04-01&until=2024-03-01").body()).contains("must be before");
        assertThat(http.get("/api/v1/attention").statusCode()).isEqualTo(400);
        HttpResponse<String> said = http.get("/api/v1/said?q=flood&since=2024-02-01&until=2024-05-01");
        assertThat(said.statusCode()).isEqualTo(200);
        JsonNode answer = json(said.body());
        assertThat(answer.path("articles").asLong()).isEqualTo(6);
        assertThat(answer.path("outlets").size()).isEqualTo(3);
        assertThat(answer.path("words").toString()).contains("flood");
        HttpResponse<String> saidCsv = http.get("/explore/said.csv?q=flood&since=2024-02-01&until=2024-05-01");
        assertThat(CsvReader.parse(saidCsv.body()).getFirst()).containsExactly("section", "rank", "label", "id", "count",
            "corpusCount", "score");
        HttpResponse<String> png = http.get("/explore.png?q=flood&q=drought&since=2024-02-26&until=2024-04-15");
        assertThat(png.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
      }
    }
  }

  /**
   * Checks that the CLI's CSV, the library's search, {@code lede search}, the API, the explore page's table and its
   * CSV download agree, every row; at most {@code cliSearches} periods are also counted with {@code lede search}.
   */
  private void agree(Path data, List<String> queries, List<String> collections, LocalDate since, LocalDate until,
      String interval, int cliSearches) {
    List<String> args = new ArrayList<>(List.of("attention", "--data", data.toString(), "--since", since.toString(),
        "--until", until.toString(), "--interval", interval, "--csv"));
    for (String c : collections) args.addAll(List.of("--collection", c));
    args.addAll(queries);
    Cli.Run attention = Cli.run(args.toArray(String[]::new));
    assertThat(attention.exit()).as(attention.err()).isZero();
    List<List<String>> csv = CsvReader.parse(attention.out());
    assertThat(csv.getFirst()).containsExactly("query", "period", "count", "share", "stories");
    List<Row> rows = csv.subList(1, csv.size()).stream()
        .map(r -> new Row(r.get(0), r.get(1), Long.parseLong(r.get(2)), Double.parseDouble(r.get(3)),
            Long.parseLong(r.get(4)))).toList();
    int lines = queries.size() * Math.max(1, collections.size());
    assertThat(rows.size() % lines).isZero();
    int periods = rows.size() / lines;
    assertThat(periods).isPositive();

    List<Bounds> bounds = new ArrayList<>();
    try (Library library = Library.open(data)) {
      // every row against the library's search, and the periods' bounds for the checks below
      for (int line = 0; line < lines; line++) {
        String text = searchText(queries, collections, line);
        for (int p = 0; p < periods; p++) {
          Row row = rows.get(line * periods + p);
          Bounds b = bounds(row.period(), interval, since, until);
          if (line == 0) bounds.add(b);
          var found = library.search(SearchRequest.of(text).withSince(b.from().atStartOfDay(ZoneOffset.UTC).toInstant())
              .withUntil(b.until().atStartOfDay(ZoneOffset.UTC).toInstant()).withLimit(1000));
          assertThat(row.count()).as("%s in %s (%s)", row.query(), row.period(), interval).isEqualTo(found.totalHits());
          // what the store says: the distinct stories of the articles found
          assertThat(found.totalHits()).isLessThanOrEqualTo(1000);
          java.util.Set<Long> stories = new java.util.HashSet<>();
          for (var hit : found.hits()) library.stories().storyOf(hit.id()).ifPresent(x -> stories.add(x.id()));
          assertThat(row.stories()).as("stories of %s in %s (%s)", row.query(), row.period(), interval)
              .isEqualTo(stories.size());
        }
      }
      try (WebServer web = WebServer.start(library, new WebConfig("127.0.0.1", 0, Clock.systemUTC()))) {
        Http http = new Http(web.url());
        StringBuilder params = new StringBuilder("since=" + since + "&until=" + until + "&interval=" + interval);
        for (String q : queries) params.append("&q=").append(SearchForm.encode(q.isEmpty() ? "*:*" : q));
        for (String c : collections) params.append("&c=").append(SearchForm.encode(c));
        HttpResponse<String> api = http.get("/api/v1/attention?" + params);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        JsonNode series = json(api.body()).path("series");
        assertThat(series.size()).isEqualTo(lines);
        for (int line = 0; line < lines; line++) {
          JsonNode points = series.get(line).path("points");
          assertThat(points.size()).isEqualTo(periods);
          for (int p = 0; p < periods; p++) {
            Row row = rows.get(line * periods + p);
            assertThat(points.get(p).path("period").asText()).isEqualTo(row.period());
            assertThat(points.get(p).path("count").asLong()).as("API %s %s", row.query(), row.period()).isEqualTo(row.count());
            assertThat(points.get(p).path("share").asDouble()).isCloseTo(row.share(), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(points.get(p).path("stories").asLong()).as("API stories %s %s", row.query(), row.period())
                .isEqualTo(row.stories());
          }
        }
        HttpResponse<String> download = http.get("/explore.csv?" + params);
        assertThat(download.statusCode()).isEqualTo(200);
        List<List<String>> downloaded = CsvReader.parse(download.body());
        assertThat(downloaded.size()).isEqualTo(csv.size());
        for (int i = 1; i < csv.size(); i++) {
          assertThat(downloaded.get(i).subList(1, 5)).as("download row %d", i).isEqualTo(csv.get(i).subList(1, 5));
        }
        HttpResponse<String> page = http.get("/explore?" + params);
        assertThat(page.statusCode()).isEqualTo(200);
        List<Long> cells = tableCounts(page.body(), CELL);
        List<Long> storyCells = tableCounts(page.body(), STORY_CELL);
        assertThat(cells).hasSize(rows.size());
        assertThat(storyCells).hasSize(rows.size());
        for (int p = 0; p < periods; p++) {
          for (int line = 0; line < lines; line++) {
            assertThat(cells.get(p * lines + line)).as("explore table %s", rows.get(line * periods + p))
                .isEqualTo(rows.get(line * periods + p).count());
            assertThat(storyCells.get(p * lines + line)).as("explore table stories %s", rows.get(line * periods + p))
                .isEqualTo(rows.get(line * periods + p).stories());
          }
        }
        HttpResponse<String> storiesChart = http.get("/explore?" + params + "&measure=stories");
        assertThat(storiesChart.statusCode()).isEqualTo(200);
        assertThat(storiesChart.body()).contains("Stories per " + interval);
      }
    }
    // lede search itself, for the periods where something happened and a few where nothing did
    int checked = 0;
    for (int line = 0; line < lines && checked < cliSearches; line++) {
      String text = searchText(queries, collections, line);
      int zeros = 0;
      for (int p = 0; p < periods && checked < cliSearches; p++) {
        Row row = rows.get(line * periods + p);
        if (row.count() == 0 && zeros++ >= 2) continue;
        Bounds b = bounds.get(p);
        Cli.Run search = Cli.run("search", "--data", data.toString(), "--json", "--limit", "1", "--since", b.from().toString(),
            "--until", b.until().toString(), text);
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(json(search.out()).path("totalHits").asLong()).as("lede search %s %s", text, row.period())
            .isEqualTo(row.count());
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  private static String searchText(List<String> queries, List<String> collections, int line) {
    if (collections.isEmpty()) return queries.get(line);
    String q = queries.get(line / collections.size());
    String c = "collection:\"" + collections.get(line % collections.size()) + "\"";
    return q.isEmpty() ? c : "(" + q + ") AND (" + c + ")";
  }

  record Bounds(LocalDate from, LocalDate until) {}

  /** The days a period's row covers, cut to the span: what a search for that period asks for. */
  private static Bounds bounds(String label, String interval, LocalDate since, LocalDate until) {
    LocalDate start = interval.equals("month") ? LocalDate.parse(label + "-01") : LocalDate.parse(label);
    LocalDate end = switch (interval) {
      case "day" -> start.plusDays(1);
      case "week" -> start.plusWeeks(1);
      default -> start.plusMonths(1);
    };
    return new Bounds(start.isBefore(since) ? since : start, end.isAfter(until) ? until : end);
  }

  private static final Pattern CELL = Pattern.compile("<td><a href=\"[^\"]*\">(\\d+)</a>");
  private static final Pattern STORY_CELL = Pattern.compile("<span class=\"stories\" title=\"stories\">(\\d+) ");

  private static List<Long> tableCounts(String html, Pattern cell) {
    List<Long> out = new ArrayList<>();
    Matcher m = cell.matcher(html);
    while (m.find()) out.add(Long.parseLong(m.group(1)));
    return out;
  }

  private static JsonNode json(String text) {
    try {
      return ArticleJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document raw(String name) {
    return new Document(name + ".txt", name.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_DUMP, null, null, null);
  }

  /** River-town news written for this test, across three sites and days either side of week and month boundaries. */
  static List<Article> riverNews() {
    String[][] stories = {
        {"Valley Courier", "2024-02-26T00:00:00Z", "River rises at the weir", "The river rose at the weir overnight and the flood gates were closed."},
        {"Valley Courier", "2024-02-29T23:59:00Z", "Leap day flood warning", "A flood warning was issued for the lower town on leap day."},
        {"Coastal Ledger", "2024-03-01T00:00:00Z", "Flood defences hold", "The new flood defences held as the tide turned on Friday."},
        {"Coastal Ledger", "2024-03-03T12:00:00Z", "Ferries resume after storm", "Ferries resumed on Sunday after the storm passed the harbour."},
        {"Hill Gazette", "2024-03-04T08:00:00Z", "Flood insurance claims double", "Insurers said flood claims had doubled since the river burst its banks."},
        {"Hill Gazette", "2024-03-04T18:30:00Z", "Reservoir levels fall in drought", "The drought has left the hill reservoir at half its usual level."},
        {"Valley Courier", "2024-03-10T09:00:00Z", "Farmers fear drought", "Farmers in the valley fear a second summer of drought and a hosepipe ban."},
        {"Coastal Ledger", "2024-03-11T07:15:00Z", "Council debates flood budget", "The council debated the flood budget and the harbour wall."},
        {"Hill Gazette", "2024-03-31T23:00:00Z", "Last flood of March", "The month ended with a small flood on the hill road."},
        {"Valley Courier", "2024-04-01T06:00:00Z", "April begins dry", "April began dry, and the drought committee met at noon."},
        {"Coastal Ledger", "2024-04-15T10:00:00Z", "Harbour wall repaired", "Masons repaired the harbour wall before the spring tides."},
    };
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < stories.length; i++) {
      String[] s = stories[i];
      out.add(Article.builder().canonicalUrl("https://river.test/" + i).site(s[0]).headline(s[2])
          .published(new StatedTime(java.time.Instant.parse(s[1]), StatedTime.Precision.MINUTE, s[1])).addParagraph(s[3]).build());
    }
    out.add(Article.builder().canonicalUrl("https://river.test/undated").site("Valley Courier")
        .headline("Undated flood note").addParagraph("A flood note without a date.").build());
    return out;
  }
}
