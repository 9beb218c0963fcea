package org.lede.app.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.lede.corpus.Corpus;
import org.lede.corpus.CorpusQuote;
import org.lede.corpus.KnownEntity;
import org.lede.entity.EntityType;
import org.lede.index.SearchRequest;
import org.lede.library.Library;
import org.lede.library.LibraryStats;
import org.lede.store.bench.CorpusGrowth;

/**
 * The corpus layer as the store grows: made-up news with its annotations (people by a Zipf law, a third named by
 * surname alone, shared surnames, wire copies carrying the same quotes) added to one store, and at 10,000, 100,000
 * and 1,000,000 articles (as far as asked): the cost per article of the last block beside the first, store bytes
 * per article, how long a fresh {@code lede serve} process takes to answer its first article page and an entity
 * page, entity page and corpus-quote API latency under an open-loop load, and {@code lede entities --top 100} as a
 * whole process.
 *
 * <p>A million articles take hours: the store's directory keeps the growth so far ({@value #PROGRESS}: the blocks
 * timed and the sizes measured), and a run given a store it grew continues it where it stopped, even in the middle
 * of a block, making up again (without storing) the articles the store holds so the stream goes on unchanged. The
 * first block of a store grown over several runs is timed again at the end, in a new store, so the last block is
 * compared with a first timed in the same run.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class CorpusBench {
  private static final int TARGETS = 20_000;
  /** The growth so far, in the store's directory: a run stopped at any point is continued by the next. */
  static final String PROGRESS = "corpus-bench.json";

  private final PrintStream out;

  public CorpusBench(PrintStream out) {
    this.out = out;
  }

  /**
   * @param dataDir  an empty or absent directory for the store (kept afterwards, to serve or measure again)
   * @param articles the size to grow to; the sizes measured are 10,000, 100,000 and 1,000,000 below it, and it
   * @param rate     requests per second of the load
   * @param seconds  how long each page is loaded
   */
  public void run(Path dataDir, int articles, int rate, int seconds) throws Exception {
    Path progressFile = dataDir.resolve(PROGRESS);
    GrowthLog log = GrowthLog.empty(articles);
    if (Files.exists(dataDir.resolve("lede.db"))) {
      if (!Files.exists(progressFile)) {
        throw new IllegalArgumentException(dataDir + " already holds a store the corpus bench did not grow (remove it, or choose --store)");
      }
      log = GrowthLog.read(progressFile);
      if (log.articles() != articles) {
        throw new IllegalArgumentException(dataDir + " is being grown towards " + log.articles()
            + " articles: continue it with --articles " + log.articles() + ", or choose another --store");
      }
    }
    TreeSet<Integer> sizes = new TreeSet<>();
    for (int s = 10_000; s < articles; s *= 10) sizes.add(s);
    sizes.add(articles);
    out.printf(Locale.ROOT, "Corpus layer on made-up news with annotations, grown in one store (%s) to %,d articles%n",
        dataDir, articles);
    CorpusGrowth growth = new CorpusGrowth(42, articles);
    Map<Integer, String> rows = new TreeMap<>(log.rows());
    if (Files.exists(dataDir.resolve("lede.db"))) {
      int stored;
      try (Library library = Library.open(dataDir)) {
        stored = Math.toIntExact(library.stats().articles());
      }
      growth.resume(stored, log.blocks());
      out.printf(Locale.ROOT, "  continuing a store of %,d articles, %d blocks timed by earlier runs%n", stored,
          log.blocks().size());
    }
    for (int size : sizes) {
      if (rows.containsKey(size)) continue; // measured by an earlier run
      LibraryStats stats;
      try (Library library = Library.open(dataDir)) {
        growth.growTo(library, size, out, b -> GrowthLog.write(progressFile, articles, growth.blocks(), rows));
        stats = library.stats();
      }
      List<CorpusGrowth.Block> blocks = growth.blocks();
      CorpusGrowth.Block first = blocks.getFirst();
      CorpusGrowth.Block last = blocks.getLast();
      if (!log.blocks().isEmpty() && size == articles) {
        // the first block was timed by an earlier run, perhaps on a busier machine: time it again beside the last
        first = firstBlockAgain(articles);
        out.printf(Locale.ROOT, "the first %,d articles again, in a new store in this run: %.0f µs CPU per article"
            + " (%.0f µs when first grown)%n", CorpusGrowth.BLOCK, first.cpuMicros(), blocks.getFirst().cpuMicros());
      }
      out.printf(Locale.ROOT, "%,d articles: last block %.0f µs CPU per article, %.2f× the first block's %.0f µs;"
              + " store %.1f KB and index %.1f KB per article%n",
          size, last.cpuMicros(), last.cpuMicros() / first.cpuMicros(), first.cpuMicros(),
          stats.storeBytes() / 1024.0 / size, stats.indexBytes() / 1024.0 / size);
      rows.put(size, serveAndLoad(dataDir, size, rate, seconds, last, first));
      GrowthLog.write(progressFile, articles, growth.blocks(), rows);
    }
    out.println();
    out.println("articles   last/first block CPU   serve: first article page   first entity page   entity page p50/p99 ms   quotes API p50/p99 ms   entities --top 100");
    rows.values().forEach(out::println);
  }

  /** The first block of the same stream, grown now in a store of its own, which is then deleted. */
  private CorpusGrowth.Block firstBlockAgain(int articles) throws java.io.IOException {
    Path fresh = Files.createTempDirectory("lede-bench-first-block");
    try {
      CorpusGrowth again = new CorpusGrowth(42, articles);
      try (Library library = Library.open(fresh)) {
        again.growTo(library, CorpusGrowth.BLOCK, out);
      }
      return again.blocks().getFirst();
    } finally {
      try (var files = Files.walk(fresh)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }

  private String serveAndLoad(Path dataDir, int size, int rate, int seconds, CorpusGrowth.Block last,
      CorpusGrowth.Block first) throws Exception {
    List<String> entityIds = new ArrayList<>();
    List<String> quoteQueries = new ArrayList<>();
    String articleId;
    try (Library library = Library.open(dataDir)) {
      articleId = library.search(SearchRequest.of("").withLimit(1)).hits().getFirst().id();
      Corpus corpus = library.corpus();
      for (KnownEntity e : corpus.top(EntityType.PERSON, 300)) entityIds.add(e.id());
      // the long tail too: people by name from a few places in the alphabet
      for (String prefix : List.of("b", "d", "k", "m", "s", "t")) {
        for (KnownEntity e : corpus.byName(null, prefix, EntityType.PERSON, 100)) entityIds.add(e.id());
      }
      for (CorpusQuote q : corpus.quotes("", "", 300)) {
        String[] w = q.quote().text().split(" ");
        quoteQueries.add(w[w.length / 2] + (w.length > 3 ? " " + w[w.length / 2 + 1] : ""));
      }
    }
    int port = LedeProcess.freePort();
    String base = "http://127.0.0.1:" + port;
    Process server = LedeProcess.start("serve", "--data", dataDir.toString(), "--port", Integer.toString(port));
    try {
      long t0 = System.nanoTime();
      double firstArticle = LedeProcess.firstAnswer(base + "/a/" + articleId, t0);
      double firstEntity = LedeProcess.firstAnswer(base + "/e/" + entityIds.getFirst(), t0);
      out.printf(Locale.ROOT, "%,d articles: a new `lede serve` answered its first article page after %.2f s and an entity page after %.2f s%n",
          size, firstArticle, firstEntity);
      OpenLoopLoad load = new OpenLoopLoad();
      Duration timeout = Duration.ofSeconds(10);
      Random random = new Random(size);
      List<URI> entityPages = new ArrayList<>();
      List<URI> quoteApi = new ArrayList<>();
      for (int i = 0; i < TARGETS; i++) {
        entityPages.add(URI.create(base + "/e/" + entityIds.get(random.nextInt(entityIds.size()))));
        String q = quoteQueries.isEmpty() ? "" : quoteQueries.get(random.nextInt(quoteQueries.size()));
        quoteApi.add(URI.create(base + "/api/v1/quotes?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
      }
      int warm = Math.max(5, seconds / 3);
      load.run("warm-up", entityPages.reversed(), rate, Duration.ofSeconds(warm), timeout);
      OpenLoopLoad.Result entity = load.run("entity page", entityPages, rate, Duration.ofSeconds(seconds), timeout);
      out.println(entity.describe());
      load.run("warm-up", quoteApi.reversed(), rate, Duration.ofSeconds(warm), timeout);
      OpenLoopLoad.Result quotes = load.run("quotes API", quoteApi, rate, Duration.ofSeconds(seconds), timeout);
      out.println(quotes.describe());
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
      long e0 = System.nanoTime();
      Process entities = LedeProcess.start("entities", "--data", dataDir.toString(), "--top", "100");
      int code = entities.waitFor() ;
      double entitiesSeconds = (System.nanoTime() - e0) / 1e9;
      out.printf(Locale.ROOT, "%,d articles: `lede entities --top 100` took %.2f s as a whole process (exit %d)%n",
          size, entitiesSeconds, code);
      return String.format(Locale.ROOT, "%,9d   %6.2f× (%4.0f/%4.0f µs)   %9.2f s   %17.2f s   %8.1f / %6.1f   %8.1f / %6.1f   %8.2f s",
          size, last.cpuMicros() / first.cpuMicros(), last.cpuMicros(), first.cpuMicros(), firstArticle, firstEntity,
          entity.percentile(0.5), entity.percentile(0.99), quotes.percentile(0.5), quotes.percentile(0.99), entitiesSeconds);
    } finally {
      server.destroyForcibly();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
