package org.lede.app.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times contenders over the same pages in one process: warm-up passes, then rounds in which every contender
 * makes one pass in turn, so drift in the machine's speed touches all of them alike.
 */
final class ThroughputBench {
  private final List<BenchPage> pages;
  private final int warmups;
  private final int rounds;
  /** Where the bodies' lengths go, so the JIT cannot drop a contender's work as unused. */
  private long blackhole;

  ThroughputBench(List<BenchPage> pages, int warmups, int rounds) {
    this.pages = pages;
    this.warmups = warmups;
    this.rounds = rounds;
  }

  /**
   * One contender's figures.
   *
   * @param name          the contender
   * @param medianPassNs  the median time of one pass over all pages
   * @param pagesPerSec   pages per second at the median pass
   * @param mbPerSec      megabytes of HTML per second at the median pass
   * @param allocPerPage  bytes allocated per page (this thread), or -1 where the JVM cannot tell
   * @param failures      pages that threw, in one pass
   * @param ratioToFirst  the median, over the rounds, of this contender's pass time divided by the first
   *                      contender's in the same round: paired within a round, so a drift in the machine's speed
   *                      between rounds does not enter the ratio
   * @param cpuPassNs     the median CPU time of one pass, every thread of the process counted (the collector's
   *                      and the compiler's too), or 0 where the JVM cannot tell
   * @param cpuRatioToFirst the same pairing as {@code ratioToFirst} on CPU time: what a machine shared with other
   *                      work does not inflate
   */
  record Result(String name, long medianPassNs, double pagesPerSec, double mbPerSec, long allocPerPage, int failures,
      double ratioToFirst, long cpuPassNs, double cpuRatioToFirst) {}

  /** Warm-up passes stop once the JIT compiles for less than this share of a pass's time. */
  private static final double JIT_QUIET_SHARE = 0.05;
  private static final int MAX_WARMUPS = 12;

  List<Result> run(List<Contender> contenders) {
    Clocks clocks = new Clocks();
    // At least the passes asked for; more while the JIT is still busy, as it is over a few small pages.
    for (int w = 0; w < MAX_WARMUPS; w++) {
      long jit = clocks.jitMillis();
      long start = System.nanoTime();
      for (Contender c : contenders) pass(c);
      boolean quiet = clocks.jitMillis() - jit < JIT_QUIET_SHARE * (System.nanoTime() - start) / 1e6;
      if (w + 1 >= warmups && quiet) break;
    }
    long[][] times = new long[contenders.size()][rounds];
    long[][] cpu = new long[contenders.size()][rounds];
    long[] alloc = new long[contenders.size()];
    int[] failures = new int[contenders.size()];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < contenders.size(); i++) {
        long before = allocatedBytes();
        long cpuStart = clocks.process();
        long start = System.nanoTime();
        failures[i] = pass(contenders.get(i));
        times[i][r] = System.nanoTime() - start;
        cpu[i][r] = clocks.process() - cpuStart;
        alloc[i] += allocatedBytes() - before;
      }
    }
    long totalBytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < contenders.size(); i++) {
      long median = median(times[i]);
      double seconds = median / 1e9;
      long perPage = allocatedBytes() < 0 ? -1 : alloc[i] / ((long) rounds * pages.size());
      results.add(new Result(contenders.get(i).name(), median, pages.size() / seconds,
          totalBytes / 1048576.0 / seconds, perPage, failures[i], pairedRatio(times[i], times[0]), median(cpu[i]),
          median(cpu[0]) == 0 ? 0 : pairedRatio(cpu[i], cpu[0])));
    }
    return results;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** The median over the rounds of {@code times[r] / base[r]}. */
  private static double pairedRatio(long[] times, long[] base) {
    double[] ratios = new double[times.length];
    for (int r = 0; r < times.length; r++) ratios[r] = (double) times[r] / Math.max(1, base[r]);
    Arrays.sort(ratios);
    return ratios[ratios.length / 2];
  }

  private int pass(Contender contender) {
    int failures = 0;
    long sink = 0;
    for (BenchPage page : pages) {
      try {
        sink += contender.bodyText(page).length();
      } catch (Exception | StackOverflowError e) {
        failures++;
      }
    }
    blackhole += sink;
    return failures;
  }

  private static long allocatedBytes() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
        && bean.isThreadAllocatedMemorySupported()) {
      return bean.getCurrentThreadAllocatedBytes();
    }
    return -1;
  }
}
