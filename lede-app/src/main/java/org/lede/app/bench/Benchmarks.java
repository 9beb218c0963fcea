package org.lede.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.library.Library;
import org.lede.source.Document;
import org.lede.source.MediaType;

/** The benchmarks behind {@code lede bench}; each prints its own table. */
public final class Benchmarks {
  private final Path extractionDev;
  private final int pageCount;
  private final int rounds;
  private final PrintStream out;

  private static final int ANNOTATE_WARMUPS = 4;
  private static final int INGEST_MAX_WARMUPS = 6;
  private static final double JIT_QUIET_SHARE = 0.05;

  public Benchmarks(Path extractionDev, int pageCount, int rounds, PrintStream out) {
    this.extractionDev = extractionDev;
    this.pageCount = pageCount;
    this.rounds = rounds;
    this.out = out;
  }

  /** Lede's extraction beside the jsoup floor and the peers, on the same pages, plus the peers' quality. */
  public void extraction() throws IOException {
    List<BenchPage> pages = BenchPages.load(extractionDev, pageCount);
    long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
    out.printf(Locale.ROOT, "Loaded %d pages from %s%n", pages.size(),
        pages.get(0).name().contains("trafilatura") ? "the trafilatura development set" : "the bundled samples");
    List<ThroughputBench.Result> results = new ThroughputBench(pages, 2, rounds).run(Contenders.all());
    out.println(BenchTable.render(results, pages.size(), bytes));
    if (extractionDev != null && Files.isDirectory(extractionDev)) {
      out.println(PeerQuality.table(extractionDev));
    }
  }

  /**
   * Extract, store and index pages into a fresh data directory, as {@code lede ingest} does. Untimed runs into other
   * directories warm the JIT up until it compiles little more (on one core it otherwise takes as much CPU as the
   * ingest), so the figure is the steady rate of a long ingest. Besides wall time it
   * reports CPU time, which a machine shared with other work does not inflate.
   *
   * @param annotate also find quotes, entities, numbers and dates in each article and store them, as
   *                 {@code lede ingest} does by default
   */
  public void ingest(boolean annotate) throws IOException {
    List<BenchPage> pages = BenchPages.load(extractionDev, pageCount);
    Annotator annotator = annotate ? Annotator.standard() : null;
    Clocks clocks = new Clocks();
    for (int pass = 0; pass < INGEST_MAX_WARMUPS; pass++) {
      long jit = clocks.jitMillis();
      long start = System.nanoTime();
      Path warmUp = Files.createTempDirectory("lede-bench-warmup-");
      ingestInto(warmUp, pages, annotator, false);
      deleteTree(warmUp);
      // A long ingest compiles its code once; stop warming up when the JIT has all but stopped.
      if (clocks.jitMillis() - jit < JIT_QUIET_SHARE * (System.nanoTime() - start) / 1e6) break;
    }
    Path dir = Files.createTempDirectory("lede-bench-");
    ingestInto(dir, pages, annotator, true);
    deleteTree(dir);
  }

  private void ingestInto(Path dir, List<BenchPage> pages, Annotator annotator, boolean report) {
    long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
    Extraction extraction = Extraction.standard();
    resetPeakHeap();
    Clocks clocks = new Clocks();
    long start = System.nanoTime();
    long cpuStart = clocks.process();
    long gcStart = clocks.gcMillis();
    long jitStart = clocks.jitMillis();
    int articles = 0;
    int failed = 0;
    long[] extract = new long[2];
    long[] annotateTime = new long[2];
    long[] store = new long[2];
    long[] commit = new long[2];
    long storeBytes;
    try (Library library = Library.open(dir)) {
      int i = 0;
      // in groups, as lede ingest stores: one commit and one index refresh per group, not per page
      org.lede.library.IngestGroup group = library.group();
      for (BenchPage page : pages) {
        // Distinct names: the bench may repeat pages, and each must be a new input.
        Document doc = new Document(page.name() + "#" + i++, page.bytes(), MediaType.HTML, null, null, null);
        try {
          long[] t0 = clocks.now();
          List<Article> extracted = extraction.extract(doc);
          long[] t1 = clocks.now();
          List<Annotations> found = extracted.stream()
              .map(a -> annotator == null ? Annotations.NONE : annotator.annotate(a)).toList();
          long[] t2 = clocks.now();
          articles += extracted.size();
          group.ingest(doc, extracted, found);
          long[] t3 = clocks.now();
          Clocks.add(extract, t0, t1);
          Clocks.add(annotateTime, t1, t2);
          Clocks.add(store, t2, t3);
        } catch (org.lede.source.InputException e) {
          failed++;
        }
      }
      long[] c0 = clocks.now();
      group.close();
      library.commit();
      Clocks.add(commit, c0, clocks.now());
      storeBytes = library.stats().storeBytes();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMs = (clocks.process() - cpuStart) / 1e6;
    long gcMs = clocks.gcMillis() - gcStart;
    long jitMs = clocks.jitMillis() - jitStart;
    if (!report) return;
    int n = pages.size();
    out.printf(Locale.ROOT, "Ingest (extract%s + SQLite + Lucene, one thread) of %d pages (%.1f MB): %.1f pages/s, %.2f MB/s, "
            + "%d articles, %d failed, peak heap %.0f MB, store %.1f KB/page%n",
        annotator == null ? "" : " + annotate", n, bytes / 1048576.0, n / seconds, bytes / 1048576.0 / seconds, articles,
        failed, peakHeap() / 1048576.0, storeBytes / 1024.0 / n);
    out.printf(Locale.ROOT, "  per page, wall: extraction %.2f ms,%s store + index %.2f ms (%.2f ms of it the final commit)%n",
        extract[0] / 1e6 / n, annotator == null ? "" : String.format(Locale.ROOT, " annotation %.2f ms,", annotateTime[0] / 1e6 / n),
        (store[0] + commit[0]) / 1e6 / n, commit[0] / 1e6 / n);
    out.printf(Locale.ROOT, "  per page, CPU:  extraction %.2f ms,%s store + index %.2f ms; whole process %.2f ms "
            + "(%.1f pages per CPU second)%n",
        extract[1] / 1e6 / n, annotator == null ? "" : String.format(Locale.ROOT, " annotation %.2f ms,", annotateTime[1] / 1e6 / n),
        (store[1] + commit[1]) / 1e6 / n, cpuMs / n, n / (cpuMs / 1e3));
    // On one core the collector and the JIT compilers take their time from the same core as the ingest.
    out.printf(Locale.ROOT, "  per page, off the ingest thread: garbage collection %.2f ms, JIT compilation %.2f ms%n%n",
        (double) gcMs / n, (double) jitMs / n);
  }

  /**
   * Annotation speed on the bodies Lede extracts from the pages: quotes, entities, numbers and dates, each timed
   * apart and beside the extraction of the same pages, after a warm-up pass.
   */
  public void annotate() throws IOException {
    List<BenchPage> pages = BenchPages.load(extractionDev, pageCount);
    Extraction extraction = Extraction.standard();
    List<org.lede.article.Article> articles = new java.util.ArrayList<>();
    long extractNanos = 0;
    for (int pass = 0; pass < 2; pass++) {
      articles.clear();
      long t = System.nanoTime();
      for (BenchPage page : pages) {
        try {
          articles.addAll(extraction.extract(new Document(page.name(), page.bytes(), MediaType.HTML, null, null, null)));
        } catch (org.lede.source.InputException e) {
          // a page Lede cannot read has no body to annotate
        }
      }
      extractNanos = System.nanoTime() - t;
    }
    long tokens = articles.stream().mapToLong(Benchmarks::tokens).sum();
    var language = org.lede.language.LanguageIdentifier.standard();
    var quotes = new org.lede.quote.QuoteFinder();
    var entities = org.lede.entity.EntityFinder.standard();
    var quantities = org.lede.quantity.QuantityFinder.standard();
    var dates = new org.lede.time.DateMentionFinder();
    Clocks clocks = new Clocks();
    // {wall, CPU} per stage: language, quotes, entities, numbers, dates
    long[][] time = new long[5][2];
    int english = 0;
    long englishTokens = 0;
    // CoreNLP's CRF takes several passes to reach its steady speed under the JIT: warm up, then time the last pass.
    for (int pass = 0; pass < ANNOTATE_WARMUPS + 1; pass++) {
      for (long[] t : time) java.util.Arrays.fill(t, 0);
      english = 0;
      englishTokens = 0;
      for (var a : articles) {
        // As Annotator does: the English analyzers read only what is identified as English (or cannot be told).
        long[] t0 = clocks.now();
        String lang = language.identify(a.text());
        long[] t1 = clocks.now();
        Clocks.add(time[0], t0, t1);
        if (!Annotator.readsEnglish(lang, a.language())) continue;
        english++;
        englishTokens += tokens(a);
        quotes.find(a);
        long[] t2 = clocks.now();
        entities.find(a);
        long[] t3 = clocks.now();
        quantities.find(a);
        long[] t4 = clocks.now();
        dates.find(a.text(), null);
        long[] t5 = clocks.now();
        Clocks.add(time[1], t1, t2);
        Clocks.add(time[2], t2, t3);
        Clocks.add(time[3], t3, t4);
        Clocks.add(time[4], t4, t5);
      }
    }
    out.printf(Locale.ROOT, "Annotation of %d extracted articles (%,d tokens), one thread, after " + ANNOTATE_WARMUPS
        + " warm-up passes; %d articles (%,d tokens) identified as English or too short to tell, the rest not read by "
        + "the English analyzers%n", articles.size(), tokens, english, englishTokens);
    out.printf(Locale.ROOT, "  extraction %8.1f ms  (reference)%n", extractNanos / 1e6);
    out.printf(Locale.ROOT, "  %-10s %8s %8s  %12s  %12s  %s%n", "", "wall ms", "CPU ms", "tokens/s", "tokens/CPU s",
        "(tokens read by it)");
    String[] names = {"language", "quotes", "entities", "numbers", "dates"};
    long[] all = new long[2];
    for (int i = 0; i < names.length; i++) {
      long read = i == 0 ? tokens : englishTokens;
      out.printf(Locale.ROOT, "  %-10s %8.1f %8.1f  %,12.0f  %,12.0f  %5.1f %% of extraction time%n", names[i],
          time[i][0] / 1e6, time[i][1] / 1e6, read / (time[i][0] / 1e9), read / (time[i][1] / 1e9),
          100.0 * time[i][0] / extractNanos);
      all[0] += time[i][0];
      all[1] += time[i][1];
    }
    out.printf(Locale.ROOT, "  full       %8.1f %8.1f  %,12.0f  %,12.0f  (all %,d tokens: language, then the four on "
        + "English)%n%n", all[0] / 1e6, all[1] / 1e6, tokens / (all[0] / 1e9), tokens / (all[1] / 1e9), tokens);
  }

  private static long tokens(Article a) {
    return a.text().isBlank() ? 0 : a.text().split("\\s+").length;
  }

  /** The store and index alone: synthetic articles in, a mix of searches timed. */
  public void search(int articles, int queries) throws IOException {
    Path dir = Files.createTempDirectory("lede-bench-search-");
    try {
      out.printf(Locale.ROOT, "Store + index on %,d synthetic articles, %d timed searches%n", articles, queries);
      out.println(org.lede.store.bench.StoreBenchmark.run(dir, articles, queries, false, out).describe());
      out.println();
    } finally {
      deleteTree(dir);
    }
  }

  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
