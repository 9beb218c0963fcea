package org.lede.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches, caches (for an hour) and applies each site's robots.txt for Lede's product token {@code lede}. A
 * missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx, network) allows nothing for now,
 * as RFC 9309 asks.
 *
 * <p>Thread-safe: one fetch per site at a time.
 */
final class RobotsRules {
  private static final Duration KEEP = Duration.ofHours(1);
  private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
  private static final List<String> AGENT = List.of("lede");

  private record Cached(BaseRobotRules rules, Instant until) {}

  private final Fetcher fetcher;
  private final HostGate gate;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  RobotsRules(Fetcher fetcher, HostGate gate, Clock clock) {
    this.fetcher = fetcher;
    this.gate = gate;
    this.clock = clock;
  }

  /** Throws when robots.txt disallows {@code uri}, or could not be read. */
  void check(URI uri, String asked) throws FetchException {
    BaseRobotRules rules = rulesFor(uri, asked);
    if (!rules.isAllowed(uri.toString())) {
      throw new FetchException(asked, "disallowed by robots.txt" + (asked.equals(uri.toString()) ? "" : " at " + uri),
          false);
    }
  }

  private BaseRobotRules rulesFor(URI uri, String asked) throws FetchException {
    String origin = uri.getScheme() + "://" + uri.getRawAuthority();
    Cached c = cache.get(origin);
    if (c != null && clock.instant().isBefore(c.until())) return c.rules();
    synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
      c = cache.get(origin);
      if (c != null && clock.instant().isBefore(c.until())) return c.rules();
      BaseRobotRules rules = fetchRules(URI.create(origin + "/robots.txt"), asked);
      if (rules.getCrawlDelay() > 0) {
        gate.slowDown(uri.getHost(), Duration.ofMillis(Math.min(rules.getCrawlDelay(), MAX_CRAWL_DELAY.toMillis())));
      }
      cache.put(origin, new Cached(rules, clock.instant().plus(KEEP)));
      return rules;
    }
  }

  private BaseRobotRules fetchRules(URI robots, String asked) throws FetchException {
    try {
      FetchResult r = fetcher.follow(robots, Validators.NONE, false);
      return parse(robots, r.body(), r.contentType());
    } catch (FetchException e) {
      if (e.status() >= 400 && e.status() < 500 && e.status() != 429) {
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
      }
      if (e.retryLater()) {
        throw new FetchException(asked, "robots.txt could not be read (" + e.reason() + "); will retry later", true, e);
      }
      // A robots.txt that loops or is absurdly large says nothing usable; treat it as absent.
      return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    }
  }

  /** Reads the robots.txt at {@code robots} whose bytes are {@code body}, for Lede's product token. */
  static BaseRobotRules parse(URI robots, byte[] body, String contentType) {
    return new SimpleRobotRulesParser().parseContent(robots.toString(), body,
        contentType == null ? "text/plain" : contentType, AGENT);
  }
}
