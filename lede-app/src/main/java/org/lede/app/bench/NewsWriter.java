package org.lede.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A newsroom system sending made-up articles to a running server ({@code POST /api/v1/articles}) at a steady rate
 * while the server is read: each article names people the store knows and quotes one of them, so linking, corpus
 * quotes and stories all do their work. Runs on its own thread until {@link #stop}; one request at a time.
 *
 * <p>Thread-safe: {@link #stop} and {@link #result} may be called from another thread.
 */
final class NewsWriter implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the writer did: articles sent, acknowledged (200 or 201), their ids, and latencies in ms, sorted. */
  record Result(int sent, int stored, List<String> ids, double[] latencies, Map<String, Integer> failures) {
    String describe() {
      double p50 = latencies.length == 0 ? Double.NaN : latencies[latencies.length / 2];
      double p99 = latencies.length == 0 ? Double.NaN : latencies[Math.min(latencies.length - 1, (int) Math.ceil(0.99 * latencies.length) - 1)];
      return String.format(Locale.ROOT, "writer: %d articles sent, %d stored, %d errors%s; POST p50 %.1f ms, p99 %.1f ms",
          sent, stored, sent - stored, failures.isEmpty() ? "" : " " + failures, p50, p99);
    }
  }

  private final String base;
  private final double perSecond;
  private final List<String> people;
  private final List<String> words;
  private final String run;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> ids = new ArrayList<>();
  private final List<Double> latencies = new ArrayList<>();
  private final Map<String, Integer> failures = new java.util.TreeMap<>();
  private volatile boolean stopped;
  private int sent;

  NewsWriter(String base, double perSecond, List<String> people, List<String> words, long seed) {
    if (people.isEmpty() || words.size() < 20) throw new IllegalArgumentException("the writer needs people and words to write about");
    this.base = base;
    this.perSecond = perSecond;
    this.people = List.copyOf(people);
    this.words = List.copyOf(words);
    this.run = Long.toString(seed, 36);
  }

  @Override
  public void run() {
    Random random = new Random(run.hashCode());
    long period = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    long next = System.nanoTime();
    for (int n = 0; !stopped; n++) {
      long wait;
      while (!stopped && (wait = next - System.nanoTime()) > 0) LockSupport.parkNanos(Math.min(wait, 50_000_000));
      if (stopped) break;
      next += period;
      String id = "load-" + run + "-" + n;
      long t0 = System.nanoTime();
      boolean ok;
      String failure = null;
      try {
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(article(id, random))).build();
        HttpResponse<String> r = client.send(post, HttpResponse.BodyHandlers.ofString());
        // 201 is a new article; 200 would say the store had it already, and then this run wrote nothing
        ok = r.statusCode() == 201;
        if (!ok) failure = r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
      } catch (java.io.IOException e) {
        ok = false;
        failure = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      synchronized (this) {
        sent++;
        if (ok) {
          ids.add(id);
          latencies.add(ms);
        } else {
          failures.merge(failure, 1, Integer::sum);
        }
      }
    }
  }

  void stop() {
    stopped = true;
  }

  synchronized Result result() {
    double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return new Result(sent, ids.size(), List.copyOf(ids), sorted, Map.copyOf(failures));
  }

  /** One article in the contract's shape: a headline and three paragraphs naming two people, one quoted. */
  private String article(String id, Random random) {
    String speaker = people.get(random.nextInt(people.size()));
    String other = people.get(random.nextInt(people.size()));
    String headline = capitalised(phrase(random, 6)) + " as " + speaker + " weighs in";
    List<String> paragraphs = List.of(
        speaker + " said on " + phrase(random, 1) + " that " + phrase(random, 12) + ".",
        "\"" + capitalised(phrase(random, 10)) + ",\" " + speaker + " said, adding that " + other + " had "
            + phrase(random, 8) + ".",
        capitalised(phrase(random, 15)) + ".");
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", id);
    a.put("url", "https://load-writer.example/" + id);
    a.put("site", "load-writer.example");
    a.put("headline", headline);
    a.put("published", Instant.now().toString());
    a.put("paragraphs", paragraphs);
    try {
      return JSON.writeValueAsString(a);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String phrase(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
    return b.toString();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
