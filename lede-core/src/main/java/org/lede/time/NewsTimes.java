package org.lede.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.lede.article.StatedTime;

/** Reads the times news pages state about themselves, absolute ("10 March 2022") or relative ("5 sec ago"). */
public final class NewsTimes {
  private NewsTimes() {}

  /**
   * Parses {@code raw} ("Updated 10 March 2022", "March 10, 2022 5:41 PM ET", "Updated 5 sec ago", "yesterday"),
   * resolving relative times against {@code reference} and zone-less times in {@code zone}. The returned
   * time keeps {@code raw} as written.
   */
  public static Optional<StatedTime> parse(String raw, Instant reference, ZoneId zone) {
    return Optional.empty();
  }
}
