package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionChartTest {
  @Test
  void mentions_within_two_months_get_a_bar_a_day_with_empty_days_as_zero_bars() {
    MentionChart c = MentionChart.of(List.of(
        new MentionChart.Point(Instant.parse("2026-03-01T10:00:00Z"), 4),
        new MentionChart.Point(Instant.parse("2026-03-03T10:00:00Z"), 2),
        new MentionChart.Point(Instant.parse("2026-03-03T18:00:00Z"), 2),
        new MentionChart.Point(null, 5)));
    assertThat(c.unit()).isEqualTo("day");
    assertThat(c.bars()).extracting(MentionChart.Bar::count).containsExactly(4, 0, 4);
    assertThat(c.bars()).extracting(MentionChart.Bar::label).containsExactly("1 Mar 2026", "2 Mar 2026", "3 Mar 2026");
    assertThat(c.undated()).isEqualTo(5);
    assertThat(c.bars().get(1).h()).isZero();
    assertThat(c.bars().get(0).h()).isEqualTo(c.bars().get(2).h()).isPositive();
    assertThat(c.bars().get(0).y() + c.bars().get(0).h()).isEqualTo(c.baseline());
  }

  @Test
  void mentions_over_years_are_counted_a_month_or_a_year_at_a_time() {
    MentionChart months = MentionChart.of(List.of(new MentionChart.Point(Instant.parse("2025-01-05T00:00:00Z"), 1),
        new MentionChart.Point(Instant.parse("2025-12-20T00:00:00Z"), 3)));
    assertThat(months.unit()).isEqualTo("month");
    assertThat(months.bars()).hasSize(12);
    assertThat(months.firstLabel()).isEqualTo("Jan 2025");
    MentionChart years = MentionChart.of(List.of(new MentionChart.Point(Instant.parse("2010-01-05T00:00:00Z"), 1),
        new MentionChart.Point(Instant.parse("2025-12-20T00:00:00Z"), 1)));
    assertThat(years.unit()).isEqualTo("year");
    assertThat(years.bars()).hasSize(16);
    assertThat(years.bars()).allSatisfy(b -> assertThat(b.x() + b.w()).isLessThanOrEqualTo(years.width()));
  }

  @Test
  void no_dated_mention_is_an_empty_chart() {
    assertThat(MentionChart.of(List.of(new MentionChart.Point(null, 2))).bars()).isEmpty();
  }
}
