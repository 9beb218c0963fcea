package org.lede.spark.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StoryWindowsTest {
  private static final StoryWindows WEEK = new StoryWindows(7, 3);

  private static long at(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  void an_article_in_a_windows_last_three_days_is_replayed_again_in_the_next() {
    // 2026-03-05 is a window's first day (epoch day 20517, a multiple of 7)
    long thursday = WEEK.owner(at("2026-03-05T00:00:00Z"));
    assertThat(WEEK.replaying(at("2026-03-04T23:59:00Z"))).containsExactly(thursday - 1, thursday);
    assertThat(WEEK.replaying(at("2026-03-02T00:00:00Z"))).containsExactly(thursday - 1, thursday);
    assertThat(WEEK.replaying(at("2026-03-01T23:59:00Z"))).containsExactly(thursday - 1);
    assertThat(WEEK.replaying(at("2026-03-05T00:00:00Z"))).containsExactly(thursday);
  }

  @Test
  void undated_articles_are_a_window_of_their_own_weighed_after_every_dated_day() {
    assertThat(WEEK.replaying(null)).containsExactly(StoryWindows.UNDATED);
    TreeMap<Long, Long> perDay = new TreeMap<>();
    perDay.put(20510L, 4L);
    perDay.put(20514L, 2L);
    perDay.put(20517L, 1L);
    assertThat(WEEK.before(StoryWindows.UNDATED, perDay)).isEqualTo(7);
    // the window from day 20517 replays from day 20514: only the four articles of day 20510 come before it
    assertThat(WEEK.before(WEEK.owner(at("2026-03-05T12:00:00Z")), perDay)).isEqualTo(4);
  }

  @Test
  void a_window_cannot_replay_as_many_days_as_it_holds() {
    assertThatThrownBy(() -> new StoryWindows(3, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 days");
  }
}
