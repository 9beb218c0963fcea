package org.lede.extract.html;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.lede.html.HtmlAttributes;
import org.lede.html.NamePattern;

/**
 * Recognises page furniture by the names designers give it in {@code class} and {@code id} attributes. Those
 * names are mostly English (or German) whatever the page's language, so this looks at markup, never at text.
 */
final class Boilerplate {
  /** Furniture that never holds the article, removed from the whole page before the body is looked for. */
  private static final NamePattern UNLIKELY = NamePattern.of("-ad-", "^ad-", "$-ad", "adslot", "=ad", "=ads", "adsense", "advert", "agegate",
      "banner", "breadcrumb", "combx", "comment", "kommentar", "community", "cookie", "consent", "cover-wrap",
      "disqus", "footer", "gdpr", "masthead", "menu", "navbar", "navigation", "newsletter", "outbrain",
      "pagination", "=pager", "^pager-", "paywall", "popup", "modal", "related", "remark", "replies", "rss", "shoutbox",
      "sidebar", "skyscraper", "social", "sponsor", "subscribe", "taboola", "teaserlist", "teaser-list", "werbung",
      "yom-remote", "^nav", "$-nav", "$_nav", "share", "sharing");
  /** Names that suggest content; an unlikely-looking element that also has one of these is kept. */
  private static final NamePattern MAYBE = NamePattern.of("=and", "article", "body", "column", "content", "main",
      "shadow", "post", "entry", "story", "text", "beitrag", "artikel");
  /** Furniture inside the chosen body (trafilatura's discard list, condensed). */
  private static final NamePattern DISCARD = NamePattern.of("footer", "related", "viral", "^shar", "share",
      "social", "sociable", "syndication", "^jp-", "newsletter", "subnav", "cookie", "=tag", "=tags", "^tags-",
      "$-tags", "sidebar", "banner", "=meta", "-meta", "meta-", "_meta", "menu", "^nav", "$-nav", "$_nav",
      "navigation", "navbar", "navbox", "breadcrumb", "bread-crumb", "author", "button", "byline", "rating",
      "^widget", "attachment", "timestamp", "user-info", "user-profile", "-ad-", "^ad-", "$-ad", "adslot", "=ad", "=ads", "advert", "-icon",
      "article-infos", "infoline", "outbrain", "taboola", "criteo", "consent", "modal", "paid-content",
      "paidcontent", "premium-", "paywall", "next-post", "prev-post", "side-stories", "most-popular", "comment",
      "kommentar", "reply", "akismet", "noprint", "hide-print", "print-only", "werbung", "sponsor", "promo",
      "subscribe", "abonn", "teaserlist", "teaser-list", "pagination", "post-date", "entry-date", "=date",
      "dateline", "published", "toolbar", "tooltip", "skiplink", "skip-link", "sr-only", "visually-hidden",
      "screen-reader", "=hidden", "^hide-", "disclaimer", "copyright", "credit", "feedback",
      "recommend", "empfehl", "weitere", "more-articles", "morearticles", "read-more", "readmore", "also-read",
      "print-link", "bookmark", "gallery-nav", "slider-nav", "carousel", "login", "signup", "register");
  private static final NamePattern COMMENTS = NamePattern.of("comment", "kommentar", "disqus", "replies",
      "respond");
  private static final NamePattern POSITIVE = NamePattern.of("article", "body", "content", "entry", "hentry",
      "h-entry", "main", "page", "post", "text", "blog", "story", "beitrag", "artikel", "inhalt");
  private static final NamePattern NEGATIVE = NamePattern.of("-ad-", "hidden", "=hid", "banner", "combx",
      "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related",
      "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "teaser",
      "nav", "menu");

  private Boilerplate() {}

  /** The class and id of {@code e}, space separated, as written: {@link NamePattern} ignores case. */
  static String names(Element e) {
    String cls = HtmlAttributes.get(e, "class");
    String id = HtmlAttributes.get(e, "id");
    // Most elements carry one of the two or none: then no new string is built, which matters in loops over every
    // element of a page.
    if (id.isEmpty()) return cls;
    if (cls.isEmpty()) return id;
    return cls + " " + id;
  }

  static boolean isUnlikely(Element e) {
    String role = HtmlAttributes.get(e, "role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner") || role.equals("dialog") || role.equals("alertdialog")) {
      return true;
    }
    String n = names(e);
    return UNLIKELY.matches(n) && !MAYBE.matches(n);
  }

  /** Returns whether {@code e} has a name that suggests content ("article", "body", "text"...). */
  static boolean isContentNamed(Element e) {
    return MAYBE.matches(names(e));
  }

  /** Returns whether {@code e} is named as a reader comment section. */
  static boolean isComments(Element e) {
    return COMMENTS.matches(names(e));
  }

  static boolean isDiscard(Element e) {
    return DISCARD.matches(names(e));
  }

  static boolean isHidden(Element e) {
    if (e.attributesSize() == 0) return false;
    if (HtmlAttributes.has(e, "hidden") || "true".equalsIgnoreCase(HtmlAttributes.get(e, "aria-hidden"))) return true;
    String style = HtmlAttributes.get(e, "style");
    if (style.isEmpty()) return false;
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** Readability's class weight: +25 for a name that suggests content, -25 for one that suggests furniture. */
  static int classWeight(Element e) {
    int w = 0;
    for (String part : new String[] {HtmlAttributes.get(e, "class").trim(), HtmlAttributes.get(e, "id")}) {
      if (NEGATIVE.matches(part)) w -= 25;
      if (POSITIVE.matches(part)) w += 25;
    }
    return w;
  }
}
