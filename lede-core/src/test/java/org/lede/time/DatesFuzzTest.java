package org.lede.time;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.lede.fuzz.FuzzSeeds;

/**
 * Dates as pages state them ("Updated 5 sec ago", "2019-01-01", "Feb. 24"), in text and in URLs: read or not, never
 * an exception. Seeds: the shared date set's gold days and page URLs.
 */
class DatesFuzzTest {
  private static final Instant SEEN = Instant.parse("2026-03-03T10:00:00Z");

  @BeforeAll
  static void seeds() {
    List<String> seeds = new ArrayList<>(FuzzSeeds.dates(60));
    FuzzSeeds.write(DatesFuzzTest.class, "any_stated_time_is_read_or_refused_without_error", FuzzSeeds.utf8(seeds.stream().map(s -> s + "\n").toList()));
  }

  @FuzzTest(maxDuration = "30s")
  void any_stated_time_is_read_or_refused_without_error(FuzzedDataProvider data) {
    ZoneId zone = data.consumeBoolean() ? ZoneOffset.ofHours(data.consumeInt(-18, 18)) : ZoneOffset.UTC;
    String raw = data.consumeRemainingAsString();
    NewsTimes.parse(raw, SEEN, zone).ifPresent(t -> NewsTimes.statedDay(t, SEEN, zone));
    new DateMentionFinder().find(raw, LocalDate.of(2026, 3, 3));
  }
}
