package org.lede.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address, refused with 429 and a Retry-After when empty. The table of buckets is bounded:
 * past {@value #MAX_CLIENTS} addresses, full buckets (clients that paused) are dropped first, so a flood of addresses
 * costs memory once, not without end. Thread-safe.
 */
final class RateLimits {
  static final int MAX_CLIENTS = 10_000;
  private static final long SECOND = 1_000_000_000L;

  private final RateLimit limit;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimits(RateLimit limit, LongSupplier nanoTime) {
    this.limit = limit;
    this.nanoTime = nanoTime;
  }

  /** Refuses the request when its client has used up its bucket. */
  void check(Context ctx) {
    if (limit.off()) return;
    String client = ctx.req().getRemoteAddr();
    if (!limit.loopbackToo() && loopback(client)) return;
    HandlerType m = ctx.method();
    int cost = m == HandlerType.GET || m == HandlerType.HEAD || m == HandlerType.OPTIONS ? 1 : RateLimit.WRITE_COST;
    long wait = take(client, cost);
    if (wait > 0) {
      ctx.header("Retry-After", Long.toString(Math.max(1, (wait + SECOND - 1) / SECOND)));
      throw new Problem(429, "Too many requests", "this address has made more than " + limit.perSecond()
          + " requests a second (a write counts as " + RateLimit.WRITE_COST + "); wait and try again");
    }
  }

  /** Takes {@code cost} from {@code client}'s bucket; returns 0, or the nanoseconds until it could. */
  long take(String client, int cost) {
    long now = nanoTime.getAsLong();
    if (buckets.size() >= MAX_CLIENTS && !buckets.containsKey(client)) prune(now);
    Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(limit.burst(), now));
    synchronized (b) {
      b.refill(now, limit);
      if (b.tokens >= cost) {
        b.tokens -= cost;
        return 0;
      }
      return (long) ((cost - b.tokens) * SECOND / limit.perSecond());
    }
  }

  int clients() {
    return buckets.size();
  }

  private void prune(long now) {
    buckets.values().removeIf(b -> {
      synchronized (b) {
        b.refill(now, limit);
        return b.tokens >= limit.burst();
      }
    });
    if (buckets.size() >= MAX_CLIENTS) buckets.clear(); // every client is busy: forgetting them costs a burst each
  }

  private static boolean loopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress(); // an address literal: no lookup
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    void refill(long now, RateLimit limit) {
      tokens = Math.min(limit.burst(), tokens + (now - at) * (double) limit.perSecond() / SECOND);
      at = now;
    }
  }
}
