package org.lede.extract.dump;

import java.util.Locale;

/** The typographic shape of a line: how long, how capitalised, how it ends. All checks are linear in the line. */
final class LineShapes {
  /** Longer lines are never headlines, subheads or page furniture; they are not looked at closely. */
  static final int MAX_SHORT = 250;

  private LineShapes() {}

  /** Returns {@code s} without surrounding whitespace, counting no-break, zero-width spaces and BOMs as whitespace. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) start++;
    while (end > start && isSpace(s.charAt(end - 1))) end--;
    return s.substring(start, end);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
        || c == '\uFEFF';
  }

  /** Returns the number of whitespace-separated words in {@code s}. */
  static int words(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = isSpace(s.charAt(i));
      if (!space && !inWord) count++;
      inWord = !space;
    }
    return count;
  }

  /** Returns {@code s} lower-cased with its whitespace runs collapsed, to compare a repeated headline. */
  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = b.length() > 0;
      } else {
        if (space) b.append(' ');
        space = false;
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns whether {@code s} could be a headline: short, starting with a capital, digit or quote, and not ending
   * as a sentence or clause does (headlines drop the full stop; a question or exclamation mark may stay).
   */
  static boolean headlineLike(String s) {
    if (s.length() < 3 || s.length() > MAX_SHORT) return false;
    if (!startsLikeTitle(s)) return false;
    char last = s.charAt(s.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == ':') return false;
    int w = words(s);
    return w >= 1 && w <= 30;
  }

  /** Returns whether {@code s} is a short title-like line that can stand as a subhead between paragraphs. */
  static boolean shortTitle(String s) {
    if (s.length() > 90 || !startsLikeTitle(s)) return false;
    char last = s.charAt(s.length() - 1);
    if (".,;:!\"”’')…]".indexOf(last) >= 0) return false;
    return words(s) <= 10;
  }

  /** Returns whether {@code s} has at least three letters and no lower-case one ("CHALLENGES WITH CHINA"). */
  static boolean allCaps(String s) {
    if (s.length() > MAX_SHORT) return false;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letters++;
    }
    return letters >= 3 && words(s) <= 20;
  }

  /** Returns whether {@code s} ends as a sentence or a quotation does, so a following line is a new paragraph. */
  static boolean endsSentence(CharSequence s) {
    if (s.length() == 0) return true;
    return ".!?:;\"”’')]…".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** Returns whether {@code s} starts with a lower-case letter: the continuation of a hard-wrapped paragraph. */
  static boolean startsLowerCase(String s) {
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }

  private static boolean startsLikeTitle(String s) {
    int c = s.codePointAt(0);
    if (Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)) return true;
    if ("\"'“‘«$£€".indexOf(c) >= 0 && s.length() > 1) {
      int next = s.codePointAt(Character.charCount(c));
      return Character.isUpperCase(next) || Character.isDigit(next);
    }
    // Scripts without case (Arabic, CJK) start headlines with any letter.
    return Character.isLetter(c) && !Character.isLowerCase(c);
  }
}
