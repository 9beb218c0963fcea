package org.lede.opensearch;

import java.time.Duration;

/**
 * What one {@link OpenSearchLoad} did.
 *
 * @param parts        part files loaded by this run
 * @param skippedParts part files a run before this one had loaded whole, not read again
 * @param articles     articles this run indexed (new ones, and ones already there that it replaced)
 * @param failed       lines that are not articles, and articles OpenSearch refused; each was reported by part and line
 * @param documents    articles in the index when the run ended
 * @param took         how long the run took
 */
public record LoadCounts(int parts, int skippedParts, long articles, long failed, long documents, Duration took) {
  /** Articles per second of this run, 0 when it indexed none. */
  public double articlesPerSecond() {
    return took.isZero() ? 0 : articles / (took.toNanos() / 1e9);
  }
}
