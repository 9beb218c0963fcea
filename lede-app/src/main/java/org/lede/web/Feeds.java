package org.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.index.SearchHit;
import org.lede.json.ArticleJson;

/**
 * Writes a list of hits as a feed: Atom 1.0 and RSS 2.0 (through Rome) or JSON Feed 1.1. Entries carry the
 * snippet as plain text, so a feed reader never gets article markup to render.
 */
final class Feeds {
  /** A feed format, by the extension its URL ends with. */
  enum Format {
    ATOM("atom_1.0", "application/atom+xml; charset=utf-8"),
    RSS("rss_2.0", "application/rss+xml; charset=utf-8"),
    JSON(null, "application/feed+json; charset=utf-8");

    final String romeType;
    final String contentType;

    Format(String romeType, String contentType) {
      this.romeType = romeType;
      this.contentType = contentType;
    }

    static Format of(String extension) {
      return switch (extension) {
        case "atom" -> ATOM;
        case "rss" -> RSS;
        case "json" -> JSON;
        default -> throw Problem.notFound("feeds are .atom, .rss or .json");
      };
    }
  }

  /**
   * A feed to write.
   *
   * @param title    its title
   * @param selfUrl  its own absolute URL
   * @param pageUrl  the absolute URL of the page it mirrors
   * @param base     the server's absolute base URL, without a trailing slash
   * @param updated  the newest entry's time, or now
   * @param hits     the entries, newest first
   */
  record Spec(String title, String selfUrl, String pageUrl, String base, Instant updated, List<SearchHit> hits) {}

  private Feeds() {}

  static String write(Format format, Spec spec) {
    return format == Format.JSON ? json(spec) : rome(format, spec);
  }

  private static String rome(Format format, Spec spec) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(format.romeType);
    feed.setTitle(xml(spec.title()));
    feed.setLink(spec.pageUrl());
    feed.setUri(spec.selfUrl());
    feed.setDescription(xml(spec.title()));
    feed.setPublishedDate(Date.from(spec.updated()));
    List<SyndEntry> entries = new ArrayList<>();
    for (SearchHit h : spec.hits()) {
      SyndEntry e = new SyndEntryImpl();
      e.setTitle(xml(Views.headline(h.headline())));
      e.setLink(spec.base() + "/a/" + h.id());
      e.setUri(spec.base() + "/a/" + h.id());
      if (h.published() != null) {
        e.setPublishedDate(Date.from(h.published()));
        e.setUpdatedDate(Date.from(h.published()));
      }
      List<SyndPerson> authors = new ArrayList<>();
      for (String name : h.byline()) {
        SyndPerson p = new SyndPersonImpl();
        p.setName(xml(name));
        authors.add(p);
      }
      e.setAuthors(authors);
      SyndContent summary = new SyndContentImpl();
      summary.setType("text/plain");
      summary.setValue(xml(h.snippet().text()));
      e.setDescription(summary);
      entries.add(e);
    }
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the feed: " + e.getMessage(), e);
    }
  }

  /**
   * {@code text} without the characters XML 1.0 cannot hold (NUL and most other controls, lone surrogates, U+FFFE,
   * U+FFFF). An article or a query holding one would otherwise make the feed unwritable: a 500 for every reader.
   */
  static String xml(String text) {
    if (text == null) return null;
    StringBuilder kept = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || (c >= 0x10000 && c <= 0x10FFFF);
      if (!allowed && kept == null) kept = new StringBuilder(text.length()).append(text, 0, i);
      else if (allowed && kept != null) kept.appendCodePoint(c);
      i += width;
    }
    return kept == null ? text : kept.toString();
  }

  private static String json(Spec spec) {
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", spec.title());
    feed.put("home_page_url", spec.pageUrl());
    feed.put("feed_url", spec.selfUrl());
    List<Map<String, Object>> items = new ArrayList<>();
    for (SearchHit h : spec.hits()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", h.id());
      item.put("url", spec.base() + "/a/" + h.id());
      item.put("title", Views.headline(h.headline()));
      item.put("content_text", h.snippet().text());
      if (h.published() != null) item.put("date_published", h.published().toString());
      if (!h.byline().isEmpty()) item.put("authors", h.byline().stream().map(n -> Map.of("name", n)).toList());
      if (h.url() != null && Views.webUrl(h.url()) != null) item.put("external_url", Views.webUrl(h.url()));
      items.add(item);
    }
    feed.put("items", items);
    try {
      return ArticleJson.mapper().writeValueAsString(feed);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
