package org.lede.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches web pages, feeds and sitemaps politely and within bounds: robots.txt obeyed, per-host delay and
 * concurrency limits, redirects followed by hand (limited, loops detected, every hop's address checked, robots.txt's
 * too, and each connection made to the very addresses its check approved, so DNS rebinding cannot swap them), a
 * conditional GET when validators are known, gzip and deflate decoded, bodies capped (reading stops at the cap),
 * and 429/5xx/network failures retried with backoff honouring Retry-After.
 *
 * <pre>{@code
 * try (Fetcher fetcher = Fetcher.create(FetchPolicy.standard())) {
 *   Document page = fetcher.fetch(URI.create("https://example.org/news/1")).toDocument();
 * }
 * }</pre>
 *
 * <p>Thread-safe: share one fetcher between threads, so that its per-host limits hold across them.
 */
public final class Fetcher implements AutoCloseable {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final long ERROR_BODY_CAP = 64 * 1024;
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8";

  private final FetchPolicy policy;
  private final Clock clock;
  private final HttpClient client;
  private final HostGate gate;
  private final RobotsRules robots;
  private final AddressGuard guard;

  private Fetcher(FetchPolicy policy, Clock clock, AddressGuard guard) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.guard = Objects.requireNonNull(guard, "guard");
    if (!policy.allowPrivate() && !AddressPins.active()) {
      System.getLogger("lede.fetch").log(System.Logger.Level.WARNING, "the JDK did not load Lede's pinning resolver "
          + "(is lede-core on the system class path?): a host that changes its DNS answer between the address check "
          + "and the connection could reach a private address");
    }
    this.client = HttpClient.newBuilder()
        .connectTimeout(policy.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.gate = new HostGate(policy.politenessDelay(), policy.perHostConcurrency());
    this.robots = new RobotsRules(this, gate, clock);
  }

  /** Returns a fetcher following {@code policy}, stamping fetch times from the system clock. */
  public static Fetcher create(FetchPolicy policy) {
    return new Fetcher(policy, Clock.systemUTC(), AddressGuard.standard());
  }

  /** Returns a fetcher following {@code policy}, stamping fetch times from {@code clock}. */
  public static Fetcher create(FetchPolicy policy, Clock clock) {
    return new Fetcher(policy, clock, AddressGuard.standard());
  }

  /** Returns a fetcher whose address checks {@code guard} makes: tests script DNS and say what is public. */
  static Fetcher create(FetchPolicy policy, Clock clock, AddressGuard guard) {
    return new Fetcher(policy, clock, guard);
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** Fetches {@code uri} unconditionally. See {@link #fetch(URI, Validators)}. */
  public FetchResult fetch(URI uri) throws FetchException {
    return fetch(uri, Validators.NONE);
  }

  /**
   * Fetches {@code uri}, asking the server to answer 304 when {@code known} still match.
   *
   * @return a 2xx response, or a 304 one ({@link FetchResult#notModified()})
   * @throws FetchException naming {@code uri} when it is refused (robots.txt, a private address, too large, too
   *                        many redirects) or fails (an HTTP error, a timeout) after the retries
   */
  public FetchResult fetch(URI uri, Validators known) throws FetchException {
    return follow(uri, known, policy.obeyRobots());
  }

  FetchResult follow(URI uri, Validators known, boolean checkRobots) throws FetchException {
    String asked = uri.toString();
    URI current = normalize(uri, asked);
    Set<URI> visited = new HashSet<>();
    visited.add(current);
    for (int hop = 0; ; hop++) {
      List<InetAddress> approved;
      try {
        approved = guard.check(current, policy.allowPrivate());
      } catch (FetchException e) {
        throw hop == 0 ? e : new FetchException(asked, e.reason() + " (redirected to " + current + ")", e.retryLater());
      }
      if (checkRobots) robots.check(current, asked);
      Exchange x;
      try (AddressPins.Held pin = AddressPins.pin(current.getHost(), approved)) {
        x = withRetries(current, known, asked);
      }
      if (REDIRECTS.contains(x.status())) {
        String location = x.headers().firstValue("location").orElse(null);
        if (location == null) throw new FetchException(asked, "HTTP " + x.status() + " without a Location", false, x.status(), null);
        if (hop >= policy.maxRedirects()) {
          throw new FetchException(asked, "too many redirects (more than " + policy.maxRedirects() + ")", false);
        }
        URI next = normalize(resolve(current, location, asked), asked);
        if (!visited.add(next)) throw new FetchException(asked, "redirect loop at " + next, false);
        current = next;
        continue;
      }
      if (x.status() == 304 || (x.status() >= 200 && x.status() < 300)) return result(uri, current, x);
      boolean later = x.status() == 429 || x.status() >= 500;
      throw new FetchException(asked, "HTTP " + x.status() + (later ? " after " + policy.maxRetries() + " retries" : ""),
          later, x.status(), null);
    }
  }

  private FetchResult result(URI requested, URI uri, Exchange x) throws FetchException {
    byte[] body = x.body();
    String encoding = x.headers().firstValue("content-encoding").orElse(null);
    try {
      body = ContentCodings.decode(body, encoding, policy.maxBytes());
    } catch (ContentCodings.TooLarge e) {
      throw tooLarge(requested.toString(), "once decompressed");
    } catch (IOException e) {
      throw new FetchException(requested.toString(), "corrupt " + encoding + " body: " + e.getMessage(), true, e);
    }
    String type = x.headers().firstValue("content-type").orElse(null);
    String etag = x.headers().firstValue("etag").orElse(null);
    String lastModified = x.headers().firstValue("last-modified").orElse(null);
    return new FetchResult(requested, uri, x.status(), body, type, DeclaredCharset.of(type, body),
        new Validators(etag, lastModified), x.fetched(), RetryAfter.httpDate(lastModified));
  }

  private record Exchange(int status, HttpHeaders headers, byte[] body, Instant fetched) {}

  private Exchange withRetries(URI uri, Validators known, String asked) throws FetchException {
    for (int attempt = 0; ; attempt++) {
      Exchange x;
      try {
        x = once(uri, known, asked);
      } catch (FetchException e) {
        if (!e.retryLater() || attempt >= policy.maxRetries()) throw e;
        pause(backoff(attempt), asked);
        continue;
      }
      boolean retryable = x.status() == 429 || x.status() == 500 || x.status() == 502 || x.status() == 503
          || x.status() == 504;
      if (!retryable || attempt >= policy.maxRetries()) return x;
      Duration asked4 = RetryAfter.parse(x.headers().firstValue("retry-after").orElse(null), clock.instant());
      if (asked4 != null && asked4.compareTo(policy.maxRetryAfter()) > 0) {
        throw new FetchException(asked, "HTTP " + x.status() + ", asked to retry after " + asked4.toSeconds() + " s",
            true, x.status(), null);
      }
      pause(asked4 != null ? asked4 : backoff(attempt), asked);
    }
  }

  private Exchange once(URI uri, Validators known, String asked) throws FetchException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .timeout(policy.readTimeout())
        .header("User-Agent", policy.userAgent())
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip, deflate")
        .GET();
    // Plain-HTTP servers often mishandle the h2c upgrade the client would otherwise attempt.
    if ("http".equals(uri.getScheme())) b.version(HttpClient.Version.HTTP_1_1);
    if (known.etag() != null) b.header("If-None-Match", known.etag());
    if (known.lastModified() != null) b.header("If-Modified-Since", known.lastModified());
    HttpRequest request = b.build();
    try (HostGate.Permit slot = gate.enter(uri.getHost())) {
      CompletableFuture<HttpResponse<CappedBody.Body>> future = client.sendAsync(request,
          info -> new CappedBody(info.statusCode() / 100 == 2 ? policy.maxBytes() : ERROR_BODY_CAP));
      HttpResponse<CappedBody.Body> response;
      try {
        response = future.get(policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        throw new FetchException(asked, "no complete response within " + seconds(policy.readTimeout()), true, e);
      } catch (ExecutionException e) {
        throw networkFailure(asked, e.getCause());
      }
      if (response.statusCode() / 100 == 2 && response.body().overCap()) throw tooLarge(asked, "");
      return new Exchange(response.statusCode(), response.headers(), response.body().bytes(), clock.instant());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(asked, "interrupted", true, e);
    }
  }

  private FetchException networkFailure(String asked, Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchException(asked, "could not connect within " + seconds(policy.connectTimeout()), true, cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchException(asked, "no response within " + seconds(policy.readTimeout()), true, cause);
    }
    String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new FetchException(asked, "network error: " + what, true, cause);
  }

  private FetchException tooLarge(String asked, String when) {
    return new FetchException(asked, String.format(Locale.ROOT, "too large%s: over the %.1f MB cap",
        when.isEmpty() ? "" : " " + when, policy.maxBytes() / 1048576.0), false);
  }

  private Duration backoff(int attempt) {
    return policy.retryBase().multipliedBy(1L << Math.min(attempt, 16));
  }

  private static void pause(Duration d, String asked) throws FetchException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(asked, "interrupted", true, e);
    }
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static URI resolve(URI base, String location, String asked) throws FetchException {
    try {
      return base.resolve(location.trim().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      throw new FetchException(asked, "bad redirect Location: " + location, false, e);
    }
  }

  private static URI normalize(URI uri, String asked) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(asked, "not an http(s) URL", false);
    }
    if (uri.getRawFragment() == null) return uri;
    String s = uri.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }

  /** Releases the HTTP client's connections and threads. */
  @Override
  public void close() {
    client.close();
  }
}
