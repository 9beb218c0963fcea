package org.lede.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Fetcher} behaves towards the sites it reads: who it says it is, how long it waits, how much it
 * takes, how often it retries and how hard it presses one host.
 *
 * <p>Immutable; {@code withX} methods return changed copies. {@code FetchPolicy.standard().withPolitenessDelay(
 * Duration.ofMillis(500))}.
 *
 * @param userAgent          the User-Agent header, naming Lede and where to read about it
 * @param connectTimeout     longest wait for a TCP/TLS connection
 * @param readTimeout        longest wait for one whole response, headers and body
 * @param maxBytes           the largest body accepted, before and after content decoding; a larger one is cut off
 * @param maxRedirects       redirects followed before giving up
 * @param maxRetries         further attempts after a 429, a 5xx or a network error
 * @param retryBase          first backoff; doubled each retry unless the server sends Retry-After
 * @param maxRetryAfter      longest Retry-After honoured; a server asking for more is given up on for now
 * @param politenessDelay    least time between the starts of two requests to one host
 * @param perHostConcurrency most requests in flight to one host at once
 * @param allowPrivate       whether loopback, private and link-local addresses may be fetched (off: URLs come
 *                           from untrusted feeds)
 * @param obeyRobots         whether robots.txt is fetched and obeyed
 */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBytes,
    int maxRedirects, int maxRetries, Duration retryBase, Duration maxRetryAfter, Duration politenessDelay,
    int perHostConcurrency, boolean allowPrivate, boolean obeyRobots) {

  /** The User-Agent Lede sends unless told otherwise. */
  public static final String USER_AGENT = "Lede/0.1 (open news reader; +https://github.com/lede-news/lede)";

  public FetchPolicy {
    Objects.requireNonNull(userAgent, "userAgent");
    positive(connectTimeout, "connectTimeout");
    positive(readTimeout, "readTimeout");
    Objects.requireNonNull(retryBase, "retryBase");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    Objects.requireNonNull(politenessDelay, "politenessDelay");
    if (politenessDelay.isNegative()) throw new IllegalArgumentException("politenessDelay is negative");
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    if (maxRedirects < 0 || maxRetries < 0) throw new IllegalArgumentException("redirect and retry limits must be >= 0");
    if (perHostConcurrency < 1) throw new IllegalArgumentException("perHostConcurrency must be >= 1");
  }

  /**
   * Returns the defaults for crawling the open web: 10 s to connect, 30 s per response, 32 MB bodies, 5 redirects,
   * 3 retries from 500 ms, Retry-After up to 2 min, 1 s between requests to a host, 2 at a time, public
   * addresses only, robots.txt obeyed.
   */
  public static FetchPolicy standard() {
    return new FetchPolicy(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 32L * 1024 * 1024, 5, 3,
        Duration.ofMillis(500), Duration.ofMinutes(2), Duration.ofSeconds(1), 2, false, true);
  }

  public FetchPolicy withUserAgent(String v) {
    return new FetchPolicy(v, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries, retryBase,
        maxRetryAfter, politenessDelay, perHostConcurrency, allowPrivate, obeyRobots);
  }

  public FetchPolicy withTimeouts(Duration connect, Duration read) {
    return new FetchPolicy(userAgent, connect, read, maxBytes, maxRedirects, maxRetries, retryBase,
        maxRetryAfter, politenessDelay, perHostConcurrency, allowPrivate, obeyRobots);
  }

  public FetchPolicy withMaxBytes(long v) {
    return new FetchPolicy(userAgent, connectTimeout, readTimeout, v, maxRedirects, maxRetries, retryBase,
        maxRetryAfter, politenessDelay, perHostConcurrency, allowPrivate, obeyRobots);
  }

  public FetchPolicy withMaxRedirects(int v) {
    return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, v, maxRetries, retryBase,
        maxRetryAfter, politenessDelay, perHostConcurrency, allowPrivate, obeyRobots);
  }

  public FetchPolicy withRetries(int retries, Duration base, Duration maxAfter) {
    return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, retries, base,
        maxAfter, politenessDelay, perHostConcurrency, allowPrivate, obeyRobots);
  }

  public FetchPolicy withPolitenessDelay(Duration v) {
    return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries, retryBase,
        maxRetryAfter, v, perHostConcurrency, allowPrivate, obeyRobots);
  }

  public FetchPolicy withPerHostConcurrency(int v) {
    return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries, retryBase,
        maxRetryAfter, politenessDelay, v, allowPrivate, obeyRobots);
  }

  public FetchPolicy withAllowPrivate(boolean v) {
    return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries, retryBase,
        maxRetryAfter, politenessDelay, perHostConcurrency, v, obeyRobots);
  }

  public FetchPolicy withObeyRobots(boolean v) {
    return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries, retryBase,
        maxRetryAfter, politenessDelay, perHostConcurrency, allowPrivate, v);
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive");
  }
}
