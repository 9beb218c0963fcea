package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lede.json.ArticleJson;

/**
 * Kills {@code lede serve} (the packaged jar) with SIGKILL 20 times while a client follows and unfollows sites
 * through the API, and checks after each restart that every acknowledged write is there, the one in flight whole or
 * absent, and the store and its index untouched.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ServeCrashIT {
  private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/");
  private static final List<String> SITES = List.of("harbour-herald.example", "lowland-courier.example",
      "capital-ledger.example", "meridian-times.example", "northgate-observer.example", "Saltmere Gazette",
      "The Estuary Post", "Coastal Wire Daily");

  @TempDir static Path tmp;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void jar() {
    LedeProcess.assumeJar();
    System.out.println("ServeCrashIT: seed " + IngestCrashIT.SEED);
  }

  @Test
  void serve_killed_twenty_times_during_api_writes_keeps_every_acknowledged_write_and_an_intact_store() throws Exception {
    Path inputs = tmp.resolve("inputs");
    InventedNews.write(inputs, 40, IngestCrashIT.SEED + 3);
    Path data = tmp.resolve("data");
    LedeProcess ingest = LedeProcess.start(tmp.resolve("logs"), IngestCrashIT.ingest(data, inputs, "-q", "--no-annotations"));
    assertThat(ingest.await(300)).as(ingest.err()).isZero();
    StoreSnapshot before = StoreSnapshot.read(data, tmp.resolve("scratch"));

    Random random = new Random(IngestCrashIT.SEED + 3);
    Set<String> followed = new TreeSet<>();
    Write lost = null;
    int kills = 0;
    int acknowledged = 0;
    int inFlightKept = 0;
    while (true) {
      LedeProcess serve = LedeProcess.start(tmp.resolve("logs"), "serve", "--data", data.toString(), "--port", "0");
      String base = awaitUrl(serve);
      Set<String> after = follows(base);
      if (!after.equals(followed)) {
        // the write in flight when the process died is either whole or absent
        assertThat(lost).as("follows changed though no write was in flight: %s, not %s", after, followed).isNotNull();
        assertThat(after).isEqualTo(lost.applyTo(followed));
        inFlightKept++;
        followed = new TreeSet<>(after);
      }
      if (kills == 20) {
        serve.kill();
        break;
      }
      long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50 + random.nextInt(1000));
      Writer writer = new Writer(base, new Random(random.nextLong()), followed);
      Thread client = Thread.ofPlatform().start(writer);
      while (System.nanoTime() < killAt) Thread.sleep(5);
      assertThat(serve.kill()).as("serve was running").isTrue();
      kills++;
      client.join(30_000);
      assertThat(writer.failure).isNull();
      acknowledged += writer.acknowledged;
      lost = writer.inFlight;
    }
    StoreSnapshot afterAll = StoreSnapshot.read(data, tmp.resolve("scratch"));
    assertThat(afterAll.tables()).isEqualTo(before.tables());
    IngestCrashIT.assertConsistent(afterAll);
    System.out.printf("ServeCrashIT: %d kills during %d acknowledged follow writes; %d in-flight writes were kept%n",
        kills, acknowledged, inFlightKept);
  }

  /** One follow or unfollow. */
  private record Write(boolean follow, String site) {
    Set<String> applyTo(Set<String> followed) {
      Set<String> out = new TreeSet<>(followed);
      if (follow) out.add(site);
      else out.remove(site);
      return out;
    }
  }

  /** Follows and unfollows sites until the server stops answering, keeping {@code followed} to what was acknowledged. */
  private final class Writer implements Runnable {
    private final String base;
    private final Random random;
    private final Set<String> followed;
    volatile Write inFlight;
    volatile AssertionError failure;
    volatile int acknowledged;

    Writer(String base, Random random, Set<String> followed) {
      this.base = base;
      this.random = random;
      this.followed = followed;
    }

    @Override
    public void run() {
      while (true) {
        String site = SITES.get(random.nextInt(SITES.size()));
        Write w = new Write(!followed.contains(site) || random.nextInt(4) == 0, site);
        inFlight = w;
        try {
          int status = send(w);
          if (status != 201 && status != 204) {
            failure = new AssertionError(w + " answered " + status);
            return;
          }
          Set<String> next = w.applyTo(followed);
          followed.clear();
          followed.addAll(next);
          acknowledged++;
          inFlight = null;
        } catch (IOException | InterruptedException e) {
          return; // the server died: inFlight may or may not have been written
        }
      }
    }

    private int send(Write w) throws IOException, InterruptedException {
      HttpRequest request = w.follow()
          ? HttpRequest.newBuilder(URI.create(base + "/api/v1/follows")).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(
                  "{\"kind\": \"site\", \"value\": " + ArticleJson.mapper().writeValueAsString(w.site()) + "}")).build()
          : HttpRequest.newBuilder(URI.create(base + "/api/v1/follows?kind=site&value="
              + URLEncoder.encode(w.site(), StandardCharsets.UTF_8))).DELETE().build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

  private Set<String> follows(String base) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/follows")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    Set<String> out = new TreeSet<>();
    for (JsonNode f : ArticleJson.mapper().readTree(r.body()).path("follows")) out.add(f.path("value").asText());
    return out;
  }

  private static String awaitUrl(LedeProcess serve) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      Matcher m = SERVING.matcher(serve.out());
      if (m.find()) return m.group(1);
      if (!serve.isAlive()) throw new IllegalStateException("lede serve ended: " + serve.err());
      Thread.sleep(20);
    }
    throw new IllegalStateException("lede serve did not start: " + serve.err());
  }
}
