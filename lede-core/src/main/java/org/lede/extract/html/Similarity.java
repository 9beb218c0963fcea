package org.lede.extract.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How much of one short text's words another contains; for choosing among candidate titles. */
final class Similarity {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Similarity() {}

  /** Returns the share of {@code a}'s distinct words that are also in {@code b}, 0 to 1. */
  static double of(String a, String b) {
    Set<String> wa = words(a);
    if (wa.isEmpty()) return 0;
    Set<String> wb = words(b);
    int common = 0;
    for (String w : wa) if (wb.contains(w)) common++;
    return (double) common / wa.size();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    if (s == null) return out;
    for (String w : NOT_WORD.split(s.toLowerCase(Locale.ROOT))) if (!w.isEmpty()) out.add(w);
    return out;
  }
}
