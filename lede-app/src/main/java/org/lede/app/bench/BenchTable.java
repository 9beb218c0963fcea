package org.lede.app.bench;

import java.util.List;
import java.util.Locale;

/** Renders throughput results as a plain-text table, each figure beside its ratio to the first row. */
final class BenchTable {
  private BenchTable() {}

  static String render(List<ThroughputBench.Result> results, int pages, long bytes) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Extraction speed over %d HTML pages (%.1f MB), one thread, median of the timed"
        + " passes.%nx floor: the median over the rounds of each round's ratio to the floor, in wall time and in the"
        + " process's CPU time%n(every JVM thread: collector and compiler included), which other work on the machine"
        + " does not inflate.%n", pages, bytes / 1048576.0));
    sb.append(String.format(Locale.ROOT, "%-22s %10s %9s %10s %9s %12s %9s %13s%n", "contender", "pages/s", "MB/s",
        "ms/page", "x floor", "CPU ms/page", "x floor", "KB alloc/page"));
    for (ThroughputBench.Result r : results) {
      sb.append(String.format(Locale.ROOT, "%-22s %10.1f %9.2f %10.3f %9.2f %12.3f %9.2f %13s%s%n", r.name(),
          r.pagesPerSec(), r.mbPerSec(), r.medianPassNs() / 1e6 / pages, r.ratioToFirst(),
          r.cpuPassNs() / 1e6 / pages, r.cpuRatioToFirst(),
          r.allocPerPage() < 0 ? "n/a" : String.valueOf(r.allocPerPage() / 1024),
          r.failures() > 0 ? "   (" + r.failures() + " pages failed)" : ""));
    }
    return sb.toString();
  }
}
