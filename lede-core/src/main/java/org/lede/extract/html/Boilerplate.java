package org.lede.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture by the names designers give it in {@code class} and {@code id} attributes. Those
 * names are mostly English (or German) whatever the page's language, so this looks at markup, never at text.
 */
final class Boilerplate {
  /** Furniture that never holds the article, removed from the whole page before the body is looked for. */
  private static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|\\bads?\\b|adsense|advert|agegate|banner|breadcrumb|combx|comment|kommentar|community|cookie|consent"
          + "|cover-wrap|disqus|footer|gdpr|masthead|menu|navbar|navigation|newsletter|outbrain|pagination|pager"
          + "|paywall|popup|modal|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
          + "|subscribe|taboola|teaser-?list|werbung|widget|yom-remote|^nav|[-_ ]nav\\b|share|sharing|sharebar");
  /** Names that suggest content; an unlikely-looking element that also has one of these is kept. */
  private static final Pattern MAYBE = Pattern.compile(
      "\\band\\b|article|body|column|content|main|shadow|post|entry|story|text|beitrag|artikel");
  /** Furniture inside the chosen body (trafilatura's discard list, condensed). */
  private static final Pattern DISCARD = Pattern.compile(
      "footer|related|viral|^shar|share|social|sociable|syndication|^jp-|newsletter|subnav|cookie|\\btags?\\b"
          + "|sidebar|banner|\\bmeta\\b|-meta|meta-|menu|^nav|[-_ ]nav\\b|navigation|navbar|navbox|breadcrumb"
          + "|bread-crumb|author|button|byline|rating|^widget|attachment|timestamp|user-info|user-profile|-ad-"
          + "|\\bads?\\b|advert|-icon|article-infos|infoline|outbrain|taboola|criteo|consent|modal|paid-?content"
          + "|premium-|paywall|next-post|prev-post|side-stories|most-popular|comment|kommentar|reply|akismet"
          + "|noprint|hide-print|print-only|werbung|sponsor|promo|subscribe|abonn|teaser-?list|pagination"
          + "|post-date|entry-date|\\bdate\\b|dateline|published|toolbar|tooltip|skip-?link|sr-only|visually-hidden"
          + "|screen-reader|hidden\\b|^hide-|disclaimer|copyright|feedback|recommend|empfehl|weitere|more-?articles"
          + "|read-?more|also-?read|print-?link|bookmark|gallery-?nav|slider-?nav|carousel|login|signup|register");
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|beitrag|artikel|inhalt");
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related"
          + "|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|nav|menu");

  private Boilerplate() {}

  static String names(Element e) {
    return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).trim();
  }

  static boolean isUnlikely(Element e) {
    String n = names(e);
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner") || role.equals("dialog") || role.equals("alertdialog")) {
      return true;
    }
    return !n.isEmpty() && UNLIKELY.matcher(n).find() && !MAYBE.matcher(n).find();
  }

  private static final Pattern COMMENTS = Pattern.compile("comment|kommentar|disqus|replies|respond");

  /** Returns whether {@code e} is named as a reader comment section. */
  static boolean isComments(Element e) {
    String n = names(e);
    return !n.isEmpty() && COMMENTS.matcher(n).find();
  }

  static boolean isDiscard(Element e) {
    String n = names(e);
    return !n.isEmpty() && DISCARD.matcher(n).find();
  }

  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
    String style = e.attr("style");
    if (style.isEmpty()) return false;
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** Readability's class weight: +25 for a name that suggests content, -25 for one that suggests furniture. */
  static int classWeight(Element e) {
    int w = 0;
    for (String part : new String[] {e.className().toLowerCase(Locale.ROOT), e.id().toLowerCase(Locale.ROOT)}) {
      if (part.isEmpty()) continue;
      if (NEGATIVE.matcher(part).find()) w -= 25;
      if (POSITIVE.matcher(part).find()) w += 25;
    }
    return w;
  }
}
