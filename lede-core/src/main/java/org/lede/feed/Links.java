package org.lede.feed;

import java.net.URI;
import java.util.Locale;

/** Resolves a link found in a listing against the listing's URL; only http(s) links survive. Thread-safe. */
final class Links {
  private Links() {}

  /** Returns {@code href} made absolute against {@code base}, without its fragment, or null when unusable. */
  static URI resolve(URI base, String href) {
    if (href == null || href.isBlank()) return null;
    try {
      URI u = base.resolve(href.trim().replace(" ", "%20"));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) return null;
      if (u.getRawFragment() != null) {
        String s = u.toString();
        u = URI.create(s.substring(0, s.indexOf('#')));
      }
      return u;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
