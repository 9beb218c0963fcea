package org.lede.article;

import java.time.Instant;
import java.util.Objects;

/**
 * A time an article states about itself ("Updated 5 sec ago", "March 10, 2022 5:41 PM ET"), resolved.
 *
 * @param instant   the resolved instant in UTC; for a day-precision time, the start of that day in the zone
 *                  it was stated in (UTC when none was)
 * @param precision how much of {@code instant} the source actually stated
 * @param raw       the string it was read from, as written
 */
public record StatedTime(Instant instant, Precision precision, String raw) {
  public StatedTime {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(precision, "precision");
  }

  /** How precisely a stated time was given. */
  public enum Precision { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND }
}
