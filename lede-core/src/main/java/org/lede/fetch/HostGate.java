package org.lede.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

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

  /**
   * A slot held on one host; close it when the response is read.
   *
   * @param startedNanos the {@link System#nanoTime()} at which this request's turn began
   */
  record Permit(Semaphore slots, long startedNanos) implements AutoCloseable {
    @Override
    public void close() {
      slots.release();
    }
  }

  /**
   * Waits for a free slot on {@code host} and for its turn: at least the delay after the previous request to it
   * started. Turns are taken one at a time under the host's lock, and each start is stamped after the wait, so a
   * thread that oversleeps pushes the next start back rather than bunching two together.
   */
  Permit enter(String host) throws InterruptedException {
    Host h = hosts.computeIfAbsent(key(host), k -> new Host(perHost, delay.toNanos()));
    h.slots.acquire();
    long started;
    try {
      h.turn.lockInterruptibly();
      try {
        for (long wait = h.waitNanos(); wait > 0; wait = h.waitNanos()) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        started = System.nanoTime();
        h.lastStart = started;
        h.started = true;
      } finally {
        h.turn.unlock();
      }
    } catch (InterruptedException e) {
      h.slots.release();
      throw e;
    }
    return new Permit(h.slots, started);
  }

  /** Spaces requests to {@code host} by {@code crawlDelay} when that is longer than the policy's delay. */
  void slowDown(String host, Duration crawlDelay) {
    Host h = hosts.computeIfAbsent(key(host), k -> new Host(perHost, delay.toNanos()));
    h.turn.lock();
    try {
      h.delayNanos = Math.max(h.delayNanos, crawlDelay.toNanos());
    } finally {
      h.turn.unlock();
    }
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }

  private static final class Host {
    final Semaphore slots;
    final ReentrantLock turn = new ReentrantLock(true);
    long delayNanos;
    long lastStart;
    boolean started;

    Host(int slots, long delayNanos) {
      this.slots = new Semaphore(slots, true);
      this.delayNanos = delayNanos;
    }

    /** Nanoseconds until the next request may start; call holding {@link #turn}. */
    long waitNanos() {
      return started ? lastStart + delayNanos - System.nanoTime() : 0;
    }
  }
}
