package org.lede.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lede.fetch.FetchPolicy;
import org.lede.fetch.Fetcher;
import org.lede.fetch.LocalServer;
import org.lede.source.InputException;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HarvestTest {
  @TempDir Path tmp;
  private final LocalServer server = new LocalServer();
  private final Map<String, AtomicInteger> taken = new ConcurrentHashMap<>();
  private final List<InputException> problems = new ArrayList<>();
  private volatile int feedItems = 1000;

  @AfterEach
  void stop() {
    server.close();
  }

  static FetchPolicy loopback(Duration delay, int perHost) {
    return FetchPolicy.standard().withAllowPrivate(true).withPolitenessDelay(delay).withPerHostConcurrency(perHost)
        .withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(2))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));
  }

  private void serveFeedAndPages() {
    server.route("/feed.xml", ex -> {
      String etag = "\"items-" + feedItems + "\"";
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalServer.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", etag);
      LocalServer.send(ex, 200, "application/rss+xml; charset=utf-8", rss(feedItems).getBytes(StandardCharsets.UTF_8));
    });
    server.route("/a/", ex -> LocalServer.send(ex, 200, "text/html; charset=utf-8",
        page(ex.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8)));
  }

  private static String rss(int items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + "<link>http://127.0.0.1/</link><description>d</description>");
    for (int i = 0; i < items; i++) {
      b.append("<item><title>Story ").append(i).append("</title><link>/a/").append(i)
          .append("</link><pubDate>Tue, 03 Mar 2026 09:15:00 GMT</pubDate></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private static String page(String path) {
    return "<!doctype html><html><head><title>Story " + path + "</title></head><body><article><h1>Story " + path
        + "</h1><p>The council met on Tuesday to discuss the pier at " + path + ".</p></article></body></html>";
  }

  private Harvest.Report poll(FetchPolicy policy, List<Source> sources) throws Exception {
    try (Fetcher fetcher = Fetcher.create(policy); PollState state = PollState.open(tmp.resolve("sources.journal"))) {
      return new Harvest(fetcher, state, 8).poll(sources,
          page -> taken.computeIfAbsent(page.document().input(), k -> new AtomicInteger()).incrementAndGet(),
          problems::add);
    }
  }

  @Test
  void a_feed_of_1000_items_is_taken_once_and_the_next_poll_fetches_nothing() throws Exception {
    serveFeedAndPages();
    Duration delay = Duration.ofMillis(5);
    List<Source> feed = List.of(new Source(Source.Kind.FEED, server.uri("/feed.xml")));

    Harvest.Report first = poll(loopback(delay, 4), feed);

    assertThat(problems).isEmpty();
    assertThat(first).isEqualTo(new Harvest.Report(1, 0, 1000, 1000, 1000, 0, 0));
    assertThat(taken).hasSize(1000).allSatisfy((url, n) -> assertThat(n.get()).as(url).isEqualTo(1));
    List<Long> starts = server.requests("/a/").stream().map(LocalServer.Request::startNanos).sorted().toList();
    assertThat(starts).hasSize(1000);
    // Spacing: the span of 1000 starts must hold 999 delays, less one for the first and last arrivals' jitter.
    assertThat(Duration.ofNanos(starts.getLast() - starts.getFirst())).isGreaterThanOrEqualTo(delay.multipliedBy(998));
    assertThat(server.maxInFlight()).isLessThanOrEqualTo(4);
    long minGap = Long.MAX_VALUE;
    for (int i = 1; i < starts.size(); i++) minGap = Math.min(minGap, starts.get(i) - starts.get(i - 1));
    System.out.printf("1000-item feed: mean gap %.2f ms, min gap %.2f ms (delay %d ms), max in flight %d (limit 4)%n",
        (starts.getLast() - starts.getFirst()) / 999 / 1e6, minGap / 1e6, delay.toMillis(), server.maxInFlight());

    Harvest.Report second = poll(loopback(delay, 4), feed);

    assertThat(second).isEqualTo(new Harvest.Report(0, 1, 0, 0, 0, 0, 0));
    assertThat(server.requests("/a/")).hasSize(1000);
    assertThat(server.requests("/feed.xml").getLast().headers().getFirst("If-None-Match")).isEqualTo("\"items-1000\"");

    feedItems = 1001;
    Harvest.Report third = poll(loopback(delay, 4), feed);

    assertThat(third.fresh()).isEqualTo(1);
    assertThat(server.requests("/a/")).hasSize(1001);
    assertThat(taken).hasSize(1001).allSatisfy((url, n) -> assertThat(n.get()).isEqualTo(1));
  }

  @Test
  void a_page_that_fails_for_now_is_fetched_again_next_poll_and_a_404_is_not() throws Exception {
    AtomicInteger flaky = new AtomicInteger();
    server.page("/feed.xml", "application/rss+xml", """
        <rss version="2.0"><channel><title>t</title><link>http://127.0.0.1/</link><description>d</description>
        <item><title>ok</title><link>/ok</link></item>
        <item><title>flaky</title><link>/flaky</link></item>
        <item><title>gone</title><link>/gone</link></item>
        </channel></rss>""");
    server.route("/ok", ex -> LocalServer.send(ex, 200, "text/html", page("/ok").getBytes()));
    server.route("/flaky", ex -> {
      if (flaky.incrementAndGet() <= 2) LocalServer.send(ex, 503, "text/plain", "busy".getBytes());
      else LocalServer.send(ex, 200, "text/html", page("/flaky").getBytes());
    });
    server.route("/gone", ex -> LocalServer.send(ex, 404, "text/plain", "no".getBytes()));
    List<Source> feed = List.of(new Source(Source.Kind.FEED, server.uri("/feed.xml")));

    Harvest.Report first = poll(loopback(Duration.ZERO, 2), feed);
    assertThat(first.stored()).isEqualTo(1);
    assertThat(first.failed()).isEqualTo(2);
    assertThat(first.retryLater()).isEqualTo(1);
    assertThat(problems).extracting(InputException::getMessage).anySatisfy(m -> assertThat(m).contains("/gone: HTTP 404"))
        .anySatisfy(m -> assertThat(m).contains("/flaky: HTTP 503 after 1 retries; will retry on the next poll"));

    Harvest.Report second = poll(loopback(Duration.ZERO, 2), feed);
    assertThat(second.fresh()).isEqualTo(1);
    assertThat(second.stored()).isEqualTo(1);
    assertThat(server.requests("/gone")).hasSize(1);
    assertThat(server.requests("/ok")).hasSize(1);
  }

  @Test
  void a_sitemap_index_is_followed_into_gzipped_news_sitemaps_and_listing_dates_are_kept() throws Exception {
    server.page("/sitemap.xml", "application/xml", """
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>%s</loc></sitemap></sitemapindex>""".formatted(server.uri("/news.xml.gz")));
    String news = """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>%s</loc><news:news><news:publication><news:name>N</news:name><news:language>en</news:language>
            </news:publication><news:publication_date>2026-03-03T10:00:00Z</news:publication_date>
            <news:title>Pier vote</news:title></news:news></url></urlset>""".formatted(server.uri("/a/pier"));
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(news.getBytes(StandardCharsets.UTF_8));
    }
    server.page("/news.xml.gz", "application/gzip", zipped.toByteArray());
    server.route("/a/", ex -> LocalServer.send(ex, 200, "text/html", page("/a/pier").getBytes()));
    List<FetchedPage> got = new ArrayList<>();
    try (Fetcher fetcher = Fetcher.create(loopback(Duration.ZERO, 2));
        PollState state = PollState.open(tmp.resolve("s.journal"))) {
      Harvest.Report r = new Harvest(fetcher, state, 2).poll(
          List.of(new Source(Source.Kind.SITEMAP, server.uri("/sitemap.xml"))), got::add, problems::add);
      assertThat(r.listings()).isEqualTo(2);
    }
    assertThat(problems).isEmpty();
    assertThat(got).singleElement().satisfies(p -> {
      assertThat(p.listed().title()).isEqualTo("Pier vote");
      assertThat(p.listed().published()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
      assertThat(p.document().fetched()).isNotNull();
    });
  }

  @Test
  void a_page_whose_analysis_overflows_the_stack_or_heap_is_one_named_failure_and_the_poll_goes_on() throws Exception {
    feedItems = 30;
    serveFeedAndPages();
    List<Source> feed = List.of(new Source(Source.Kind.FEED, server.uri("/feed.xml")));
    Harvest.Report report;
    try (Fetcher fetcher = Fetcher.create(loopback(Duration.ZERO, 4));
         PollState state = PollState.open(tmp.resolve("sources.journal"))) {
      report = new Harvest(fetcher, state, 4).poll(feed, page -> {
        String input = page.document().input();
        if (input.endsWith("/a/7")) throw new StackOverflowError();
        if (input.endsWith("/a/8")) throw new OutOfMemoryError("Java heap space");
        taken.computeIfAbsent(input, k -> new AtomicInteger()).incrementAndGet();
      }, problems::add);
    }

    assertThat(taken).hasSize(28);
    assertThat(report.failed()).isEqualTo(2);
    assertThat(problems).extracting(InputException::getMessage).containsExactlyInAnyOrder(
        server.uri("/a/7") + ": too deeply nested to analyse (stack overflow); skipped",
        server.uri("/a/8") + ": too large to analyse in memory; skipped");
  }
}
