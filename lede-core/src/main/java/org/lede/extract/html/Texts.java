package org.lede.extract.html;

/** Whitespace handling shared by the HTML readers: one space between words, no invisible characters. */
final class Texts {
  private Texts() {}

  /** Returns {@code s} with every run of whitespace (including no-break and zero-width spaces) made one space. */
  static String clean(String s) {
    if (s == null) return "";
    if (isClean(s)) return s;
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && isInvisible(c)) continue;
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) out.append(' ');
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code clean} would return {@code s} unchanged: most texts are, and then need no copy. */
  private static boolean isClean(String s) {
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (space) return false;
        space = true;
      } else if (c < 0x21 || c >= 0x80 && (isInvisible(c) || isSpace(c))) {
        return false;
      } else {
        space = false;
      }
    }
    return !space || s.isEmpty();
  }

  /** Zero-width characters and the soft hyphen: no reader sees them. */
  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
  }

  /** Whitespace, no-break and other Unicode spaces included; ASCII decided without a table lookup. */
  private static boolean isSpace(char c) {
    if (c < 0x80) return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Returns whether {@code s} holds no letter or digit. */
  static boolean hasNoWords(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) return false;
    }
    return true;
  }
}
