package org.lede.feed;

import java.net.URI;
import java.util.Objects;

/**
 * A file a feed item carries: an RSS enclosure, an Atom enclosure link, a {@code media:content}, a JSON Feed
 * attachment.
 *
 * @param url    where the file is
 * @param type   its media type as the feed states it ("image/jpeg"), or null
 * @param length its size in bytes as stated, or -1
 */
public record Enclosure(URI url, String type, long length) {
  public Enclosure {
    Objects.requireNonNull(url, "url");
  }
}
