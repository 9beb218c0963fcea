package org.lede.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.lede.article.StatedTime;
import org.lede.article.StatedTime.Precision;

class NewsTimesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-15T12:00:00Z"), ZoneOffset.UTC);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static StatedTime parse(String raw) {
    return parse(raw, ZoneOffset.UTC);
  }

  private static StatedTime parse(String raw, ZoneId zone) {
    return NewsTimes.parse(raw, CLOCK.instant(), zone).orElseThrow(() -> new AssertionError("no time in " + raw));
  }

  private static void assertTime(String raw, String instant, Precision precision) {
    StatedTime t = parse(raw);
    assertThat(t.instant()).as(raw).isEqualTo(Instant.parse(instant));
    assertThat(t.precision()).as(raw).isEqualTo(precision);
    assertThat(t.raw()).isEqualTo(raw);
  }

  @Test
  void day_first_english_date_is_the_start_of_that_day() {
    assertTime("10 March 2022", "2022-03-10T00:00:00Z", Precision.DAY);
  }

  @Test
  void day_precision_dates_start_in_the_given_zone() {
    assertThat(parse("10 March 2022", BERLIN).instant()).isEqualTo(Instant.parse("2022-03-09T23:00:00Z"));
  }

  @Test
  void month_first_english_date_is_read() {
    assertTime("March 10, 2022", "2022-03-10T00:00:00Z", Precision.DAY);
    assertTime("Thursday, March 10th, 2022", "2022-03-10T00:00:00Z", Precision.DAY);
  }

  @Test
  void eastern_time_applies_daylight_saving_of_that_date() {
    assertTime("March 10, 2022 5:41 PM ET", "2022-03-10T22:41:00Z", Precision.MINUTE);
    assertTime("March 14, 2022 5:41 PM ET", "2022-03-14T21:41:00Z", Precision.MINUTE);
  }

  @Test
  void abbreviated_month_with_gmt_time_is_read() {
    assertTime("Mar. 10, 2022, 17:41 GMT", "2022-03-10T17:41:00Z", Precision.MINUTE);
  }

  @Test
  void updated_label_is_stripped_and_offset_kept() {
    assertTime("Updated: 2022-03-10T17:41:00+03:00", "2022-03-10T14:41:00Z", Precision.SECOND);
    assertTime("Last updated: March 10, 2022", "2022-03-10T00:00:00Z", Precision.DAY);
    assertTime("Published 10 March 2022", "2022-03-10T00:00:00Z", Precision.DAY);
    assertTime("Posted on March 10, 2022 at 9:05 am", "2022-03-10T09:05:00Z", Precision.MINUTE);
  }

  @Test
  void iso_dates_and_instants_are_read() {
    assertTime("2022-03-10", "2022-03-10T00:00:00Z", Precision.DAY);
    assertTime("2022-03-10T17:41:00Z", "2022-03-10T17:41:00Z", Precision.SECOND);
    assertTime("2022-03-10T17:41:00.000Z", "2022-03-10T17:41:00Z", Precision.SECOND);
    assertTime("2022-03-10T17:41:00-0500", "2022-03-10T22:41:00Z", Precision.SECOND);
    assertTime("2022-03-10 17:41", "2022-03-10T17:41:00Z", Precision.MINUTE);
  }

  @Test
  void zone_less_time_is_in_the_given_zone() {
    assertThat(parse("2022-03-10 17:41", BERLIN).instant()).isEqualTo(Instant.parse("2022-03-10T16:41:00Z"));
  }

  @Test
  void dotted_numeric_dates_are_day_first() {
    assertTime("10.03.2022", "2022-03-10T00:00:00Z", Precision.DAY);
    assertTime("10.03.22, 17:41 Uhr", "2022-03-10T17:41:00Z", Precision.MINUTE);
  }

  @Test
  void slashed_numeric_dates_are_read_only_when_unambiguous() {
    assertTime("25/03/2022", "2022-03-25T00:00:00Z", Precision.DAY);
    assertTime("03/25/2022", "2022-03-25T00:00:00Z", Precision.DAY);
    assertTime("2022/03/10", "2022-03-10T00:00:00Z", Precision.DAY);
    assertThat(NewsTimes.parse("10/03/2022", CLOCK.instant(), ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void date_without_year_takes_the_latest_year_not_after_the_reference() {
    assertTime("Feb. 24", "2022-02-24T00:00:00Z", Precision.DAY);
    assertTime("March 17", "2022-03-17T00:00:00Z", Precision.DAY);
    assertTime("March 19", "2021-03-19T00:00:00Z", Precision.DAY);
    assertTime("5. Dezember", "2021-12-05T00:00:00Z", Precision.DAY);
  }

  @Test
  void german_french_and_spanish_month_names_are_read() {
    assertTime("10. März 2022", "2022-03-10T00:00:00Z", Precision.DAY);
    assertTime("Stand: 10. Maerz 2022, 17:41 Uhr", "2022-03-10T17:41:00Z", Precision.MINUTE);
    assertTime("1er mars 2022 à 17h41", "2022-03-01T17:41:00Z", Precision.MINUTE);
    assertTime("10 de marzo de 2022", "2022-03-10T00:00:00Z", Precision.DAY);
    assertTime("10. Okt. 2021", "2021-10-10T00:00:00Z", Precision.DAY);
  }

  @Test
  void zone_abbreviations_move_the_instant() {
    assertTime("March 10, 2022 17:41 CET", "2022-03-10T16:41:00Z", Precision.MINUTE);
    assertTime("March 10, 2022 17:41 CEST", "2022-03-10T15:41:00Z", Precision.MINUTE);
    assertTime("March 10, 2022 17:41 JST", "2022-03-10T08:41:00Z", Precision.MINUTE);
    assertTime("March 10, 2022 9:41 a.m. PT", "2022-03-10T17:41:00Z", Precision.MINUTE);
    assertTime("March 10, 2022 9:41 a.m. EST", "2022-03-10T14:41:00Z", Precision.MINUTE);
    assertTime("March 10, 2022 9:41 a.m. EDT", "2022-03-10T13:41:00Z", Precision.MINUTE);
    assertTime("March 10, 2022 11:41 AM CT", "2022-03-10T17:41:00Z", Precision.MINUTE);
    assertTime("10 March 2022 17:41 BST", "2022-03-10T16:41:00Z", Precision.MINUTE);
    assertTime("10 March 2022 17:41 UTC", "2022-03-10T17:41:00Z", Precision.MINUTE);
    assertTime("10 March 2022, 17:41 (GMT+2)", "2022-03-10T15:41:00Z", Precision.MINUTE);
  }

  @Test
  void hour_with_meridiem_has_hour_precision() {
    assertTime("March 10, 2022 5 p.m. ET", "2022-03-10T22:00:00Z", Precision.HOUR);
    assertTime("March 10, 2022 12:15 AM", "2022-03-10T00:15:00Z", Precision.MINUTE);
  }

  @Test
  void a_full_date_beats_the_age_of_a_revision_written_after_it() {
    assertTime("March 10, 2022 / 12:15 AM / Updated 8 hours ago", "2022-03-10T00:15:00Z", Precision.MINUTE);
  }

  @Test
  void seconds_ago_resolve_against_the_reference_to_the_second() {
    assertTime("Updated 5 sec ago", "2022-03-15T11:59:55Z", Precision.SECOND);
  }

  @Test
  void minutes_and_hours_ago_resolve_against_the_reference() {
    assertTime("2 mins ago", "2022-03-15T11:58:00Z", Precision.MINUTE);
    assertTime("a minute ago", "2022-03-15T11:59:00Z", Precision.MINUTE);
    assertTime("3 hours ago", "2022-03-15T09:00:00Z", Precision.HOUR);
    assertTime("1h ago", "2022-03-15T11:00:00Z", Precision.HOUR);
    assertTime("vor 3 Stunden", "2022-03-15T09:00:00Z", Precision.HOUR);
    assertTime("il y a 10 minutes", "2022-03-15T11:50:00Z", Precision.MINUTE);
    assertTime("hace 2 horas", "2022-03-15T10:00:00Z", Precision.HOUR);
  }

  @Test
  void days_ago_resolve_to_the_start_of_that_day() {
    assertTime("yesterday", "2022-03-14T00:00:00Z", Precision.DAY);
    assertTime("today", "2022-03-15T00:00:00Z", Precision.DAY);
    assertTime("2 days ago", "2022-03-13T00:00:00Z", Precision.DAY);
    assertTime("last week", "2022-03-08T00:00:00Z", Precision.DAY);
    assertTime("gestern", "2022-03-14T00:00:00Z", Precision.DAY);
    assertTime("vor 2 Tagen", "2022-03-13T00:00:00Z", Precision.DAY);
  }

  @Test
  void yesterday_with_a_clock_time_keeps_the_time() {
    assertTime("Yesterday at 5:41 PM", "2022-03-14T17:41:00Z", Precision.MINUTE);
  }

  @Test
  void relative_days_use_the_readers_zone() {
    Instant lateEvening = Instant.parse("2022-03-15T23:30:00Z");
    StatedTime t = NewsTimes.parse("yesterday", lateEvening, BERLIN).orElseThrow();
    assertThat(t.instant()).isEqualTo(Instant.parse("2022-03-14T23:00:00Z"));
  }

  @Test
  void months_and_years_have_their_own_precision() {
    assertTime("March 2022", "2022-03-01T00:00:00Z", Precision.MONTH);
    assertTime("2021", "2021-01-01T00:00:00Z", Precision.YEAR);
    assertTime("2 months ago", "2022-01-01T00:00:00Z", Precision.MONTH);
  }

  @Test
  void text_without_a_time_gives_nothing() {
    assertThat(NewsTimes.parse("Read more", CLOCK.instant(), ZoneOffset.UTC)).isEmpty();
    assertThat(NewsTimes.parse("", CLOCK.instant(), ZoneOffset.UTC)).isEmpty();
    assertThat(NewsTimes.parse(null, CLOCK.instant(), ZoneOffset.UTC)).isEmpty();
    assertThat(NewsTimes.parse("2022-13-45", CLOCK.instant(), ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void raw_is_kept_as_written() {
    assertThat(parse("  Updated 5 sec ago").raw()).isEqualTo("  Updated 5 sec ago");
  }

  @Test
  void month_names_are_found_in_any_case_and_after_a_day_suffix_without_a_space() {
    assertTime("10. MÄRZ 2022", "2022-03-10T00:00:00Z", Precision.DAY);
    assertTime("10thMarch 2022", "2022-03-10T00:00:00Z", Precision.DAY);
    assertTime("1ºenero de 2022", "2022-01-01T00:00:00Z", Precision.DAY);
    assertTime("1ermars 2022", "2022-03-01T00:00:00Z", Precision.DAY);
  }

  @Test
  void relative_times_are_read_in_any_case_and_next_to_punctuation() {
    assertTime("3 HOURS AGO", "2022-03-15T09:00:00Z", Precision.HOUR);
    assertTime("(Vor 3 Stunden)", "2022-03-15T09:00:00Z", Precision.HOUR);
    assertTime("AUJOURD'HUI", "2022-03-15T00:00:00Z", Precision.DAY);
    assertTime("Just now", "2022-03-15T12:00:00Z", Precision.MINUTE);
  }

  @Test
  void texts_with_digits_but_no_date_state_no_time() {
    assertThat(NewsTimes.parse("1,234 views · 56 comments", CLOCK.instant(), ZoneOffset.UTC)).isEmpty();
    assertThat(NewsTimes.parse("Marching band, 12 members", CLOCK.instant(), ZoneOffset.UTC)).isEmpty();
  }
}
