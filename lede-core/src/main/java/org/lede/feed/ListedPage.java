package org.lede.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page a feed or sitemap lists, with what the listing says about it. The listing's dates are kept here
 * because many pages state no date of their own that an extractor can find.
 *
 * @param url        the page (absolute, http or https)
 * @param title      the title the listing gives (RSS title, news:title), or null
 * @param published  when the listing says it was published (pubDate, Atom published, news:publication_date), or null
 * @param updated    when the listing says it last changed (Atom updated, sitemap lastmod), or null
 * @param enclosures files the item carries (images, audio), in listing order
 * @param listing    the feed or sitemap it was listed in
 */
public record ListedPage(URI url, String title, Instant published, Instant updated, List<Enclosure> enclosures,
    URI listing) {
  public ListedPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(listing, "listing");
    enclosures = List.copyOf(enclosures);
  }
}
