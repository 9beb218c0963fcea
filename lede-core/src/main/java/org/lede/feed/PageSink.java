package org.lede.feed;

import org.lede.source.InputException;

/**
 * Where a {@link Harvest} hands each newly fetched page: typically extraction and storage. Called from several
 * worker threads at once, so implementations must be thread-safe. When it returns normally the page is recorded
 * as seen and not fetched again; when it throws, the page is reported and also not fetched again (it is not
 * news); when the process dies inside it, the page is fetched again on the next poll, so storing must be
 * idempotent (Lede's store is: the same bytes are stored once).
 */
@FunctionalInterface
public interface PageSink {
  /** Takes one fetched page. */
  void accept(FetchedPage page) throws InputException;
}
