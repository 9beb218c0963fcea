package org.lede.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.lede.source.InputException;

/**
 * Reads a sitemap (XML or plain text, gzipped or not) with crawler-commons: a sitemap index yields its child
 * sitemaps, a sitemap its pages, and a Google News sitemap also each page's {@code news:title} and
 * {@code news:publication_date}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SitemapReader {
  /** The sitemap protocol's own limit on an uncompressed sitemap. */
  private static final int MAX_BYTES = 50 * 1024 * 1024;

  private SitemapReader() {}

  /**
   * Reads the sitemap at {@code url} whose bytes are {@code content}.
   *
   * @param contentType the Content-Type it was served with, or null
   * @throws InputException naming {@code url} when it is not a sitemap, or its gzip is corrupt
   */
  public static Listing read(URI url, byte[] content, String contentType) throws InputException {
    byte[] bytes = content;
    try {
      if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
          bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) throw new InputException(url.toString(), "sitemap over 50 MB once decompressed");
      }
      SiteMapParser parser = new SiteMapParser(false, true);
      parser.enableExtension(Extension.NEWS);
      AbstractSiteMap map = parser.parseSiteMap(parserType(contentType), bytes, url.toURL());
      if (map instanceof SiteMapIndex index) return children(url, index);
      return pages(url, (SiteMap) map);
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      throw new InputException(url.toString(), "not a readable sitemap: " + e.getMessage(), e);
    }
  }

  private static String parserType(String contentType) {
    String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    return type.equals("text/plain") ? type : "text/xml";
  }

  private static Listing children(URI url, SiteMapIndex index) {
    List<URI> children = new ArrayList<>();
    for (AbstractSiteMap child : index.getSitemaps()) {
      URI u = uri(child.getUrl());
      if (u != null && !children.contains(u)) children.add(u);
    }
    return new Listing(null, List.of(), children);
  }

  private static Listing pages(URI url, SiteMap map) {
    Map<String, ListedPage> pages = new LinkedHashMap<>();
    long unread = 0;
    for (SiteMapURL entry : map.getSiteMapUrls()) {
      URI u = Links.resolve(url, entry.getUrl() == null ? null : entry.getUrl().toString());
      if (u == null) continue;
      String title = null;
      Instant published = null;
      ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
      if (news != null) {
        for (ExtensionMetadata m : news) {
          if (m instanceof NewsAttributes n) {
            title = FeedReader.trim(n.getTitle());
            if (n.getPublicationDateTime() != null) published = n.getPublicationDateTime().toInstant();
          }
        }
      }
      Instant updated = entry.getLastModified() == null ? null : entry.getLastModified().toInstant();
      if (!Listing.add(pages, new ListedPage(u, title, published, updated, List.of(), url))) unread++;
    }
    return new Listing(null, List.copyOf(pages.values()), List.of(), unread);
  }

  private static URI uri(java.net.URL url) {
    try {
      return url == null ? null : url.toURI();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
