package org.lede.postgres;

import java.time.Duration;

/**
 * What a load did.
 *
 * @param loaded   parts loaded by this run
 * @param skipped  parts an earlier run had loaded
 * @param failed   parts that could not be read to their end (nothing of them kept)
 * @param articles articles loaded by this run
 * @param corpusRows rows of the corpus tables (entities, mentions, corpus quotes, carriers, keys) loaded by this run
 * @param bytes    bytes of the parts this run loaded
 * @param refused  lines refused, by this run and, in the skipped parts, by the run that loaded them
 * @param took     how long it took
 */
public record LoadSummary(int loaded, int skipped, int failed, long articles, long corpusRows, long bytes, long refused,
    Duration took) {
  /** True when every line of every part is in the store. */
  public boolean complete() {
    return failed == 0 && refused == 0;
  }

  /** Articles loaded a second, over the whole run. */
  public double articlesPerSecond() {
    double s = took.toNanos() / 1e9;
    return s <= 0 ? 0 : articles / s;
  }
}
