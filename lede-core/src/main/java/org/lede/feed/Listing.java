package org.lede.feed;

import java.util.List;

/**
 * What one feed or sitemap document lists.
 *
 * @param title    the feed's title, or null (sitemaps have none)
 * @param pages    the pages listed, in document order, each URL once
 * @param children further sitemaps a sitemap index points to (empty for feeds and plain sitemaps)
 */
public record Listing(String title, List<ListedPage> pages, List<java.net.URI> children) {
  public Listing {
    pages = List.copyOf(pages);
    children = List.copyOf(children);
  }
}
