package org.lede.index;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The distinct (period, story) pairs a count met, in an open-addressing set of packed longs: a hit costs one hash
 * probe and no allocation, so counting stories beside articles stays within the chart's budget. Not thread-safe: one
 * per collector.
 */
final class StoriesByPeriod {
  /** Periods fit in the low bits (at most {@link AttentionCounting#MAX_PERIODS}). */
  private static final int PERIOD_BITS = 12;
  private static final long EMPTY = -1;

  private long[] keys = filled(1 << 10);
  private int size;

  static {
    if (AttentionCounting.MAX_PERIODS >= 1 << PERIOD_BITS) throw new ExceptionInInitializerError("periods overflow");
  }

  void add(int period, long story) {
    if (story < 0) return;
    insert((story << PERIOD_BITS) | period);
  }

  void addAll(StoriesByPeriod other) {
    for (long k : other.keys) if (k != EMPTY) insert(k);
  }

  /**
   * The distinct stories per period and over all periods.
   *
   * @param perPeriod one count per period
   * @param overall   stories met in any period, each once
   */
  record Counts(long[] perPeriod, long overall) {}

  /** Counts the distinct stories, each story first mapped to its survivor when it merged. */
  Counts counts(int periods, StoryRedirects redirects) {
    Set<Long> stories = stories();
    Map<Long, Long> moved = stories.isEmpty() ? Map.of() : redirects.survivors(stories);
    if (!moved.isEmpty()) {
      StoriesByPeriod mapped = new StoriesByPeriod();
      for (long k : keys) {
        if (k == EMPTY) continue;
        long story = k >>> PERIOD_BITS;
        mapped.add((int) (k & ((1 << PERIOD_BITS) - 1)), moved.getOrDefault(story, story));
      }
      return mapped.counts(periods, StoryRedirects.NONE);
    }
    long[] out = new long[periods];
    for (long k : keys) if (k != EMPTY) out[(int) (k & ((1 << PERIOD_BITS) - 1))]++;
    return new Counts(out, stories.size());
  }

  private Set<Long> stories() {
    Set<Long> out = new HashSet<>();
    for (long k : keys) if (k != EMPTY) out.add(k >>> PERIOD_BITS);
    return out;
  }

  private void insert(long key) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != EMPTY) {
      if (keys[i] == key) return;
      i = (i + 1) & mask;
    }
    keys[i] = key;
    if (++size * 2 > keys.length) grow();
  }

  private void grow() {
    long[] old = keys;
    keys = filled(old.length * 2);
    size = 0;
    for (long k : old) if (k != EMPTY) insert(k);
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private static long[] filled(int n) {
    long[] a = new long[n];
    java.util.Arrays.fill(a, EMPTY);
    return a;
  }
}
