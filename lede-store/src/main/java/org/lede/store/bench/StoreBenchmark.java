package org.lede.store.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lede.article.Article;
import org.lede.index.SearchRequest;
import org.lede.library.Library;
import org.lede.library.LibraryStats;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * Measures the store and index end to end on synthetic news: ingest a number of made-up articles (one raw HTML
 * page each) into a fresh library, run a mix of searches, optionally rebuild the index, and report throughput,
 * latency, disk and heap. Run it with {@code -Dlede.bench=true} through {@code StoreBenchmarkRun} in the tests, or
 * call {@link #run} from a CLI command.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class StoreBenchmark {
  private static final int VOCABULARY = 30_000;
  private static final int WARM_UP_QUERIES = 50;

  private StoreBenchmark() {}

  /**
   * @param dataDir  an empty directory for the library
   * @param articles how many articles to ingest
   * @param queries  how many searches to time
   * @param reindex  whether to time a full index rebuild as well
   * @param log      progress lines go here
   */
  public static BenchReport run(Path dataDir, int articles, int queries, boolean reindex, PrintStream log) {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    SyntheticNews news = new SyntheticNews(42, VOCABULARY);
    List<String> bigrams = new ArrayList<>();
    long rawBytes = 0;
    double ingestSeconds;
    double ingestCpuSeconds;
    double reindexSeconds = -1;
    double[] latencies;
    double[] cpu;
    LibraryStats stats;
    try (Library lib = Library.open(dataDir)) {
      // in groups, as lede ingest stores: one commit and one index refresh per group, not per article
      org.lede.library.IngestGroup group = lib.group();
      long generating = 0;
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      for (int i = 0; i < articles; i++) {
        long g = System.nanoTime();
        Article a = news.article(i);
        if (i % 100 == 0) bigrams.add(bigram(a));
        byte[] page = SyntheticNews.page(a).getBytes(StandardCharsets.UTF_8);
        rawBytes += page.length;
        Document raw = new Document(a.canonicalUrl(), page, MediaType.HTML, StandardCharsets.UTF_8, Instant.now(), null);
        generating += System.nanoTime() - g;
        group.ingest(raw, List.of(a), List.of(org.lede.annotate.Annotations.NONE));
        if ((i + 1) % 10_000 == 0) log.printf("ingested %,d (%.0f/s)%n", i + 1, (i + 1) / ((System.nanoTime() - t0 - generating) / 1e9));
      }
      group.close();
      lib.commit();
      // making up the articles is not part of what is measured
      ingestSeconds = (System.nanoTime() - t0 - generating) / 1e9;
      ingestCpuSeconds = (processCpuNanos() - cpu0 - generating) / 1e9;

      List<SearchRequest> mix = BenchQueries.make(news, bigrams, WARM_UP_QUERIES + queries);
      latencies = new double[queries];
      cpu = new double[queries];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long hitsSeen = 0;
      for (int i = 0; i < mix.size(); i++) {
        long c = threads.getCurrentThreadCpuTime();
        long s = System.nanoTime();
        hitsSeen += lib.search(mix.get(i)).totalHits();
        if (i >= WARM_UP_QUERIES) {
          latencies[i - WARM_UP_QUERIES] = (System.nanoTime() - s) / 1e6;
          cpu[i - WARM_UP_QUERIES] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
      }
      log.printf("searches matched %,d articles in all%n", hitsSeen);
      if (reindex) {
        long r0 = System.nanoTime();
        lib.reindex((done, total) -> {
          if (done % 20_000 == 0) log.printf("reindexed %,d of %,d%n", done, total);
        });
        reindexSeconds = (System.nanoTime() - r0) / 1e9;
      }
      stats = lib.stats();
    }
    Arrays.sort(latencies);
    Arrays.sort(cpu);
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new BenchReport(articles, ingestSeconds, ingestCpuSeconds, rawBytes / 1e6, queries, percentile(latencies, 0.5),
        percentile(latencies, 0.99), percentile(cpu, 0.5), stats.indexBytes(), stats.storeBytes(), reindexSeconds, peak);
  }

  private static String bigram(Article a) {
    String[] w = a.paragraphs().getFirst().replaceAll("[^\\p{L} ]", "").toLowerCase(java.util.Locale.ROOT).split(" ");
    return w[0] + " " + w[1];
  }

  /** CPU of every thread (merges, GC, JIT included): a fairer figure than wall time on a shared machine. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
