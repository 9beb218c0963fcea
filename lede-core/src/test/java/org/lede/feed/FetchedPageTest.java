package org.lede.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.source.Document;
import org.lede.source.MediaType;

class FetchedPageTest {
  private static final URI FEED = URI.create("https://news.example.org/rss.xml");
  private static final Instant LISTED = Instant.parse("2026-03-03T09:15:00Z");
  private final FetchedPage page = new FetchedPage(
      new Document("https://news.example.org/pier", "<p>x</p>".getBytes(StandardCharsets.UTF_8), MediaType.HTML, null,
          Instant.parse("2026-03-03T10:00:00Z"), null),
      new ListedPage(URI.create("https://news.example.org/pier"), "Pier vote", LISTED, null, List.of(), FEED));

  @Test
  void an_article_stating_no_date_or_url_takes_the_listing_date_and_the_fetched_url() {
    Article bare = Article.builder().id("a").input("https://news.example.org/pier").addParagraph("Text.").build();

    Article done = page.complete(List.of(bare)).getFirst();

    assertThat(done.published()).isEqualTo(new StatedTime(LISTED, StatedTime.Precision.SECOND, "listed in " + FEED));
    assertThat(done.url()).isEqualTo("https://news.example.org/pier");
  }

  @Test
  void what_the_page_states_wins_over_the_listing() {
    StatedTime own = new StatedTime(Instant.parse("2026-03-02T08:00:00Z"), StatedTime.Precision.MINUTE, "2 March 08:00");
    Article stated = Article.builder().id("a").input("i").url("https://news.example.org/canonical-pier")
        .published(own).addParagraph("Text.").build();

    assertThat(page.complete(List.of(stated)).getFirst()).isEqualTo(stated);
  }
}
