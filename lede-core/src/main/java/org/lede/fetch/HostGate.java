package org.lede.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Keeps Lede polite to each host: at most a fixed number of requests in flight, and request starts spaced by at
 * least the politeness delay (or the host's robots.txt Crawl-delay, when longer).
 *
 * <p>Thread-safe.
 */
final class HostGate {
  private final Duration delay;
  private final int perHost;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  HostGate(Duration delay, int perHost) {
    this.delay = delay;
    this.perHost = perHost;
  }

  /** A slot held on one host; release it when the response is read. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits for a free slot on {@code host} and for its turn after the previous request's start. */
  Permit enter(String host) throws InterruptedException {
    Host h = hosts.computeIfAbsent(key(host), k -> new Host(perHost, delay.toNanos()));
    h.slots.acquire();
    try {
      long wait;
      synchronized (h) {
        long now = System.nanoTime();
        long start = Math.max(now, h.nextStart);
        h.nextStart = start + h.delayNanos;
        wait = start - now;
      }
      if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    } catch (InterruptedException e) {
      h.slots.release();
      throw e;
    }
    return h.slots::release;
  }

  /** Spaces requests to {@code host} by {@code crawlDelay} when that is longer than the policy's delay. */
  void slowDown(String host, Duration crawlDelay) {
    Host h = hosts.computeIfAbsent(key(host), k -> new Host(perHost, delay.toNanos()));
    synchronized (h) {
      h.delayNanos = Math.max(h.delayNanos, crawlDelay.toNanos());
    }
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }

  private static final class Host {
    final Semaphore slots;
    long delayNanos;
    long nextStart = Long.MIN_VALUE / 2;

    Host(int slots, long delayNanos) {
      this.slots = new Semaphore(slots, true);
      this.delayNanos = delayNanos;
    }
  }
}
