package org.lede.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lede.time.DateCandidate.Role;

/**
 * Reads the dates a page shows its readers in markup meant for them: {@code <time>}, {@code <abbr>} and
 * elements whose class or id says they hold a date ("entry-date", "post-meta", "datum").
 */
final class MarkupDates {
  private MarkupDates() {}

  /** Regions whose dates belong to something else: comments, related links, footers, sidebars. */
  private static final Pattern ELSEWHERE = Pattern.compile(
      "(?i)comment|footer|sidebar|related|widget|teaser|recommend|popular|trending|archive|calendar|nav|menu"
          + "|breadcrumb|share|cookie|reply|respond|more-stories|latest");
  private static final Pattern DATE_CLASS = Pattern.compile(
      "(?i)date|datum|time|publish|posted|pubdate|byline|dateline|timestamp|entry-meta|post-meta|article-meta"
          + "|meta-info|postmeta|info|zeit|fecha|created");
  private static final Pattern PUBLISHED_CLASS = Pattern.compile("(?i)publish|pubdate|entry-date|post-date|created|posted");
  private static final Pattern MODIFIED_CLASS = Pattern.compile("(?i)update|modified|changed|aktualisiert");

  /** Adds the dates of {@code <time>} elements, in document order. */
  static void times(Document page, DateReader reader, List<DateCandidate> out) {
    for (Element time : page.select("time")) {
      if (elsewhere(time)) continue;
      Role role = time.hasAttr("pubdate") ? Role.PUBLISHED : roleOf(time);
      DateCandidate c = null;
      if (time.hasAttr("datetime")) c = reader.read(time.attr("datetime"), role, "time", false);
      if (c == null) c = reader.read(time.text(), role, "time", false);
      if (c != null) out.add(c);
    }
  }

  /** Adds the dates of abbreviations and date-classed elements, in document order. */
  static void classed(Document page, DateReader reader, List<DateCandidate> out) {
    for (Element e : page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
      if (e.tagName().equals("abbr") && e.hasAttr("title")) {
        DateCandidate c = reader.read(e.attr("title"), roleOf(e), "abbr", false);
        if (c != null && !elsewhere(e)) out.add(c);
        continue;
      }
      String marks = e.className() + " " + e.id();
      if (marks.isBlank() || !DATE_CLASS.matcher(marks).find()) continue;
      String text = e.text();
      if (text.isEmpty() || text.length() > 160 || elsewhere(e)) continue;
      DateCandidate c = reader.read(text, roleOf(e), "class", false);
      if (c != null) out.add(c);
    }
  }

  private static Role roleOf(Element e) {
    for (Element x = e; x != null && x.parent() != null; x = x.parent()) {
      String marks = x.className() + " " + x.id() + " " + x.attr("itemprop");
      if (PUBLISHED_CLASS.matcher(marks).find()) return Role.PUBLISHED;
      if (MODIFIED_CLASS.matcher(marks).find()) return Role.MODIFIED;
      if (x != e) break;
    }
    return Role.UNKNOWN;
  }

  static boolean elsewhere(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      String tag = x.tagName();
      if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) return true;
      String marks = (x.className() + " " + x.id()).toLowerCase(Locale.ROOT);
      if (!marks.isBlank() && ELSEWHERE.matcher(marks).find()) return true;
    }
    return false;
  }
}
