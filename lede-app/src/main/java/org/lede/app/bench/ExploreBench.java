package org.lede.app.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.Interval;
import org.lede.index.PublishedSpan;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.library.Library;
import org.lede.library.WhatWasSaid;
import org.lede.store.bench.SyntheticIndex;

/**
 * The analyst's view at size: over a data directory of synthetic articles (indexed once by {@link SyntheticIndex}
 * with their stories and the corpus rows the panel reads, and kept; the web bench's store serves as well), times a
 * five-query attention chart of one year by day (articles and stories per day) and the "what was said" panel for a
 * query over that year, each with different words every round so no answer comes from a cache. Each figure is wall
 * time and the calling thread's CPU time (the searches run on it), with the machine's load average beside them.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class ExploreBench {
  private static final int WARM_UP = 5;

  private final PrintStream out;

  public ExploreBench(PrintStream out) {
    this.out = out;
  }

  /**
   * @param dataDir  the store; built with {@code articles} synthetic articles when it holds none
   * @param rounds   timed charts and panels
   */
  public void run(Path dataDir, int articles, int rounds) throws Exception {
    if (!Files.exists(dataDir.resolve("lede.db"))) {
      out.printf(Locale.ROOT, "building an index of %,d synthetic articles in %s%n", articles, dataDir);
      SyntheticIndex.build(dataDir, articles, out);
    }
    long open0 = System.nanoTime();
    try (Library library = Library.open(dataDir)) {
      long size = library.stats().indexed();
      out.printf(Locale.ROOT, "opened %,d indexed articles in %.1f s%n", size, (System.nanoTime() - open0) / 1e9);
      PublishedSpan span = library.publishedSpan().orElseThrow(() -> new IllegalStateException("no dated article"));
      LocalDate until = span.last().plusDays(1);
      LocalDate since = until.minusYears(1);
      List<String> words = words(library, new Random(17), (WARM_UP + rounds) * 6);
      double[] chart = new double[rounds];
      double[] panel = new double[rounds];
      double[] chartCpu = new double[rounds];
      double[] panelCpu = new double[rounds];
      java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
      double load0 = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      long matched = 0;
      long stories = 0;
      long panelArticles = 0;
      long panelPeople = 0;
      long panelQuotes = 0;
      int at = 0;
      for (int r = 0; r < WARM_UP + rounds; r++) {
        List<AttentionQuery> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) five.add(AttentionQuery.of(words.get(at++)));
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        AttentionCounts counts = library.attention(five, since, until, Interval.DAY);
        double ms = (System.nanoTime() - t0) / 1e6;
        double msCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
        String word = words.get(at++);
        long c1 = cpu.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        WhatWasSaid said = library.said(SearchRequest.of(word)
            .withSince(since.atStartOfDay(ZoneOffset.UTC).toInstant()).withUntil(until.atStartOfDay(ZoneOffset.UTC).toInstant()));
        double panelMs = (System.nanoTime() - t1) / 1e6;
        double panelMsCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1e6;
        if (r >= WARM_UP) {
          chart[r - WARM_UP] = ms;
          panel[r - WARM_UP] = panelMs;
          chartCpu[r - WARM_UP] = msCpu;
          panelCpu[r - WARM_UP] = panelMsCpu;
          matched += counts.series().stream().mapToLong(AttentionCounts.Series::total).sum();
          stories += counts.series().stream().mapToLong(AttentionCounts.Series::storyCount).sum();
          panelArticles += said.articles();
          panelPeople += said.quoted().size();
          panelQuotes += said.quotes().size();
        }
      }
      Arrays.sort(chart);
      Arrays.sort(panel);
      Arrays.sort(chartCpu);
      Arrays.sort(panelCpu);
      double load1 = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      out.printf(Locale.ROOT, "%nexplore bench: %,d articles, one year (%s to %s) by day, %d rounds after %d warm-up%n",
          size, since, until.minusDays(1), rounds, WARM_UP);
      out.printf(Locale.ROOT, "  five-query chart      p50 %7.1f ms  p90 %7.1f ms  max %7.1f ms   CPU p50 %7.1f ms  p90 %7.1f ms"
          + "   (%,d matches and %,d stories a query on average)%n",
          pct(chart, 0.5), pct(chart, 0.9), chart[rounds - 1], pct(chartCpu, 0.5), pct(chartCpu, 0.9),
          matched / (5L * rounds), stories / (5L * rounds));
      out.printf(Locale.ROOT, "  what was said panel   p50 %7.1f ms  p90 %7.1f ms  max %7.1f ms   CPU p50 %7.1f ms  p90 %7.1f ms"
          + "   (%,d matching articles, %d people quoted, %d sample quotes on average)%n",
          pct(panel, 0.5), pct(panel, 0.9), panel[rounds - 1], pct(panelCpu, 0.5), pct(panelCpu, 0.9),
          panelArticles / rounds, panelPeople / rounds, panelQuotes / rounds);
      out.printf(Locale.ROOT, "  load average %.1f before, %.1f after, on %d cores%n", load0, load1,
          Runtime.getRuntime().availableProcessors());
      out.printf(Locale.ROOT, "  heap in use %,d MB%n", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
  }

  /** Words from the headlines of articles across the store: some rare, some common, none repeated. */
  private static List<String> words(Library library, Random random, int n) {
    List<SearchHit> hits = new ArrayList<>(library.search(SearchRequest.of("").withLimit(1000)).hits());
    hits.addAll(library.search(SearchRequest.of("").withSort(SearchRequest.Sort.RELEVANCE).withLimit(1000).withOffset(5_000)).hits());
    Set<String> words = new LinkedHashSet<>();
    for (SearchHit h : hits) {
      if (h.headline() == null) continue;
      for (String w : h.headline().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.length() >= 4) words.add(w);
    }
    List<String> all = new ArrayList<>(words);
    java.util.Collections.shuffle(all, random);
    if (all.size() < n) throw new IllegalStateException("the store's headlines have too few distinct words for " + n + " queries");
    return all.subList(0, n);
  }

  private static double pct(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
