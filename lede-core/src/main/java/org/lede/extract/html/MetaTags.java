package org.lede.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.lede.html.HtmlAttributes;
import org.lede.html.PageParts;

/** The {@code <meta>} tags of a page, by lower-cased {@code property}, {@code name} or {@code itemprop}; first wins. */
final class MetaTags {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, String> properties = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop"};

  private MetaTags() {}

  static MetaTags read(PageParts parts) {
    MetaTags tags = new MetaTags();
    for (Element meta : parts.metas()) {
      String content = Texts.clean(HtmlAttributes.get(meta, "content"));
      if (content.isEmpty()) continue;
      for (String attr : KEY_ATTRIBUTES) {
        // Some pages list several properties in one attribute ("og:title twitter:title").
        String keys = HtmlAttributes.get(meta, attr).toLowerCase(Locale.ROOT).trim();
        if (keys.isEmpty()) continue;
        for (String key : keys.chars().anyMatch(Character::isWhitespace) ? SPACES.split(keys) : new String[] {keys}) {
          // "DC.title" and "dc:title" are the same property.
          String normal = key.replace('.', ':');
          (attr.equals("property") ? tags.properties : tags.names).putIfAbsent(normal, content);
        }
      }
    }
    return tags;
  }

  /**
   * Returns the first value among {@code keys} (written with ':' for '.'), a {@code property} tag before a
   * {@code name} tag, or null.
   */
  String first(String... keys) {
    for (String k : keys) {
      String v = properties.get(k);
      if (v == null) v = names.get(k);
      if (v != null && !v.isEmpty()) return v;
    }
    return null;
  }
}
