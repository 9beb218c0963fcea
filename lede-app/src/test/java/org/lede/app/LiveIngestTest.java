package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lede.library.Library;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LiveIngestTest {
  @TempDir Path tmp;

  @Test
  void a_feed_is_ingested_once_and_a_second_run_fetches_nothing_new() {
    try (NewsServer site = new NewsServer(5, 0)) {
      String data = tmp.resolve("data").toString();
      Cli.Run first = Cli.run("ingest", "-q", "--data", data, "--allow-private", "--delay", "5", "--feed", site.url("/rss.xml"));
      assertThat(first.err()).isEmpty();
      assertThat(first.exit()).isZero();
      assertThat(first.out()).contains("5 new articles").contains("5 pages listed, 5 new fetched");

      Cli.Run second = Cli.run("ingest", "-q", "--data", data, "--allow-private", "--delay", "5", "--feed", site.url("/rss.xml"));
      assertThat(second.exit()).isZero();
      assertThat(second.out()).contains("0 inputs").contains("1 not modified, 0 pages listed, 0 new fetched");
      assertThat(site.storyRequests()).isEqualTo(5);

      Cli.Run search = Cli.run("search", "--data", data, "harbourmaster OR \"board chair\"");
      assertThat(search.out()).contains("Harbour board session");
    }
  }

  @Test
  void a_page_url_is_fetched_and_stored_with_its_fetch_time() {
    try (NewsServer site = new NewsServer(1, 0)) {
      String data = tmp.resolve("data").toString();
      Cli.Run run = Cli.run("ingest", "-q", "--data", data, "--allow-private", site.url("/story/7"));
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("1 new articles");
      try (Library lib = Library.open(tmp.resolve("data"));
          var documents = lib.documents()) {
        assertThat(documents.toList()).singleElement().satisfies(d -> {
          assertThat(d.input()).isEqualTo(site.url("/story/7"));
          assertThat(d.fetched()).isNotNull();
          assertThat(d.declaredCharset()).isEqualToIgnoringCase("UTF-8");
        });
      }
    }
  }

  @Test
  void a_loopback_url_without_allow_private_is_refused_and_named() {
    try (NewsServer site = new NewsServer(1, 0)) {
      Cli.Run run = Cli.run("ingest", "-q", "--data", tmp.resolve("data").toString(), site.url("/story/1"));
      assertThat(run.exit()).isEqualTo(ExitCodes.SOME_FAILED);
      assertThat(run.err()).contains(site.url("/story/1") + ": refused: 127.0.0.1 is a private or local address")
          .contains("--allow-private");
      assertThat(site.storyRequests()).isZero();
    }
  }

  @Test
  void a_warc_file_is_ingested_record_by_record() throws Exception {
    Path warc = tmp.resolve("CC-NEWS-test.warc.gz");
    NewsWarc.write(warc, 20);
    String data = tmp.resolve("data").toString();
    Cli.Run run = Cli.run("ingest", "-q", "--data", data, warc.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("20 inputs").contains("20 new articles");
    assertThat(Cli.run("ingest", "-q", "--data", data, warc.toString()).out()).contains("20 inputs already stored");
  }

  @Test
  void ingest_with_nothing_to_ingest_is_a_usage_error() {
    assertThat(Cli.run("ingest", "--data", tmp.resolve("data").toString()).exit()).isEqualTo(ExitCodes.USAGE);
  }
}
