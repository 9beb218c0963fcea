package org.lede.store.bench;

/**
 * What one benchmark run measured.
 *
 * @param articles          articles ingested (one raw page each)
 * @param ingestSeconds     wall time of the ingest, final index commit included, generating the articles excluded
 * @param ingestCpuSeconds  CPU time of the whole process during the ingest (all threads), generation excluded
 * @param rawMegabytes      raw page bytes ingested, in MB (10^6 bytes)
 * @param queries           searches timed (after warm-up)
 * @param medianSearchMillis median search latency, snippets and facets included
 * @param p99SearchMillis   99th percentile search latency
 * @param medianSearchCpuMillis median CPU time of the searching thread per search (searches run on one thread)
 * @param indexBytes        size of the Lucene index on disk
 * @param storeBytes        size of the SQLite files on disk
 * @param reindexSeconds    wall time to rebuild the index from the store, or -1 when not measured
 * @param peakHeapBytes     the sum of the heap pools' peak usage during the run
 */
public record BenchReport(int articles, double ingestSeconds, double ingestCpuSeconds, double rawMegabytes, int queries,
    double medianSearchMillis, double p99SearchMillis, double medianSearchCpuMillis, long indexBytes, long storeBytes, double reindexSeconds,
    long peakHeapBytes) {

  public double articlesPerSecond() {
    return articles / ingestSeconds;
  }

  public double megabytesPerSecond() {
    return rawMegabytes / ingestSeconds;
  }

  /** Returns the report as a few lines for a terminal. */
  public String describe() {
    return String.format(java.util.Locale.ROOT, """
        ingest:  %,d articles in %.1f s = %,.0f articles/s, %.2f MB/s raw (%.1f MB), %.3f ms/article
                 CPU %.1f s = %.3f CPU-ms/article (all threads)
        search:  %d queries, median %.2f ms, p99 %.2f ms, median CPU %.2f ms
        reindex: %s
        disk:    index %.1f MB, store %.1f MB
        heap:    peak %.0f MB""",
        articles, ingestSeconds, articlesPerSecond(), megabytesPerSecond(), rawMegabytes, 1000 * ingestSeconds / articles,
        ingestCpuSeconds, 1000 * ingestCpuSeconds / articles,
        queries, medianSearchMillis, p99SearchMillis, medianSearchCpuMillis,
        reindexSeconds < 0 ? "not measured" : String.format(java.util.Locale.ROOT, "%.1f s = %,.0f articles/s", reindexSeconds, articles / reindexSeconds),
        indexBytes / 1e6, storeBytes / 1e6, peakHeapBytes / 1e6);
  }
}
