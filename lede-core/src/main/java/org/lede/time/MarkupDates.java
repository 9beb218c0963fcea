package org.lede.time;

import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.lede.html.HtmlAttributes;
import org.lede.html.NamePattern;
import org.lede.html.PageParts;
import org.lede.text.Chars;
import org.lede.time.DateCandidate.Role;

/**
 * Reads the dates a page shows its readers in markup meant for them: {@code <time>}, {@code <abbr>} and
 * elements whose class or id says they hold a date ("entry-date", "post-meta", "datum").
 */
final class MarkupDates {
  private MarkupDates() {}

  /** Class and id words that mark a date; this runs for every element of a page. */
  private static final NamePattern DATE_CLASS = NamePattern.of("date", "datum", "time", "publish", "posted",
      "byline", "timestamp", "entry-meta", "post-meta", "article-meta", "meta-info", "postmeta", "info", "zeit", "fecha",
      "created");
  private static final int MAX_DATE_TEXT = 160;
  private static final Pattern PUBLISHED_CLASS = Pattern.compile("(?i)publish|pubdate|entry-date|post-date|created|posted");
  private static final Pattern MODIFIED_CLASS = Pattern.compile("(?i)update|modified|changed|aktualisiert");

  /** Adds the dates of {@code <time>} elements, in document order; only the page's own when {@code ownOnly}. */
  static void times(PageParts parts, DateReader reader, Regions regions, List<DateCandidate> out,
      boolean ownOnly) {
    for (Element time : parts.times()) {
      if (ownOnly && regions.elsewhere(time)) continue;
      Role role = HtmlAttributes.has(time, "pubdate") ? Role.PUBLISHED : roleOf(time);
      DateCandidate c = null;
      if (HtmlAttributes.has(time, "datetime")) c = reader.read(HtmlAttributes.get(time, "datetime"), role, "time", false);
      // What readers see wins over a machine-readable value for another day ("Publié le 29 juin" over a
      // datetime that is the revision's, or a UTC instant of the next day).
      DateCandidate shown = c == null || Chars.hasDigit(time.text()) ? reader.read(time.text(), role, "time", false) : null;
      if (shown != null && (c == null || !shown.day().equals(c.day()))) c = shown;
      if (c != null) out.add(c);
    }
  }

  /** Adds the dates of abbreviations and date-classed elements, in document order; only the page's own when {@code ownOnly}. */
  static void classed(PageParts parts, DateReader reader, Regions regions, List<DateCandidate> out,
      boolean ownOnly) {
    for (Element e : parts.attributedInBody()) classed(e, reader, regions, out, ownOnly);
  }

  private static void classed(Element e, DateReader reader, Regions regions, List<DateCandidate> out,
      boolean ownOnly) {
    if (e.nameIs("abbr") && HtmlAttributes.has(e, "title")) {
      DateCandidate c = reader.read(HtmlAttributes.get(e, "title"), roleOf(e), "abbr", false);
      if (c != null && !(ownOnly && regions.elsewhere(e))) out.add(c);
      return;
    }
    if (!dateClassed(e)) return;
    String text = boundedText(e);
    if (text == null || text.isEmpty() || ownOnly && regions.elsewhere(e)) return;
    DateCandidate c = reader.read(text, roleOf(e), "class", false);
    // A date-classed element that names a span ("vom 24. April bis 2. Oktober 2017 gesperrt") dates an event.
    if (c != null && !TextDates.endsRange(text, reader.reference().atZone(ZoneOffset.UTC).toLocalDate())) out.add(c);
  }

  private static boolean dateClassed(Element e) {
    if (e.attributesSize() == 0) return false;
    return DATE_CLASS.matches(HtmlAttributes.get(e, "class")) || DATE_CLASS.matches(HtmlAttributes.get(e, "id"));
  }

  /** The element's text, or null when it is longer than a date line could be; stops reading as soon as it is. */
  private static String boundedText(Element e) {
    StringBuilder sb = new StringBuilder();
    boolean[] tooLong = {false};
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof org.jsoup.nodes.TextNode t) {
          sb.append(t.text()).append(' ');
          if (sb.length() > MAX_DATE_TEXT * 2) {
            tooLong[0] = true;
            return FilterResult.STOP;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, e);
    if (tooLong[0]) return null;
    String text = oneSpaced(sb);
    return text.length() > MAX_DATE_TEXT ? null : text;
  }

  /** {@code text} with every run of ASCII whitespace made one space, and no whitespace at either end. */
  private static String oneSpaced(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = out.length() > 0;
      } else {
        if (space) out.append(' ');
        space = false;
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static Role roleOf(Element e) {
    for (Element x = e; x != null && x.parent() != null; x = x.parent()) {
      String marks = HtmlAttributes.get(x, "class") + " " + HtmlAttributes.get(x, "id") + " " + HtmlAttributes.get(x, "itemprop");
      if (PUBLISHED_CLASS.matcher(marks).find()) return Role.PUBLISHED;
      if (MODIFIED_CLASS.matcher(marks).find()) return Role.MODIFIED;
      if (x != e) break;
    }
    return Role.UNKNOWN;
  }
}
