package org.lede.feed;

import java.net.URI;
import java.util.Objects;

/**
 * A list of new pages to poll: a feed or a sitemap.
 *
 * @param kind what the URL serves
 * @param uri  where it is
 */
public record Source(Kind kind, URI uri) {
  /** What a source's URL serves. */
  public enum Kind {
    /** RSS 0.9x/1.0/2.0, Atom or JSON Feed. */
    FEED,
    /** A sitemap, sitemap index or news sitemap, possibly gzipped. */
    SITEMAP
  }

  public Source {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(uri, "uri");
  }

  public static Source feed(String url) {
    return new Source(Kind.FEED, URI.create(url));
  }

  public static Source sitemap(String url) {
    return new Source(Kind.SITEMAP, URI.create(url));
  }
}
