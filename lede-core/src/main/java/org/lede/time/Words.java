package org.lede.time;

import java.util.Locale;
import java.util.function.Predicate;

/** The words of a text as the date patterns see them: maximal runs of letters, lower-cased. */
final class Words {
  private Words() {}

  /**
   * Whether some word of {@code text} no longer than {@code maxLength} passes {@code test}, given lower-cased.
   * Longer words are passed over without being copied.
   */
  static boolean any(String text, int maxLength, Predicate<String> test) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) i++;
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) i++;
      if (i > start && i - start <= maxLength && test.test(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
