package org.lede.feed;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Element;
import org.lede.source.InputException;

/**
 * Reads a feed (RSS 0.9x, 1.0 and 2.0 and Atom through Rome; JSON Feed 1.x) into the pages it lists, each with
 * its title, dates and enclosures ({@code <enclosure>}, Atom {@code rel="enclosure"}, {@code media:content},
 * {@code media:thumbnail}, JSON Feed attachments). Relative links are resolved against the feed's URL; items
 * without a usable http(s) link are dropped.
 *
 * <p>Stateless and thread-safe. DOCTYPEs are stripped before parsing, so no external entity is ever resolved.
 */
public final class FeedReader {
  private static final String MEDIA_RSS = "http://search.yahoo.com/mrss";

  private FeedReader() {}

  /**
   * Reads the feed at {@code url} whose bytes are {@code content}.
   *
   * @param contentType the Content-Type it was served with (its charset is used), or null
   * @throws InputException naming {@code url} when the content is not a feed Lede can read
   */
  public static Listing read(URI url, byte[] content, String contentType) throws InputException {
    if (startsWithBrace(content)) return JsonFeedReader.read(url, content);
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      byte[] xml = XmlProlog.withoutDoctype(content);
      XmlReader reader = contentType == null
          ? new XmlReader(new ByteArrayInputStream(xml), true)
          : new XmlReader(new ByteArrayInputStream(xml), contentType, true);
      feed = input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new InputException(url.toString(), "not a readable feed: " + e.getMessage(), e);
    }
    Map<String, ListedPage> pages = new LinkedHashMap<>();
    long unread = 0;
    for (SyndEntry entry : feed.getEntries()) {
      URI link = Links.resolve(url, link(entry));
      if (link == null) continue;
      if (!Listing.add(pages, new ListedPage(link, trim(entry.getTitle()), instant(entry.getPublishedDate()),
          instant(entry.getUpdatedDate()), enclosures(url, entry), url))) unread++;
    }
    return new Listing(trim(feed.getTitle()), List.copyOf(pages.values()), List.of(), unread);
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) return entry.getLink();
    for (SyndLink l : entry.getLinks()) {
      if (l.getRel() == null || l.getRel().equals("alternate")) return l.getHref();
    }
    // An RSS guid that is a permalink is the item's address.
    String uri = entry.getUri();
    return uri != null && uri.startsWith("http") ? uri : null;
  }

  private static List<Enclosure> enclosures(URI base, SyndEntry entry) {
    Map<String, Enclosure> found = new LinkedHashMap<>();
    for (SyndEnclosure e : entry.getEnclosures()) {
      add(found, base, e.getUrl(), e.getType(), e.getLength() > 0 ? e.getLength() : -1);
    }
    for (SyndLink l : entry.getLinks()) {
      if ("enclosure".equals(l.getRel())) add(found, base, l.getHref(), l.getType(), l.getLength() > 0 ? l.getLength() : -1);
    }
    for (Element e : entry.getForeignMarkup()) media(found, base, e);
    return new ArrayList<>(found.values());
  }

  private static void media(Map<String, Enclosure> found, URI base, Element e) {
    if (e.getNamespaceURI() == null || !e.getNamespaceURI().startsWith(MEDIA_RSS)) return;
    switch (e.getName()) {
      case "content" -> add(found, base, e.getAttributeValue("url"), mediaType(e), size(e.getAttributeValue("fileSize")));
      case "thumbnail" -> add(found, base, e.getAttributeValue("url"), "image", -1);
      case "group" -> e.getChildren().forEach(child -> media(found, base, child));
      default -> { }
    }
  }

  private static String mediaType(Element content) {
    String type = content.getAttributeValue("type");
    return type != null ? type : content.getAttributeValue("medium");
  }

  private static void add(Map<String, Enclosure> found, URI base, String href, String type, long length) {
    URI u = Links.resolve(base, href);
    if (u != null) found.putIfAbsent(u.toString(), new Enclosure(u, type, length));
  }

  private static long size(String s) {
    try {
      return s == null ? -1 : Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }

  static String trim(String s) {
    if (s == null) return null;
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  private static boolean startsWithBrace(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.ISO_8859_1);
    if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3);
    return head.stripLeading().startsWith("{");
  }
}
