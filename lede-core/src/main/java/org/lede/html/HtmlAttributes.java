package org.lede.html;

import org.jsoup.nodes.Element;

/**
 * Attribute reads for elements of a page jsoup parsed as HTML. The HTML parser lower-cases attribute names, so an
 * exact lookup finds what jsoup's case-insensitive {@code attr()} would, at a fraction of its cost in loops that
 * visit every element of a page.
 */
public final class HtmlAttributes {
  private HtmlAttributes() {}

  /** The value of {@code key} (lower case) on {@code e}, or "" when it has none. */
  public static String get(Element e, String key) {
    return e.attributesSize() == 0 ? "" : e.attributes().get(key);
  }

  /** Whether {@code e} has the attribute {@code key} (lower case). */
  public static boolean has(Element e, String key) {
    return e.attributesSize() != 0 && e.attributes().hasKey(key);
  }
}
