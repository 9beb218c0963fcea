package org.lede.quantity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a number counts, reduced to a key two articles share when they count the same thing: the unit and the head
 * noun of what it counts ("at least 6,000 volunteers signing up" and "5,000 volunteers" are both {@code |volunteer}).
 * Numbers that cannot be compared across articles have no key. Stateless.
 */
final class CountedThing {
  /** Plain counts below this are mostly a story's structure ("two rivals", "five candidates"), not its figures. */
  static final double SMALLEST_COUNT = 10;

  /** Words that end the noun phrase of what is counted: what follows them says more about it, not what it is. */
  private static final Set<String> PHRASE_ENDS = Set.of("about", "above", "across", "after", "against", "ago", "along",
      "also", "among", "and", "apiece", "are", "around", "as", "at", "away", "before", "behind", "below", "between",
      "but", "by", "during", "each", "earlier", "fewer", "for", "from", "had", "has", "have", "in", "including", "into",
      "is", "last", "later", "less", "more", "near", "of", "on", "or", "out", "over", "per", "since", "than", "that",
      "the", "this", "to", "under", "up", "was", "were", "when", "where", "which", "while", "who", "will", "with",
      "within", "would");
  /**
   * Heads that say how long or how often, not what: "10 years" and "a 34-year career" in one story are seldom the same
   * span.
   */
  private static final Set<String> SPANS = Set.of("second", "minute", "hour", "day", "week", "month", "year", "decade",
      "century", "time");
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}'-]+");
  private static final Pattern ORDINAL = Pattern.compile("(?i).*\\d\\s*(st|nd|rd|th)\\b.*");
  private static final Pattern YEAR = Pattern.compile("'\\d{2}s?|(18|19|20)\\d{2}s?");

  private CountedThing() {}

  /**
   * Returns the key of what {@code n} counts, or null when it is not a figure to compare: a year, an ordinal, a
   * fraction, a span of time, a plain count or percentage that does not say what it counts, or a small plain count.
   */
  static String key(Quantity n) {
    if (Double.isNaN(n.value()) || Double.isInfinite(n.value())) return null;
    String text = n.text() == null ? "" : n.text().strip();
    if (ORDINAL.matcher(text).matches()) return null;
    String unit = n.unit();
    if ("fraction".equals(unit)) return null;
    if ("years of age".equals(unit)) return n.counts() == null ? null : "age|" + n.counts().strip().toLowerCase(Locale.ROOT);
    String head = head(n.counts());
    if (SPANS.contains(head)) return null;
    if (unit == null) {
      if (head.isEmpty() || n.value() < SMALLEST_COUNT || YEAR.matcher(text).matches()) return null;
      return "|" + head;
    }
    if (unit.equals("%") && head.isEmpty()) return null;
    return unit + "|" + head;
  }

  /** The last word of the noun phrase {@code counts} opens, singular and lower case, or "" when it has none. */
  static String head(String counts) {
    if (counts == null) return "";
    String last = "";
    boolean first = true;
    for (String w : WORD.split(counts.strip().toLowerCase(Locale.ROOT))) {
      if (w.isEmpty()) continue;
      if (PHRASE_ENDS.contains(w) || (!first && w.endsWith("ing"))) break;
      last = w;
      first = false;
    }
    return singular(last);
  }

  private static String singular(String w) {
    if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) return w.substring(0, w.length() - 2);
    if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.substring(0, w.length() - 1);
    return w;
  }
}
