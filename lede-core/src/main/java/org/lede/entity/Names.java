package org.lede.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation shared by grouping and linking. */
final class Names {
  private Names() {}

  /** "Javier  Milei" -> "Javier Milei"; typographic apostrophes become plain ones. */
  static String clean(String name) {
    return name.replace('’', '\'').replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u202F]+", " ").strip();
  }

  /** A comparison key: lower case, no accents, no punctuation but spaces. */
  static String key(String name) {
    String n = Normalizer.normalize(clean(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
  }

  static String[] parts(String name) {
    String k = key(name);
    return k.isEmpty() ? new String[0] : k.split(" ");
  }

  static String last(String name) {
    String[] p = parts(name);
    return p.length == 0 ? "" : p[p.length - 1];
  }

  static String slug(String name) {
    return key(name).replace(' ', '-');
  }
}
