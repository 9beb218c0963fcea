package org.lede.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name normalisation shared by grouping and linking.
 *
 * <p>Written as character loops rather than regular expressions: grouping keys every name of an article against
 * every person in it, and the regular expressions were a fifth of all annotation time.
 */
final class Names {
  private Names() {}

  /** "Javier  Milei" -> "Javier Milei"; typographic apostrophes become plain ones. */
  static String clean(String name) {
    int n = name.length();
    StringBuilder out = null;
    boolean inSpace = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (isSpace(c)) {
        if (out == null) out = new StringBuilder(n).append(name, 0, i);
        if (!inSpace) out.append(' ');
        inSpace = true;
        continue;
      }
      inSpace = false;
      if (c == '’' && out == null) out = new StringBuilder(n).append(name, 0, i);
      if (out != null) out.append(c == '’' ? '\'' : c);
    }
    return (out == null ? name : out.toString()).strip();
  }

  /** The characters {@code [\s\u00A0\u2000-\u200B\u202F]} a name's words are split by. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200B') || c == '\u202F';
  }

  /** A comparison key: lower case, no accents, no punctuation but spaces. */
  static String key(String name) {
    String n = clean(name);
    if (!isAscii(n)) n = withoutMarks(Normalizer.normalize(n, Normalizer.Form.NFD));
    String lower = n.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        space = true;
      } else if (Character.isLetter(cp) || isNumber(cp)) {
        if (space && !out.isEmpty()) out.append(' ');
        space = false;
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
    return true;
  }

  /** Drops combining marks ({@code \p{M}}), which NFD has split from the letters they accent. */
  private static String withoutMarks(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
          && type != Character.COMBINING_SPACING_MARK) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** {@code \p{N}}: digits, letter numbers (Roman numerals) and other numbers (fractions, superscripts). */
  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
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
