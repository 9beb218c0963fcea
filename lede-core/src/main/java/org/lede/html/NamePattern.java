package org.lede.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast test of an element's {@code class} and {@code id} names against a list of keywords, for the hot loops
 * that look at every element of a page (regular-expression alternations cost far more there). A keyword
 * {@code x} matches a name containing it, {@code ^x} a name starting with it, {@code $x} one ending with it and
 * {@code =x} a name equal to it. Names are the whitespace-separated words of the class and id; keywords are
 * lower-case ASCII and match names with ASCII letters in any case.
 *
 * <p>Immutable and thread-safe.
 */
public final class NamePattern {
  /** Slots of the first-character table: ASCII, then one for every other character. */
  private static final int OTHER = 128;

  private final boolean anyContains;
  /** The {@code contains} keywords by their first character. */
  private final String[][] containsByFirst;
  /** The first two characters of every {@code contains} keyword, as bits of a 128 x 128 table. */
  private final long[] containsPairs = new long[OTHER * OTHER / 64];
  private final String[] starts;
  private final String[] ends;
  private final String[] equals;

  private NamePattern(List<String> contains, List<String> starts, List<String> ends, List<String> equals) {
    this.anyContains = !contains.isEmpty();
    List<List<String>> slots = new ArrayList<>();
    for (int i = 0; i <= OTHER; i++) slots.add(new ArrayList<>());
    for (String k : contains) {
      slots.get(k.charAt(0)).add(k);
      int pair = pair(k.charAt(0), k.charAt(1));
      containsPairs[pair >>> 6] |= 1L << pair;
    }
    this.containsByFirst = new String[OTHER + 1][];
    for (int i = 0; i <= OTHER; i++) containsByFirst[i] = slots.get(i).toArray(String[]::new);
    this.starts = starts.toArray(String[]::new);
    this.ends = ends.toArray(String[]::new);
    this.equals = equals.toArray(String[]::new);
  }

  /** A pattern of {@code keywords}, each lower-case ASCII of two characters or more after its marker. */
  public static NamePattern of(String... keywords) {
    List<String> c = new ArrayList<>();
    List<String> s = new ArrayList<>();
    List<String> e = new ArrayList<>();
    List<String> q = new ArrayList<>();
    for (String k : keywords) {
      String word = switch (k.charAt(0)) {
        case '^', '$', '=' -> k.substring(1);
        default -> k;
      };
      if (word.length() < 2 || !word.chars().allMatch(ch -> ch < OTHER && !Character.isUpperCase(ch))) {
        throw new IllegalArgumentException("not a lower-case ASCII keyword of two characters or more: " + k);
      }
      switch (k.charAt(0)) {
        case '^' -> s.add(word);
        case '$' -> e.add(word);
        case '=' -> q.add(word);
        default -> c.add(word);
      }
    }
    return new NamePattern(c, s, e, q);
  }

  /** Returns whether any of the whitespace-separated {@code names}, in any case, matches a keyword. */
  public boolean matches(String names) {
    if (names.isEmpty()) return false;
    if (anyContains && containsAny(names)) return true;
    if (starts.length == 0 && ends.length == 0 && equals.length == 0) return false;
    int i = 0;
    int n = names.length();
    while (i < n) {
      while (i < n && names.charAt(i) <= ' ') i++;
      int j = i;
      while (j < n && names.charAt(j) > ' ') j++;
      if (j > i && word(names, i, j)) return true;
      i = j;
    }
    return false;
  }

  /**
   * Whether a {@code contains} keyword occurs in {@code names}. One pass: a position whose two characters start no
   * keyword is passed over at the cost of a bit test, and the others are tried only against the keywords starting
   * with their character.
   */
  private boolean containsAny(String names) {
    int n = names.length() - 1;
    for (int i = 0; i < n; i++) {
      char first = lower(names.charAt(i));
      int pair = pair(first, lower(names.charAt(i + 1)));
      if ((containsPairs[pair >>> 6] & (1L << pair)) == 0) continue;
      for (String k : containsByFirst[first]) {
        if (at(names, i, k)) return true;
      }
    }
    return false;
  }

  private boolean word(String names, int from, int to) {
    int len = to - from;
    for (String k : starts) if (len >= k.length() && at(names, from, k)) return true;
    for (String k : ends) if (len >= k.length() && at(names, to - k.length(), k)) return true;
    for (String k : equals) if (len == k.length() && at(names, from, k)) return true;
    return false;
  }

  /** Whether {@code keyword} stands in {@code names} at {@code from}, ASCII letters in any case. */
  private static boolean at(String names, int from, String keyword) {
    int n = keyword.length();
    if (from + n > names.length()) return false;
    for (int j = 0; j < n; j++) {
      char c = names.charAt(from + j);
      if (c >= 'A' && c <= 'Z') c += 32;
      if (c != keyword.charAt(j)) return false;
    }
    return true;
  }

  /** ASCII letters in lower case; any other character as it is, folded into the table's last slot when not ASCII. */
  private static char lower(char c) {
    if (c >= 'A' && c <= 'Z') return (char) (c + 32);
    return c < OTHER ? c : OTHER;
  }

  private static int pair(char first, char second) {
    return (first & (OTHER - 1)) * OTHER + (second & (OTHER - 1));
  }
}
