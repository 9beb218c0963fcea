package org.lede.library;

/**
 * Told how a rebuild of the search index is going; called from the rebuilding thread, so it must be quick.
 */
@FunctionalInterface
public interface ReindexProgress {
  /** Does nothing. */
  ReindexProgress NONE = (done, total) -> {};

  /**
   * @param done  articles indexed so far
   * @param total articles to index in all (an estimate when articles are ingested meanwhile)
   */
  void indexed(long done, long total);
}
