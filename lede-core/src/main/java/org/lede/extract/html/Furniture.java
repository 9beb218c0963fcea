package org.lede.extract.html;

import java.util.regex.Pattern;
import org.lede.text.Chars;

/**
 * Recognises body lines that are page furniture by their form, whatever the language: a bare timestamp
 * ("Aktualisiert: 11.04.2020, 10:27"), a photo credit ("Photo: Jane Doe/Reuters").
 */
final class Furniture {
  private static final Pattern DATE = Pattern.compile(
      "\\b\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?(\\d{4}|\\d{2})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b"
          + "|\\b\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?\\s+\\d{4}\\b|\\b\\p{L}{3,}\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b");
  private static final int MAX_TIMESTAMP_CHARS = 80;
  private static final int MAX_OTHER_WORDS = 3;
  private static final int MAX_CREDIT_CHARS = 120;

  private Furniture() {}

  /** Returns whether {@code text} is a date or time with at most a few words beside it. */
  static boolean isTimestamp(String text) {
    if (text.length() > MAX_TIMESTAMP_CHARS || !Chars.hasDigit(text)) return false;
    String rest = DATE.matcher(text).replaceAll(" ");
    if (rest.length() == text.length()) return false;
    int words = 0;
    for (String w : rest.split("[\\s|,;:·•\\-–—/()]+")) {
      if (!w.isEmpty() && !Texts.hasNoWords(w)) words++;
    }
    return words <= MAX_OTHER_WORDS;
  }


  /** Returns whether {@code text} is a photo credit standing alone. */
  static boolean isCredit(String text) {
    if (text.length() > MAX_CREDIT_CHARS) return false;
    Captions.Split split = Captions.split(text.startsWith("(") && text.endsWith(")")
        ? text.substring(1, text.length() - 1) : text);
    return split.caption() == null && split.credit() != null;
  }
}
