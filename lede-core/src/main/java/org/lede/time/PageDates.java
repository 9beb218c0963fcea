package org.lede.time;

import java.time.Instant;
import org.lede.article.StatedTime;

/**
 * Finds when an HTML page was published and last updated, from its structured metadata (JSON-LD, OpenGraph,
 * meta tags, {@code <time>}), its URL and its visible text.
 */
public final class PageDates {
  private PageDates() {}

  /** The page's dates; either may be null when the page does not say. */
  public record Found(StatedTime published, StatedTime updated) {
    public static final Found NONE = new Found(null, null);
  }

  /**
   * Returns the publication and update times of {@code page}, fetched from {@code url} (may be null),
   * resolving relative times against {@code reference}.
   */
  public static Found find(org.jsoup.nodes.Document page, String url, Instant reference) {
    return Found.NONE;
  }
}
