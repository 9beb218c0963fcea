package org.lede.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast test of an element's {@code class} and {@code id} names against a list of keywords, for the hot loops
 * that look at every element of a page (regular-expression alternations cost far more there). A keyword
 * {@code x} matches a name containing it, {@code ^x} a name starting with it, {@code $x} one ending with it and
 * {@code =x} a name equal to it. Names are the whitespace-separated words of the lower-cased class and id.
 *
 * <p>Immutable and thread-safe.
 */
final class NamePattern {
  private final String[] contains;
  /** The {@code contains} keywords by their first character (ASCII), the rest in the last slot. */
  private final String[][] containsByFirst;
  private final String[] starts;
  private final String[] ends;
  private final String[] equals;

  private NamePattern(String[] contains, String[] starts, String[] ends, String[] equals) {
    this.contains = contains;
    this.containsByFirst = byFirstChar(contains);
    this.starts = starts;
    this.ends = ends;
    this.equals = equals;
  }

  static NamePattern of(String... keywords) {
    List<String> c = new ArrayList<>();
    List<String> s = new ArrayList<>();
    List<String> e = new ArrayList<>();
    List<String> q = new ArrayList<>();
    for (String k : keywords) {
      switch (k.charAt(0)) {
        case '^' -> s.add(k.substring(1));
        case '$' -> e.add(k.substring(1));
        case '=' -> q.add(k.substring(1));
        default -> c.add(k);
      }
    }
    return new NamePattern(c.toArray(String[]::new), s.toArray(String[]::new), e.toArray(String[]::new),
        q.toArray(String[]::new));
  }

  private static final int OTHER = 128;

  private static String[][] byFirstChar(String[] keywords) {
    List<List<String>> slots = new ArrayList<>();
    for (int i = 0; i <= OTHER; i++) slots.add(new ArrayList<>());
    for (String k : keywords) slots.get(Math.min(k.charAt(0), OTHER)).add(k);
    String[][] table = new String[OTHER + 1][];
    for (int i = 0; i <= OTHER; i++) table[i] = slots.get(i).toArray(String[]::new);
    return table;
  }

  /** Returns whether any of the lower-cased, space-separated {@code names} matches a keyword. */
  boolean matches(String names) {
    if (names.isEmpty()) return false;
    if (containsAny(names)) return true;
    if (starts.length == 0 && ends.length == 0 && equals.length == 0) return false;
    int i = 0;
    int n = names.length();
    while (i < n) {
      while (i < n && names.charAt(i) == ' ') i++;
      int j = i;
      while (j < n && names.charAt(j) != ' ') j++;
      if (j > i && word(names, i, j)) return true;
      i = j;
    }
    return false;
  }

  /**
   * Whether a {@code contains} keyword occurs in {@code names}: each position is tried only against the keywords
   * starting with its character, which costs one pass over the names instead of one per keyword.
   */
  private boolean containsAny(String names) {
    if (contains.length == 0) return false;
    int n = names.length();
    for (int i = 0; i < n; i++) {
      for (String k : containsByFirst[Math.min(names.charAt(i), OTHER)]) {
        if (names.startsWith(k, i)) return true;
      }
    }
    return false;
  }

  private boolean word(String names, int from, int to) {
    int len = to - from;
    for (String k : starts) if (len >= k.length() && names.startsWith(k, from)) return true;
    for (String k : ends) if (len >= k.length() && names.startsWith(k, to - k.length())) return true;
    for (String k : equals) if (len == k.length() && names.startsWith(k, from)) return true;
    return false;
  }
}
