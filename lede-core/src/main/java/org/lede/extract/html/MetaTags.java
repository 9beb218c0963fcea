package org.lede.extract.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The {@code <meta>} tags of a page, by lower-cased {@code property}, {@code name} or {@code itemprop}; first wins. */
final class MetaTags {
  private final Map<String, String> values = new HashMap<>();

  private MetaTags() {}

  static MetaTags read(Document page) {
    MetaTags tags = new MetaTags();
    for (Element meta : page.getElementsByTag("meta")) {
      String content = Texts.clean(meta.attr("content"));
      if (content.isEmpty()) continue;
      for (String attr : List.of("property", "name", "itemprop")) {
        // Some pages list several properties in one attribute ("og:title twitter:title").
        for (String key : meta.attr(attr).toLowerCase(Locale.ROOT).trim().split("\\s+")) {
          if (!key.isEmpty()) tags.values.putIfAbsent(key, content);
        }
      }
    }
    return tags;
  }

  /** Returns the first non-empty value among {@code keys}, or null. */
  String first(String... keys) {
    for (String k : keys) {
      String v = values.get(k);
      if (v != null && !v.isEmpty()) return v;
    }
    return null;
  }
}
