package org.lede.app.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop HTTP load generator: requests leave at a fixed rate whatever the server's answers do, and each
 * latency counts from when its request was due, not from when it was sent, so a stalled server shows up as the
 * waiting it causes (no coordinated omission, as in wrk2). Loopback targets only; bounded in count and time.
 *
 * <p>Not thread-safe: one run at a time.
 */
final class OpenLoopLoad {
  private static final int MAX_REQUESTS = 200_000;

  /**
   * What one run measured.
   *
   * @param name      what was loaded
   * @param due       requests scheduled
   * @param ok        answers with status 200
   * @param errors    other statuses, failures and timeouts
   * @param seconds   from the first request due to the last answer
   * @param latencies milliseconds from due to answered, sorted (answered requests only)
   */
  record Result(String name, int due, int ok, int errors, double seconds, double[] latencies) {
    double percentile(double q) {
      if (latencies.length == 0) return Double.NaN;
      return latencies[Math.min(latencies.length - 1, Math.max(0, (int) Math.ceil(q * latencies.length) - 1))];
    }

    String describe() {
      return String.format(Locale.ROOT, "%-12s %6d req  %6.1f req/s  p50 %6.2f  p90 %6.2f  p99 %6.2f  p99.9 %7.2f  max %7.2f ms  errors %d",
          name, due, ok / seconds, percentile(0.5), percentile(0.9), percentile(0.99), percentile(0.999),
          latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1], errors);
    }
  }

  // A redirect is followed as a browser follows it, and timed to the page it leads to: a person or story merged while
  // the load runs answers 301 to its survivor, which is the right answer, not an error (the servers are on loopback,
  // and so are the pages they redirect to).
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL).build();

  /**
   * Sends GETs to {@code targets} in turn at {@code rate} per second for {@code duration}, then waits for the
   * answers (each at most {@code timeout}).
   *
   * @throws IllegalArgumentException when a target is not on a loopback address, or the run would exceed
   *     {@value #MAX_REQUESTS} requests
   */
  Result run(String name, List<URI> targets, int rate, Duration duration, Duration timeout) throws InterruptedException {
    return runMixed(name, targets.stream().map(u -> new Target(name, u)).toList(), rate, duration, timeout).getFirst();
  }

  /** One request of a mixed load: what kind of page it is, and its address. */
  record Target(String kind, URI uri) {}

  /**
   * Sends GETs to {@code targets} in turn, as {@link #run}, and returns the whole load's result first, then one
   * per kind of target, in the order the kinds first appear.
   */
  List<Result> runMixed(String name, List<Target> targets, int rate, Duration duration, Duration timeout)
      throws InterruptedException {
    for (Target t : targets) requireLoopback(t.uri());
    long count = rate * duration.toSeconds();
    if (rate < 1 || count < 1 || count > MAX_REQUESTS) {
      throw new IllegalArgumentException("rate x seconds must be 1.." + MAX_REQUESTS + ", was " + count);
    }
    int n = (int) count;
    double[] latencies = new double[n];
    Arrays.fill(latencies, Double.NaN);
    CountDownLatch answered = new CountDownLatch(n);
    long period = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
    for (int i = 0; i < n; i++) {
      long due = start + i * period;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
      int slot = i;
      HttpRequest request = HttpRequest.newBuilder(targets.get(i % targets.size()).uri()).timeout(timeout).GET().build();
      client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
        if (e == null && r.statusCode() == 200) latencies[slot] = (System.nanoTime() - due) / 1e6;
        answered.countDown();
      });
    }
    // requests still unanswered after this count as errors
    answered.await(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Result> results = new ArrayList<>();
    results.add(result(name, targets, null, latencies, seconds));
    for (String kind : new LinkedHashSet<>(targets.stream().map(Target::kind).toList())) {
      results.add(result(kind, targets, kind, latencies, seconds));
    }
    return results;
  }

  /** The result of the requests of {@code kind} (null: all); every request not answered 200 in time is an error. */
  private static Result result(String name, List<Target> targets, String kind, double[] latencies,
      double seconds) {
    int due = 0;
    int ok = 0;
    int errors = 0;
    double[] measured = new double[latencies.length];
    for (int i = 0; i < latencies.length; i++) {
      if (kind != null && !targets.get(i % targets.size()).kind().equals(kind)) continue;
      due++;
      if (!Double.isNaN(latencies[i])) measured[ok++] = latencies[i];
      else errors++;
    }
    double[] sorted = Arrays.copyOf(measured, ok);
    Arrays.sort(sorted);
    return new Result(name, due, ok, errors, seconds, sorted);
  }

  private static void requireLoopback(URI u) {
    try {
      if (!InetAddress.getByName(u.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException("the load generator only targets loopback, not " + u.getHost());
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + u.getHost(), e);
    }
  }
}
