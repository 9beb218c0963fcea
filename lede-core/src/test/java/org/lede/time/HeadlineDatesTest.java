package org.lede.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The date line printed under the headline, when the box around it carries a name of other pages' dates. */
class HeadlineDatesTest {
  private static final Instant REFERENCE = Instant.parse("2022-06-01T00:00:00Z");
  private static final String STORY = "<p>" + "The ferry to the island will run twice a day from May, the harbour"
      + " board said on Tuesday, after a winter of cancelled crossings. ".repeat(3) + "</p>";

  private static LocalDate day(String html) {
    PageDates.Found f = PageDates.find(Jsoup.parse(html), "https://news.example/ferry", REFERENCE);
    return f.published() == null ? null : NewsTimes.statedDay(f.published(), REFERENCE, ZoneOffset.UTC);
  }

  @Test
  void a_date_under_the_headline_in_a_box_named_teaser_is_the_pages_date() {
    assertThat(day("<html><head><title>Ferry to run twice a day - Harbour Times</title></head><body>"
        + "<h1>Harbour Times</h1><div class=\"beitrag\"><h2>Ferry to run twice a day</h2>"
        + "<div class=\"teaser_text_meta\"><a href=\"/author/rm\">Ruth Muster</a> / 07.11.2021 / 09:30 /</div>"
        + STORY + "</div></body></html>")).isEqualTo(LocalDate.of(2021, 11, 7));
  }

  @Test
  void a_paragraph_opening_with_its_date_under_the_headline_gives_the_pages_date() {
    assertThat(day("<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1>"
        + "<p><strong>01.02.2022 \u201EThe ferry to the island will run twice a day from May,\u201C the harbour board"
        + " said on Tuesday after a winter of cancelled crossings and a long argument about the cost of the new"
        + " boats, which the region pays for.</strong></p></body></html>")).isEqualTo(LocalDate.of(2022, 2, 1));
  }

  @Test
  void a_date_written_after_the_story_has_begun_is_not_read_as_the_pages_date() {
    assertThat(day("<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1>" + STORY
        + "<div class=\"related-teaser\">Older: the pier vote / 03.04.2020</div></body></html>")).isNull();
  }

  @Test
  void a_linked_h3_that_the_title_repeats_is_the_headline_the_date_line_sits_under() {
    assertThat(day("<html><head><title>Ferry to run twice a day ‹ Harbour Times</title></head><body>"
        + "<div class=\"logo\">The Blog</div><div class=\"sidebar_content\"><div class=\"post_header\"><h3><a href=\"/ferry\">"
        + "Ferry to run twice a day</a></h3></div><div class=\"post_detail\">  27 Sep 2021</div>" + STORY
        + "</div></body></html>")).isEqualTo(LocalDate.of(2021, 9, 27));
  }
}
