package org.lede.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Dates a page shows that are not when it was published, and how the page's own date is told from them. */
class NotThePagesDateTest {
  private static final Instant REFERENCE = Instant.parse("2022-06-01T00:00:00Z");

  private static LocalDate day(String html, String url) {
    PageDates.Found f = PageDates.find(Jsoup.parse(html), url, REFERENCE);
    return f.published() == null ? null : NewsTimes.statedDay(f.published(), REFERENCE, ZoneOffset.UTC);
  }

  private static LocalDate day(String html) {
    return day(html, "https://news.example/story");
  }

  @Test
  void a_date_in_a_sentence_of_the_story_is_not_the_pages_date() {
    assertThat(day("""
        <main><h1>Stammtisch</h1><p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im
        Gasthaus am Markt statt.</p><p>Auch im Tal wurden steile Hänge befahren (Foto: R. Muster, 15.01.2022).</p>
        </main>""")).isNull();
  }

  @Test
  void a_dateline_opening_a_long_paragraph_is_the_pages_date() {
    assertThat(day("<main><h1>Gedenken</h1><p>27.1.2022 - Bei der Erinnerung an die Opfer des Regimes "
        + "stehen in diesem Jahr Frauen im Mittelpunkt. ".repeat(6) + "</p></main>"))
        .isEqualTo(LocalDate.of(2022, 1, 27));
  }

  @Test
  void a_revision_written_in_the_text_yields_to_the_date_line() {
    assertThat(day("""
        <main><h1>Deux ans</h1><p><i>Article mis à jour le 7 janvier 2021.</i></p>
        <p>Par Anne Martin | 30 septembre 2018</p><p>Le texte.</p></main>"""))
        .isEqualTo(LocalDate.of(2018, 9, 30));
  }

  @Test
  void the_end_of_a_date_range_is_not_the_pages_date() {
    assertThat(day("<main><h1>Bericht</h1><p>Wochenbericht 14. - 20. Januar 2022</p></main>")).isNull();
  }

  @Test
  void a_date_classed_notice_of_a_span_of_days_dates_the_event_not_the_page() {
    assertThat(day("""
        <main><h1>Reisehinweise</h1><div class="info"><h2>Die Passstraße wird vom 24. April bis 2. Oktober 2017
        gesperrt.</h2></div><p>Umleitungen sind ausgeschildert.</p></main>""")).isNull();
  }

  @Test
  void a_shown_date_beats_the_age_of_its_revision_in_the_same_line() {
    // The page's metadata says the next day in UTC; the date line readers see, revision age and all, is the day.
    assertThat(day("""
        <html><head><meta property="og:article:published_time" content="2022-01-20T03:49:32+0000"></head>
        <body><main><div class="story-date">January 19, 2022 / 10:25 PM / Updated 8 hours ago</div>
        <h1>Harbour reopens</h1><p>The harbour reopened.</p></main></body></html>"""))
        .isEqualTo(LocalDate.of(2022, 1, 19));
  }

  @Test
  void a_date_line_outside_the_month_the_url_files_the_page_under_is_another_articles() {
    assertThat(day("""
        <main><h1>Der Multiplikator</h1><p>Siehe auch: Die Zinsfrage, 15.10.2014</p><p>21.01.2015</p>
        <p>Der Text.</p></main>""", "https://econ.example/artikel/2015/01/der-multiplikator/"))
        .isEqualTo(LocalDate.of(2015, 1, 21));
  }

  @Test
  void a_day_first_date_in_the_urls_slug_is_the_publication_day() {
    assertThat(day("<p>Nothing here.</p>", "https://sport.example/newsroom/23-01-2022-a-late-win/17-378.html"))
        .isEqualTo(LocalDate.of(2022, 1, 23));
  }

  @Test
  void the_text_of_a_time_element_wins_over_its_datetime_for_another_day() {
    assertThat(day("""
        <article><h1>Grenades</h1><time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>
        <p>Le texte.</p></article>""")).isEqualTo(LocalDate.of(2019, 6, 29));
  }

  @Test
  void a_dublin_core_date_yields_to_the_date_the_page_shows() {
    assertThat(day("""
        <head><meta name="date" content="2020-02-12"></head>
        <body><article><h1>Lieferketten</h1><span class="date">05.02.2020</span><p>Text.</p></article></body>"""))
        .isEqualTo(LocalDate.of(2020, 2, 5));
    assertThat(day("""
        <head><meta name="DC.date" content="2021-10-15"></head>
        <body><main><h1>Gewählt</h1><p>13.10.2021</p><p>Der Text der Meldung.</p></main></body>"""))
        .isEqualTo(LocalDate.of(2021, 10, 13));
  }

  @Test
  void the_date_line_settles_metadata_that_names_two_publication_days() {
    assertThat(day("""
        <head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-11-06T18:19+01:00"}
        </script><meta property="article:published_time" content="2021-11-07T07:30+01:00"></head>
        <body><main><h1>Recherche</h1><p>07.11.2021, 07:30 Uhr</p><p>Der Text.</p></main></body>"""))
        .isEqualTo(LocalDate.of(2021, 11, 7));
    assertThat(day("""
        <head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2015-01-16T14:53:35+01:00"}
        </script><meta property="article:published_time" content="2017-12-01T12:01:11+01:00"></head>
        <body><article><h1>Tipps</h1><time datetime="2017-12-01T12:01:11+01:00" pubdate>01. Dez. 2017</time>
        <p>Der Text.</p></article></body>""")).isEqualTo(LocalDate.of(2017, 12, 1));
  }

  @Test
  void dates_of_other_articles_shown_outside_the_pages_own_are_not_taken() {
    assertThat(day("""
        <body><div class="sidebar"><span class="date">09/09/2019</span><span class="date">20/06/2019</span></div>
        <div><h1>Guinée</h1><p>Le texte.</p></div></body>""")).isNull();
    assertThat(day("""
        <body><div class="teaser"><span class="date">08/08/2017</span></div>
        <div class="sidebar"><span class="date">08/08/2017</span></div><div><h1>Fall</h1><p>Text.</p></div></body>"""))
        .isEqualTo(LocalDate.of(2017, 8, 8));
  }

  @Test
  void the_mastheads_date_of_today_is_not_the_articles() {
    assertThat(day("""
        <body><header><span class="date">Mittwoch, 01. November 2021</span><nav><a href="/">Start</a></nav></header>
        <div><h1>Kolumne</h1><p>31. Oktober 2021</p><p>Der Text.</p></div></body>"""))
        .isEqualTo(LocalDate.of(2021, 10, 31));
  }

  @Test
  void times_in_a_list_of_linked_items_are_not_the_pages() {
    String item = "<li><a href=\"/user/%d\">Reader %d</a><time datetime=\"2020-01-14T13:47:02+01:00\">14. 01. 2020</time>"
        + "<p>A comment.</p></li>";
    assertThat(day("""
        <head><meta property="article:published_time" content="2020-01-13T18:54:00+01:00">
        <meta property="article:modified_time" content="2020-01-14T09:13:22+01:00"></head>
        <body><div><h1>Siemens</h1><p>Der Text.</p></div><ul class="sect_commentlinks">%s%s%s</ul></body>"""
        .formatted(item.formatted(1, 1), item.formatted(2, 2), item.formatted(3, 3))))
        .isEqualTo(LocalDate.of(2020, 1, 13));
  }
}
