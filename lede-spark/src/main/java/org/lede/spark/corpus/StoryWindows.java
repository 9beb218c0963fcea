package org.lede.spark.corpus;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The time windows stories are clustered in: runs of {@link #days} UTC days, each replayed with the {@link #overlap}
 * days before it, so that an article in a window's first days meets the stories of the days just before (a follow-up
 * two days later meets its story). A dated article belongs to the window of its day, and is replayed again in the next
 * window when its day falls in that window's overlap; an undated article belongs to one window of its own,
 * {@link #UNDATED}, replayed after every dated day.
 *
 * @param days    a window's length in days
 * @param overlap how many days before its start a window replays; less than {@code days}
 */
record StoryWindows(int days, int overlap) implements Serializable {
  /** The window of undated articles. */
  static final long UNDATED = Long.MAX_VALUE;
  static final long DAY_MS = 86_400_000L;

  StoryWindows {
    if (days < 1 || overlap < 0 || overlap >= days) {
      throw new IllegalArgumentException("a window of " + days + " days cannot replay " + overlap + " days before it");
    }
  }

  /** The day (since 1970, UTC) of a time in epoch milliseconds. */
  static long day(long epochMillis) {
    return Math.floorDiv(epochMillis, DAY_MS);
  }

  /** The window an article published at {@code published} (epoch milliseconds, or null) belongs to. */
  long owner(Long published) {
    return published == null ? UNDATED : Math.floorDiv(day(published), days);
  }

  /** Every window that replays an article published at {@code published}: its own first, then the next, if any. */
  List<Long> replaying(Long published) {
    long own = owner(published);
    if (own == UNDATED) return List.of(UNDATED);
    long next = own + 1;
    return day(published) >= start(next) ? List.of(own, next) : List.of(own);
  }

  /** The first day window {@code window} replays (its overlap's first day); for {@link #UNDATED}, after every day. */
  long start(long window) {
    return window == UNDATED ? Long.MAX_VALUE : window * days - overlap;
  }

  /** How many dated articles were published before window {@code window}'s replay starts, of {@code perDay}. */
  long before(long window, TreeMap<Long, Long> perDay) {
    long n = 0;
    for (Map.Entry<Long, Long> e : perDay.headMap(start(window)).entrySet()) n += e.getValue();
    return n;
  }
}
