package org.lede.app.bench;

/**
 * Something that reads an HTML page and returns its main text: Lede, the jsoup floor, or a peer extractor.
 * Implementations are called from one thread.
 */
interface Contender {
  /** A short name for tables. */
  String name();

  /**
   * Returns the body text of {@code page}; the bench keeps its length so the work cannot be optimised away.
   *
   * @throws Exception when the page defeats the contender; the bench counts it as a failure and goes on
   */
  String bodyText(BenchPage page) throws Exception;
}
