package org.lede.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation shared by grouping and linking. */
final class Names {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} ]");
  private static final Pattern RUNS = Pattern.compile("\\s+");

  private Names() {}

  /** "Javier  Milei" -> "Javier Milei"; typographic apostrophes become plain ones. */
  static String clean(String name) {
    return SPACES.matcher(name.replace('’', '\'')).replaceAll(" ").strip();
  }

  /** A comparison key: lower case, no accents, no punctuation but spaces. */
  static String key(String name) {
    String n = MARKS.matcher(Normalizer.normalize(clean(name), Normalizer.Form.NFD)).replaceAll("");
    return RUNS.matcher(NOT_WORD.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").strip();
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
