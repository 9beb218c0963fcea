package org.lede.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lede.article.StatedTime.Precision;

class PageDatesTest {
  private static final Instant REFERENCE = Instant.parse("2022-06-01T00:00:00Z");

  private static PageDates.Found find(String html, String url) {
    return PageDates.find(Jsoup.parse(html), url, REFERENCE);
  }

  private static PageDates.Found find(String html) {
    return find(html, "https://news.example/story");
  }

  @Test
  void json_ld_date_published_is_the_publication_date_and_date_modified_the_update() {
    PageDates.Found f = find("""
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"A story",
        "datePublished":"2022-03-10T17:41:00+01:00","dateModified":"2022-03-11T08:00:00Z"}</script>""");
    assertThat(f.published().instant()).isEqualTo(Instant.parse("2022-03-10T16:41:00Z"));
    assertThat(f.published().precision()).isEqualTo(Precision.SECOND);
    assertThat(f.updated().instant()).isEqualTo(Instant.parse("2022-03-11T08:00:00Z"));
  }

  @Test
  void json_ld_inside_a_graph_prefers_the_article_over_the_web_page() {
    PageDates.Found f = find("""
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebPage","datePublished":"2020-01-01"},
        {"@type":"Article","datePublished":"2022-03-10"}]}</script>""");
    assertThat(f.published().instant()).isEqualTo(Instant.parse("2022-03-10T00:00:00Z"));
  }

  @Test
  void broken_json_ld_still_yields_its_dates() {
    PageDates.Found f = find("""
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-10T09:00:00Z",}</script>""");
    assertThat(f.published().instant()).isEqualTo(Instant.parse("2022-03-10T09:00:00Z"));
  }

  @Test
  void open_graph_meta_tags_give_publication_and_update() {
    PageDates.Found f = find("""
        <head><meta property="article:modified_time" content="2022-03-12T10:00:00Z">
        <meta property="article:published_time" content="2022-03-10T10:00:00Z"></head>""");
    assertThat(f.published().instant()).isEqualTo(Instant.parse("2022-03-10T10:00:00Z"));
    assertThat(f.updated().instant()).isEqualTo(Instant.parse("2022-03-12T10:00:00Z"));
  }

  @Test
  void a_sites_own_namespace_with_an_open_graph_name_is_read() {
    PageDates.Found f = find("<meta property=\"harbour_photos:uploaded\" content=\"2022-03-10T04:36:36-05:00\">"
        + "<meta property=\"harbour_photos:modified_time\" content=\"2022-03-12T08:00:00Z\">"
        + "<meta property=\"harbour_photos:category\" content=\"2022-01-01\">");
    assertThat(f.published().raw()).isEqualTo("2022-03-10T04:36:36-05:00");
    assertThat(f.updated().raw()).isEqualTo("2022-03-12T08:00:00Z");
  }

  @Test
  void other_meta_names_are_read_too() {
    assertThat(find("<meta name=\"DC.date.issued\" content=\"2022-03-10\">").published().raw()).isEqualTo("2022-03-10");
    assertThat(find("<meta name=\"sailthru.date\" content=\"2022-03-10 17:41:00\">").published().instant())
        .isEqualTo(Instant.parse("2022-03-10T17:41:00Z"));
    assertThat(find("<meta itemprop=\"datePublished\" content=\"2022-03-10\">").published()).isNotNull();
  }

  @Test
  void article_time_wins_over_a_sidebar_time() {
    PageDates.Found f = find("""
        <body><aside class="sidebar"><time datetime="2022-05-30">May 30</time></aside>
        <article><h1>Headline</h1><time datetime="2022-03-10T09:00:00+00:00" class="entry-date published">
        10 March 2022</time><p>Body.</p></article></body>""");
    assertThat(f.published().instant()).isEqualTo(Instant.parse("2022-03-10T09:00:00Z"));
  }

  @Test
  void dates_in_comments_are_not_the_pages_date() {
    PageDates.Found f = find("""
        <body><article><div class="byline">Von Anna Muster, 10. März 2022</div><p>Text.</p>
        <div class="comments"><span class="date">12. März 2022</span></div></article></body>""");
    assertThat(f.published().instant()).isEqualTo(Instant.parse("2022-03-10T00:00:00Z"));
  }

  @Test
  void a_full_date_in_the_url_is_the_publication_day() {
    PageDates.Found f = find("<p>Nothing here.</p>", "https://news.example/2019/03/10/a-story/");
    assertThat(f.published().instant()).isEqualTo(Instant.parse("2019-03-10T00:00:00Z"));
    assertThat(f.published().precision()).isEqualTo(Precision.DAY);
  }

  @Test
  void metadata_on_the_urls_day_refines_it_to_a_time() {
    PageDates.Found f = find("<meta property=\"article:published_time\" content=\"2019-03-10T08:30:00Z\">",
        "https://news.example/2019/03/10/a-story/");
    assertThat(f.published().instant()).isEqualTo(Instant.parse("2019-03-10T08:30:00Z"));
  }

  @Test
  void a_labelled_date_in_the_text_is_the_last_resort() {
    PageDates.Found f = find("<body><main><h1>Titel</h1><p>Veröffentlicht am 10. März 2022</p>"
        + "<p>Am 3. Mai 2021 begann alles.</p></main></body>");
    assertThat(f.published().instant()).isEqualTo(Instant.parse("2022-03-10T00:00:00Z"));
  }

  @Test
  void dates_after_the_reference_or_before_the_web_are_ignored() {
    assertThat(find("<meta property=\"article:published_time\" content=\"2030-01-01\">")).isEqualTo(PageDates.Found.NONE);
    assertThat(find("<meta property=\"article:published_time\" content=\"1980-01-01\">")).isEqualTo(PageDates.Found.NONE);
  }

  @Test
  void a_page_that_only_states_its_modification_was_published_then() {
    PageDates.Found f = find("<meta property=\"article:modified_time\" content=\"2022-03-12T10:00:00Z\">");
    assertThat(f.published().instant()).isEqualTo(Instant.parse("2022-03-12T10:00:00Z"));
  }

  @Test
  void the_visible_date_corrects_a_utc_instant_a_day_off() {
    PageDates.Found f = find("""
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-09T23:30:00Z"}</script>
        <article><span class="date">10.03.2022, 00:30 Uhr</span></article>""");
    assertThat(NewsTimes.statedDay(f.published(), REFERENCE, java.time.ZoneOffset.UTC))
        .isEqualTo(java.time.LocalDate.of(2022, 3, 10));
  }

  @Test
  void a_page_without_dates_has_none() {
    assertThat(find("<p>No dates at all, just 42 things.</p>", null)).isEqualTo(PageDates.Found.NONE);
  }
}
