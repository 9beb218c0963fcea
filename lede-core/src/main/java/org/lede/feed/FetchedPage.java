package org.lede.feed;

import java.util.List;
import java.util.Objects;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.source.Document;

/**
 * A page a listing named, fetched: the document to extract, and what the listing said about it.
 *
 * @param document the fetched page ({@link Document#fetched()} is when it arrived)
 * @param listed   the feed item or sitemap entry that named it
 */
public record FetchedPage(Document document, ListedPage listed) {
  public FetchedPage {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(listed, "listed");
  }

  /**
   * Returns {@code articles} with what the page did not state taken from the listing: the publication time (from
   * the item's pubDate, Atom published or news:publication_date, raw string {@code "listed in FEED-URL"}), and
   * the URL (the one fetched). What the page states always wins.
   */
  public List<Article> complete(List<Article> articles) {
    return articles.stream().map(this::complete).toList();
  }

  private Article complete(Article a) {
    boolean noDate = a.published() == null && listed.published() != null;
    boolean noUrl = a.url() == null;
    if (!noDate && !noUrl) return a;
    var b = a.toBuilder();
    if (noDate) {
      b.published(new StatedTime(listed.published(), StatedTime.Precision.SECOND, "listed in " + listed.listing()));
    }
    if (noUrl) b.url(document.input());
    return b.build();
  }
}
