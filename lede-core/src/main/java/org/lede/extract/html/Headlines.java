package org.lede.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.lede.html.PageParts;

/**
 * Chooses a page's headline: the one its metadata states (JSON-LD, Dublin Core, OpenGraph, Twitter), else its
 * {@code <title>} with the site's name cut off, else its only {@code <h1>}.
 */
final class Headlines {
  private static final Pattern SEPARATOR_RUNS = Pattern.compile("[|\\-\u2013\u2014\\\\/>\u00bb]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern SEPARATOR = Pattern.compile(" [|\\-\u2013\u2014\\\\/>\u00bb\u00b7:]{1,2} ");
  private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>\u00bb] ");

  private Headlines() {}

  static String choose(Document page, PageParts parts, MetaTags meta, JsonLd ld, String siteName, String host,
      List<String> byline) {
    String chosen = chooseTitle(page, meta, ld, siteName, host, byline);
    return chosen == null ? null : asPrinted(chosen, parts.h1s());
  }

  /**
   * The page's printed {@code <h1>} when {@code title} is that heading with another part set beside it ("Blog
   * Archive » Podcasts in Plex", "Faire Lieferketten - Jugendwerk"): the extra part names a site, a section, a
   * series or an author. A part before the heading must be the shorter, or the heading is the site's own name
   * ("Evolve: Shared Mutable History — evolve extension for Mercurial"). Colons are not separators here:
   * "Siemens and the mine: Kaeser fails" is one headline.
   */
  private static String asPrinted(String title, List<Element> h1s) {
    for (Element h1 : h1s) {
      String h = Texts.clean(h1.text());
      if (h.length() < 8 || h.length() >= title.length()) continue;
      if (title.startsWith(h) && isPartSeparator(title.substring(h.length()), true)
          || title.endsWith(h) && title.length() - h.length() < h.length()
              && isPartSeparator(title.substring(0, title.length() - h.length()), false)) {
        return h;
      }
    }
    return title;
  }

  /** Whether {@code rest} is a separator and a part: " | Site" after the heading, or "Site » " before it. */
  private static boolean isPartSeparator(String rest, boolean after) {
    Matcher m = (after ? PART_SEPARATOR_FIRST : PART_SEPARATOR_LAST).matcher(rest);
    return m.matches();
  }

  private static final String PART_SEPARATOR = " [|\\-\u2013\u2014\\\\/>\u00bb\u00b7]{1,2} ";
  private static final Pattern PART_SEPARATOR_FIRST = Pattern.compile(PART_SEPARATOR + "\\S.*");
  private static final Pattern PART_SEPARATOR_LAST = Pattern.compile(".*\\S" + PART_SEPARATOR);

  private static String chooseTitle(Document page, MetaTags meta, JsonLd ld, String siteName, String host,
      List<String> byline) {
    String stated = PageMetadata.firstNonBlank(ld.headline(), meta.first("dc:title", "dcterm:title", "og:title",
        "twitter:title", "parsely-title", "sailthru.title"));
    if (stated != null) return withoutAuthor(withoutSite(stated, siteName, host), byline);
    String title = Texts.clean(page.title());
    if (title.isEmpty()) {
      Element h1 = page.selectFirst("h1");
      String h = h1 == null ? "" : Texts.clean(h1.text());
      return h.isEmpty() ? null : h;
    }
    String cut = withoutSite(title, siteName, host);
    return cut.equals(title) ? fromTitle(title, page) : cut;
  }

  /** Removes a trailing part naming the author ("Title | Jane Doe"), as some outlets' OpenGraph titles carry. */
  static String withoutAuthor(String title, List<String> byline) {
    for (String name : byline) {
      for (String sep : new String[] {" | ", " - ", " \u2013 ", " \u2014 "}) {
        if (title.endsWith(sep + name) && title.length() > sep.length() + name.length()) {
          return title.substring(0, title.length() - sep.length() - name.length()).strip();
        }
      }
    }
    return title;
  }

  /** Removes a leading or trailing part naming the site ("Title | Site", "Site - Title"). */
  static String withoutSite(String title, String siteName, String host) {
    Matcher m = SEPARATOR.matcher(title);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) return title;
    if (namesSite(title.substring(lastEnd), siteName, host)) return title.substring(0, lastStart).strip();
    if (namesSite(title.substring(0, firstStart), siteName, host)) return title.substring(firstEnd).strip();
    return title;
  }

  private static boolean namesSite(String part, String siteName, String host) {
    String p = squash(part);
    if (p.isEmpty()) return false;
    if (siteName != null && (p.equals(squash(siteName)) || squash(siteName).startsWith(p) && p.length() >= 4)) {
      return true;
    }
    if (host == null) return false;
    String h = squash(host);
    return h.equals(p) || h.startsWith(p) && p.length() >= 4 || p.contains(h) && h.length() >= 4;
  }

  private static String squash(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) out.append(c);
    }
    return out.toString();
  }

  /** Readability's rule for a bare {@code <title>}: drop the last separated part unless too little remains. */
  private static String fromTitle(String title, Document page) {
    String cur = title;
    boolean hierarchical = false;
    Matcher m = SEPARATOR.matcher(title);
    int lastStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      if (m.group().contains(":")) continue;
      if (firstEnd < 0) firstEnd = m.end();
      lastStart = m.start();
      hierarchical |= HIERARCHICAL.matcher(m.group()).matches();
    }
    if (lastStart >= 0) {
      cur = title.substring(0, lastStart).strip();
      if (words(cur) < 3) cur = title.substring(firstEnd).strip();
    } else if (title.length() > 150 || title.length() < 15) {
      Elements h1 = page.getElementsByTag("h1");
      if (h1.size() == 1) cur = Texts.clean(h1.first().text());
    }
    int n = words(cur);
    if (cur.isEmpty() || n <= 4 && (!hierarchical || n != words(SEPARATOR_RUNS.matcher(title).replaceAll("")) - 1)) {
      return title;
    }
    return cur;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : SPACES.split(t).length;
  }
}
