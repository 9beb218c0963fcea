package org.lede.feed;

import java.util.List;

/**
 * What one feed or sitemap document lists.
 *
 * @param title    the feed's title, or null (sitemaps have none)
 * @param pages    the pages listed, in document order, each URL once; at most {@link #MAX_PAGES}
 * @param children further sitemaps a sitemap index points to (empty for feeds and plain sitemaps)
 * @param unread   pages listed past {@link #MAX_PAGES}, left out
 */
public record Listing(String title, List<ListedPage> pages, List<java.net.URI> children, long unread) {
  /**
   * The most pages one listing hands on: the sitemap protocol's own limit for one file. A feed of a million items
   * would otherwise hold a million pending fetches in memory; its first pages are read and the rest reported.
   */
  public static final int MAX_PAGES = 50_000;

  public Listing {
    pages = List.copyOf(pages);
    children = List.copyOf(children);
  }

  /** A listing that left nothing out. */
  public Listing(String title, List<ListedPage> pages, List<java.net.URI> children) {
    this(title, pages, children, 0);
  }

  /** Adds {@code page} to {@code pages} unless its URL is there already; false when the cap leaves it out. */
  static boolean add(java.util.Map<String, ListedPage> pages, ListedPage page) {
    if (pages.size() >= MAX_PAGES && !pages.containsKey(page.url().toString())) return false;
    pages.putIfAbsent(page.url().toString(), page);
    return true;
  }
}
