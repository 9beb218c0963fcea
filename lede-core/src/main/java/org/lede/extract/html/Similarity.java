package org.lede.extract.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** How much of one short text's words another contains; for choosing among candidate titles. */
final class Similarity {
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
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }
}
