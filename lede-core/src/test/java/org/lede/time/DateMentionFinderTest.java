package org.lede.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.StatedTime.Precision;

class DateMentionFinderTest {
  private final DateMentionFinder finder = new DateMentionFinder();

  private DateMention only(String text, LocalDate ref) {
    List<DateMention> found = finder.find(text, ref);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void year_less_day_takes_the_year_nearest_the_article() {
    DateMention past = only("Since the Feb. 24 invasion, the embassy has heard from volunteers.", LocalDate.of(2022, 3, 10));
    assertThat(past.text()).isEqualTo("Feb. 24");
    assertThat(past.date()).isEqualTo(LocalDate.of(2022, 2, 24));

    DateMention ahead = only("He invited her to visit on March 19.", LocalDate.of(2026, 2, 5));
    assertThat(ahead.date()).isEqualTo(LocalDate.of(2026, 3, 19));
    assertThat(ahead.relative()).isTrue();

    DateMention acrossNewYear = only("The talks began on Dec. 28.", LocalDate.of(2026, 1, 3));
    assertThat(acrossNewYear.date()).isEqualTo(LocalDate.of(2025, 12, 28));
  }

  @Test
  void offsets_point_at_the_words_as_written() {
    String text = "The vote on Sunday follows a campaign that began in October.";
    List<DateMention> found = finder.find(text, LocalDate.of(2026, 2, 5));
    assertThat(found).extracting(DateMention::text).containsExactly("Sunday", "October");
    for (DateMention d : found) assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
  }

  @Test
  void weekdays_and_relative_units_count_from_the_article_date() {
    LocalDate thursday = LocalDate.of(2026, 2, 5);
    assertThat(only("Trump posted on Thursday.", thursday).date()).isEqualTo(thursday);
    assertThat(only("She spoke last Monday.", thursday).date()).isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(only("He will host her next month.", thursday))
        .extracting(DateMention::date, DateMention::precision).containsExactly(LocalDate.of(2026, 3, 1), Precision.MONTH);
    assertThat(only("Milei won last year.", thursday).date()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(only("It happened yesterday.", thursday).date()).isEqualTo(LocalDate.of(2026, 2, 4));
    assertThat(only("It closed two weeks ago.", thursday).date()).isEqualTo(LocalDate.of(2026, 1, 22));
  }

  @Test
  void full_dates_and_years_need_no_article_date() {
    assertThat(only("Signed on 10 March 2022 in Kyiv.", null).date()).isEqualTo(LocalDate.of(2022, 3, 10));
    assertThat(only("The law has stood since 1994.", null))
        .extracting(DateMention::date, DateMention::precision).containsExactly(LocalDate.of(1994, 1, 1), Precision.YEAR);
  }

  @Test
  void numbers_that_are_not_dates_are_left_alone() {
    assertThat(finder.find("About 2025 people signed, 30 percent more than in 2019-20.", LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(finder.find("at least 6,000 people", LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void relative_dates_without_an_article_date_stay_unresolved() {
    DateMention d = only("The minister resigned on Tuesday.", null);
    assertThat(d.date()).isNull();
    assertThat(d.relative()).isTrue();
  }
}
