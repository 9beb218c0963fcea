package org.lede.extract.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lede.html.HtmlAttributes;
import org.lede.html.PageParts;

/**
 * What a page says about itself outside its body: JSON-LD, OpenGraph and other meta tags, the canonical link,
 * the document language and the byline printed near the headline.
 *
 * @param url          the page's own URL (og:url, JSON-LD url, else the canonical URL), or null
 * @param canonicalUrl the {@code <link rel=canonical>} target, or null
 * @param site         the publication's name, else the host name, or null
 * @param language     ISO 639-1 code, or null
 * @param headline     the headline without the site suffix, or null
 * @param dek          the description, or null
 * @param byline       author names
 * @param image        the lead image URL, or null
 */
record PageMetadata(String url, String canonicalUrl, String site, String language, String headline, String dek,
    List<String> byline, String image) {

  static PageMetadata read(Document page, PageParts parts) {
    MetaTags meta = MetaTags.read(parts);
    JsonLd ld = JsonLd.read(page, parts);
    String canonical = absolute(parts.link("canonical"), "href");
    String url = firstNonBlank(meta.first("og:url"), ld.url() != null && ld.url().startsWith("http") ? ld.url() : null,
        canonical);
    String siteName = firstNonBlank(meta.first("og:site_name"), ld.publisher(), meta.first("application-name",
        "twitter:site:name", "publisher", "dc:publisher"));
    List<String> byline = Bylines.find(parts, meta, ld);
    String headline = Headlines.choose(page, parts, meta, ld, siteName, host(firstNonBlank(canonical, url)), byline);
    if (siteName == null) siteName = titleSuffix(page.title(), headline);
    String site = siteName != null ? siteName : host(firstNonBlank(canonical, url));
    String dek = firstNonBlank(meta.first("og:description"), meta.first("description", "twitter:description"),
        ld.description());
    String image = firstNonBlank(meta.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
        "twitter:image:src"), ld.image());
    return new PageMetadata(url, canonical, site, language(page, parts, meta, ld), headline, dek, byline, image);
  }

  /** "Headline - Site": the site a page names after its headline in {@code <title>}, when it names nothing else. */
  private static String titleSuffix(String title, String headline) {
    if (title == null || headline == null || !title.startsWith(headline)) return null;
    java.util.regex.Matcher m = TITLE_SUFFIX.matcher(title.substring(headline.length()));
    return m.matches() ? m.group(1).strip() : null;
  }

  private static final java.util.regex.Pattern TITLE_SUFFIX =
      java.util.regex.Pattern.compile("\\s*[|\\-\u2013\u2014\u00b7:]\\s*(\\S.{1,60})");

  private static String language(Document page, PageParts parts, MetaTags meta, JsonLd ld) {
    Element html = page.firstElementChild();
    if (html != null && !html.nameIs("html")) html = null;
    String lang = html != null ? HtmlAttributes.get(html, "lang") : "";
    if (lang.isBlank() && html != null) lang = HtmlAttributes.get(html, "xml:lang");
    if (lang.isBlank()) {
      String stated = firstNonBlank(meta.first("content-language", "og:locale", "dc:language", "language"),
          ld.language());
      lang = stated == null ? "" : stated;
    }
    if (lang.isBlank()) lang = httpEquivLanguage(parts);
    lang = lang.trim().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < lang.length() && Character.isLetter(lang.charAt(cut))) cut++;
    lang = lang.substring(0, cut);
    return lang.length() == 2 || lang.length() == 3 ? lang : null;
  }

  /** The {@code <meta http-equiv="content-language">} value, or "". */
  private static String httpEquivLanguage(PageParts parts) {
    for (Element meta : parts.metas()) {
      if (HtmlAttributes.get(meta, "http-equiv").toLowerCase(Locale.ROOT).contains("content-language")
          && HtmlAttributes.has(meta, "content")) {
        return HtmlAttributes.get(meta, "content");
      }
    }
    return "";
  }

  static String absolute(Element e, String attr) {
    if (e == null) return null;
    String abs = e.absUrl(attr);
    String v = abs.isEmpty() ? e.attr(attr).trim() : abs;
    return v.isEmpty() ? null : v;
  }

  static String host(String url) {
    if (url == null) return null;
    try {
      String h = URI.create(url.trim().replace(" ", "%20")).getHost();
      if (h == null) return null;
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v;
    }
    return null;
  }
}
