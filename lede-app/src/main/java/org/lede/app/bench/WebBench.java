package org.lede.app.bench;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.library.Library;
import org.lede.store.bench.StoreBenchmark;
import org.lede.web.WebConfig;
import org.lede.web.WebServer;

/**
 * The web server under load: a store of synthetic articles (built once by {@link StoreBenchmark} and kept), served
 * on loopback, and an open-loop load at a fixed rate on the article page, the search page and the API search in
 * turn, each after a warm-up at the same rate. Reports the achieved rate, latency percentiles and errors.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class WebBench {
  private static final int TARGETS = 20_000;

  private final PrintStream out;

  public WebBench(PrintStream out) {
    this.out = out;
  }

  /**
   * @param dataDir  the store to serve; built with {@code articles} synthetic articles when it holds none
   * @param rate     requests per second
   * @param seconds  how long each page is loaded (after a warm-up of a third as long, at least 5 s)
   */
  public void run(Path dataDir, int articles, int rate, int seconds) throws Exception {
    if (!Files.exists(dataDir.resolve("lede.db"))) {
      out.printf(Locale.ROOT, "building a store of %,d synthetic articles in %s%n", articles, dataDir);
      StoreBenchmark.run(dataDir, articles, 10, false, out);
    }
    try (Library library = Library.open(dataDir); WebServer web = WebServer.start(library, WebConfig.defaults().withPort(0))) {
      out.printf(Locale.ROOT, "serving %,d articles at %s; %d req/s for %d s per page, open loop%n",
          library.stats().articles(), web.url(), rate, seconds);
      Random random = new Random(7);
      List<SearchHit> sample = new ArrayList<>(library.search(SearchRequest.of("").withLimit(1000)).hits());
      sample.addAll(library.search(SearchRequest.of("").withSort(SearchRequest.Sort.RELEVANCE).withLimit(1000).withOffset(50_000)).hits());
      for (String w : List.of("council", "minister", "harbour", "market", "court")) sample.addAll(library.search(SearchRequest.of(w).withLimit(200)).hits());
      Collections.shuffle(sample, random);
      List<String> words = words(sample);
      OpenLoopLoad load = new OpenLoopLoad();
      Duration timeout = Duration.ofSeconds(10);
      int warm = Math.max(5, seconds / 3);
      Random warmUp = new Random(11);
      Random measured = new Random(13);
      for (String page : List.of("article page", "search page", "API search")) {
        // the warm-up draws other articles and queries than the timed run, so the timed run is not served from caches it filled
        load.run("warm-up", targets(page, web.url(), sample, words, warmUp), rate, Duration.ofSeconds(warm), timeout);
        out.println(load.run(page, targets(page, web.url(), sample, words, measured), rate, Duration.ofSeconds(seconds), timeout).describe());
      }
    }
  }

  private static List<URI> targets(String page, String base, List<SearchHit> sample, List<String> words, Random random) {
    List<URI> out = new ArrayList<>(TARGETS);
    for (int i = 0; i < TARGETS; i++) {
      out.add(URI.create(base + switch (page) {
        case "article page" -> "/a/" + sample.get(random.nextInt(sample.size())).id();
        case "search page" -> "/search?q=" + query(words, random);
        default -> "/api/v1/search?q=" + query(words, random);
      }));
    }
    return out;
  }

  /** Words of four letters or more from the sample's headlines: queries that match something, some of them much. */
  private static List<String> words(List<SearchHit> hits) {
    List<String> words = new ArrayList<>();
    for (SearchHit h : hits) {
      if (h.headline() == null) continue;
      for (String w : h.headline().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.length() >= 4) words.add(w);
    }
    if (words.isEmpty()) words.add("news");
    return words;
  }

  /** One word, or two (a third of the time), as a URL-safe query. */
  private static String query(List<String> words, Random random) {
    String q = words.get(random.nextInt(words.size()));
    if (random.nextInt(3) == 0) q += "+" + words.get(random.nextInt(words.size()));
    return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8).replace("%2B", "+");
  }
}
