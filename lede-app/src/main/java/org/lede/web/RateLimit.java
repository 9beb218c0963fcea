package org.lede.web;

/**
 * How many requests one client address may make: {@code perSecond} on average, in bursts of up to {@code burst}. A
 * write counts as {@value #WRITE_COST} requests. Loopback clients are exempt unless {@code loopbackToo}: the reader on
 * this computer, and the project's own load bench, are not who the limit is for.
 *
 * @param perSecond   requests a second each client address may make on average; 0 turns the limit off
 * @param burst       requests a client may make at once after a pause
 * @param loopbackToo whether clients on this computer are limited too
 */
public record RateLimit(int perSecond, int burst, boolean loopbackToo) {
  /** What a write (a follow, a sign-in) costs: writes are rarer than reads and each one touches the disk. */
  static final int WRITE_COST = 10;

  public RateLimit {
    if (perSecond < 0) throw new IllegalArgumentException("requests a second must be 0 (no limit) or more, was " + perSecond);
    if (perSecond > 0 && burst < WRITE_COST) {
      throw new IllegalArgumentException("a burst must allow a write (" + WRITE_COST + " requests), was " + burst);
    }
  }

  /** 50 requests a second per client address beyond this computer, in bursts of up to 200. */
  public static RateLimit standard() {
    return new RateLimit(50, 200, false);
  }

  /** Returns no limit at all. */
  public static RateLimit none() {
    return new RateLimit(0, 0, false);
  }

  /** Returns this limit at {@code perSecond} requests a second, its burst four seconds' worth (at least a write). */
  public RateLimit withPerSecond(int v) {
    return new RateLimit(v, Math.max(WRITE_COST, v * 4), loopbackToo);
  }

  boolean off() {
    return perSecond == 0;
  }
}
