package org.lede.time;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.lede.article.StatedTime;
import org.lede.html.PageParts;
import org.lede.time.DateCandidate.Role;

/**
 * Finds when an HTML page was published and last updated, from its structured metadata (JSON-LD, OpenGraph,
 * meta tags, {@code <time>}), its URL and its visible text.
 *
 * <p>Sources are tried from the most to the least deliberate: a full date in the URL path, JSON-LD, meta
 * tags and microdata, then {@code <time>} and date-classed markup outside comments, sidebars, mastheads and
 * lists of other articles, then date lines in the text, then the date line under the headline whatever its box is
 * named, then a date shown twice anywhere. A date readers see
 * replaces metadata that is a day off (a UTC instant), that matches the modification date, that only says it
 * is "a date" (Dublin Core's {@code date}), or that contradicts other metadata the visible date confirms. A
 * page that only states when it was modified is taken to have been published then. Dates after the reference
 * (the fetch time) or before 1995 are ignored. Stateless and thread-safe.
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
   *
   * @param page      the parsed page
   * @param url       where it was fetched from, or null
   * @param reference when it was fetched: the latest a page date can be, and the anchor of relative times
   * @return the dates found, {@link Found#NONE} when none
   */
  public static Found find(org.jsoup.nodes.Document page, String url, Instant reference) {
    return find(page, PageParts.of(page), url, reference);
  }

  /**
   * Returns the publication and update times of {@code page}, as {@link #find(org.jsoup.nodes.Document, String,
   * Instant)} does, reading its metadata from {@code parts} already gathered from it.
   */
  public static Found find(org.jsoup.nodes.Document page, PageParts parts, String url, Instant reference) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(reference, "reference");
    DateReader reader = new DateReader(reference);
    Regions regions = new Regions();
    DateCandidate fromUrl = UrlDates.find(url);
    if (fromUrl != null && !reader.plausible(fromUrl.day())) fromUrl = null;

    List<DateCandidate> declared = new ArrayList<>();
    StructuredDates.jsonLd(parts, reader, declared);
    StructuredDates.meta(parts, reader, declared);
    StructuredDates.microdata(parts, reader, declared);
    DateCandidate published = first(declared, Role.PUBLISHED);
    if (published == null) published = first(declared, Role.DATED);
    DateCandidate updated = first(declared, Role.MODIFIED);

    List<DateCandidate> shown = new ArrayList<>();
    MarkupDates.times(parts, reader, regions, shown, true);
    // Date-classed markup comes after <time> in the order of trust: once <time> has named the publication date
    // and some source the update, nothing it could add would be read.
    boolean settled = first(shown, Role.PUBLISHED) != null && (updated != null || first(shown, Role.MODIFIED) != null);
    if (!settled) MarkupDates.classed(parts, reader, regions, shown, true);
    DateCandidate visible = first(shown, Role.PUBLISHED);
    if (visible == null) visible = first(shown, Role.UNKNOWN);
    if (updated == null) updated = first(shown, Role.MODIFIED);
    if (visible == null && published != null && (published.role() == Role.DATED || contradictory(declared))) {
      // Metadata that names several publication days, or a date without saying of what: the date line readers
      // see decides.
      List<DateCandidate> written = new ArrayList<>();
      TextDates.scan(page, parts, reader, regions, written);
      if (!written.isEmpty() && (published.role() == Role.DATED || declaresDay(declared, written.get(0)))) {
        visible = written.get(0);
      }
    }
    if (published == null) {
      published = visible;
    } else if (visible != null && !visible.day().equals(published.day())
        && (published.role() == Role.DATED || declaresDay(declared, visible) || agrees(visible, published, updated))) {
      // What readers see wins over a date that does not say what it is, over metadata that is a day off (a UTC
      // instant of a local date) or that is really the revision the page shows as its date, and between
      // declared dates that disagree.
      published = visible;
    }
    if (published == null && fromUrl == null && updated == null) {
      List<DateCandidate> written = new ArrayList<>();
      TextDates.scan(page, parts, reader, regions, written);
      published = filedUnder(written, UrlDates.month(url));
    }
    if (published == null && fromUrl == null && updated == null) published = HeadlineDates.find(page, reader);
    if (published == null && fromUrl == null && updated == null) {
      // Nothing of the page's own: a date shown anywhere (a teaser of itself, a sidebar) beats none.
      List<DateCandidate> anywhere = new ArrayList<>();
      MarkupDates.times(parts, reader, regions, anywhere, false);
      MarkupDates.classed(parts, reader, regions, anywhere, false);
      published = repeated(anywhere);
    }
    // A dated URL is the most deliberate statement of the day; metadata only refines it to a time.
    if (fromUrl != null && (published == null || !published.day().equals(fromUrl.day()))) published = fromUrl;
    if (published == null) published = updated;
    if (published == null) return Found.NONE;
    if (updated != null && updated.time().instant().isBefore(published.time().instant())) updated = null;
    return new Found(published.time(), updated == null ? null : updated.time());
  }

  /**
   * The first of {@code candidates} when the next one states the same day: a page's date shown outside its own
   * regions (a teaser of itself and its date line) is stated twice, while a list of other articles gives each
   * its own day.
   */
  private static DateCandidate repeated(List<DateCandidate> candidates) {
    if (candidates.size() < 2 || !candidates.get(0).day().equals(candidates.get(1).day())) return null;
    return candidates.get(0);
  }

  /**
   * The first of the dates written in the page that falls in the month its URL files it under ("/2015/01/"): an
   * earlier date line is that of an article it cites. The first of them when none does or the URL names no month.
   */
  private static DateCandidate filedUnder(List<DateCandidate> written, YearMonth month) {
    if (written.isEmpty()) return null;
    if (month != null) {
      for (DateCandidate c : written) {
        if (YearMonth.from(c.day()).equals(month)) return c;
      }
    }
    return written.get(0);
  }

  /** Whether the page declares more than one publication day. */
  private static boolean contradictory(List<DateCandidate> declared) {
    DateCandidate first = null;
    for (DateCandidate c : declared) {
      if (c.role() != Role.PUBLISHED && c.role() != Role.DATED) continue;
      if (first == null) first = c;
      else if (!c.day().equals(first.day())) return true;
    }
    return false;
  }

  /** Whether the page declares {@code visible}'s day as its publication, or as its date. */
  private static boolean declaresDay(List<DateCandidate> declared, DateCandidate visible) {
    for (DateCandidate c : declared) {
      if ((c.role() == Role.PUBLISHED || c.role() == Role.DATED) && c.day().equals(visible.day())) return true;
    }
    return false;
  }

  private static boolean agrees(DateCandidate visible, DateCandidate published, DateCandidate updated) {
    if (updated != null && updated.day().equals(visible.day())) return true;
    return Math.abs(visible.day().toEpochDay() - published.day().toEpochDay()) <= 1
        && !LOCAL_OFFSET.matcher(published.time().raw()).find();
  }

  /** An instant with a non-zero offset states its local day; one in UTC or without offset may be a day off. */
  private static final Pattern LOCAL_OFFSET = Pattern.compile("\\d[+-](?!00:?00)\\d{2}:?\\d{2}\\s*$");

  private static DateCandidate first(List<DateCandidate> candidates, Role role) {
    for (DateCandidate c : candidates) {
      if (c.role() == role) return c;
    }
    return null;
  }
}
