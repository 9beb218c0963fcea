package org.lede.entity;

import java.util.Arrays;
import java.util.List;

/**
 * Many strings held as one string and a table of where each ends, found by an open-addressing table of
 * (hash, position) pairs: a lookup compares the query's hash with the stored ones and reads the stored characters only
 * when the hashes agree. It holds the CRF model's 143,000 feature names and the half-million words of its word
 * clusters in a few arrays instead of a String and a map node each, which is what lets the model be saved and read
 * back as arrays ({@link CrfModelFile}) and touches less memory per lookup than a hash map.
 *
 * <p>Thread-safe: read-only after construction.
 */
final class PackedStrings {
  private final String chars;
  /** Where string {@code i} ends in {@link #chars}; it starts where {@code i - 1} ends. */
  private final int[] ends;
  private final long[] slots;
  private final int mask;

  /** The strings in one run of characters and their ends; the table is rebuilt from them. */
  PackedStrings(String chars, int[] ends) {
    this(chars, ends, table(chars, ends));
  }

  /**
   * The strings and a table {@link #slots()} gave for them, as a model file keeps it: rebuilding it hashes every
   * string, which is most of the time a process spends reading the model. A table of the wrong size, or one that
   * does not find a sample of the strings where they are, is refused.
   *
   * @throws IllegalArgumentException when the table is not the strings'
   */
  PackedStrings(String chars, int[] ends, long[] slots) {
    this.chars = chars;
    this.ends = ends;
    this.slots = slots;
    this.mask = slots.length - 1;
    if (slots.length != capacity(ends.length)) throw new IllegalArgumentException("a table of another size");
    for (int i = 0; i < ends.length; i += Math.max(1, ends.length / 64)) {
      if (indexOf(get(i)) != i) throw new IllegalArgumentException("a table that does not find string " + i);
    }
  }

  private static int capacity(int strings) {
    int capacity = 16;
    while (capacity < 2 * strings) capacity <<= 1;
    return capacity;
  }

  private static long[] table(String chars, int[] ends) {
    long[] slots = new long[capacity(ends.length)];
    int mask = slots.length - 1;
    int start = 0;
    for (int i = 0; i < ends.length; i++) {
      int h = 0;
      // String.hashCode of the stored string, so a lookup hashes its query the same way
      for (int k = start; k < ends[i]; k++) h = 31 * h + chars.charAt(k);
      int p = slot(h, mask);
      while (slots[p] != 0) p = (p + 1) & mask;
      slots[p] = ((long) h << 32) | (i + 1);
      start = ends[i];
    }
    return slots;
  }

  /** The strings in their order: string {@code i} is found at position {@code i}. */
  static PackedStrings of(List<String> strings) {
    StringBuilder all = new StringBuilder();
    int[] ends = new int[strings.size()];
    for (int i = 0; i < ends.length; i++) {
      all.append(strings.get(i));
      ends[i] = all.length();
    }
    return new PackedStrings(all.toString(), ends);
  }

  private int slot(int hash) {
    return slot(hash, mask);
  }

  private static int slot(int hash, int mask) {
    int x = hash * 0x9E3779B9;
    return (x ^ (x >>> 16)) & mask;
  }

  /** The string's position, or -1 when it is not held. */
  int indexOf(String s) {
    int h = s.hashCode();
    int n = s.length();
    for (int p = slot(h); slots[p] != 0; p = (p + 1) & mask) {
      long e = slots[p];
      if ((int) (e >>> 32) != h) continue;
      int i = (int) e - 1;
      int start = i == 0 ? 0 : ends[i - 1];
      if (ends[i] - start == n && chars.regionMatches(start, s, 0, n)) return i;
    }
    return -1;
  }

  /** The position of the string {@code s} holds now, or -1: a name built in a reused buffer, without a String. */
  int indexOf(CharSequence s) {
    int n = s.length();
    int h = 0;
    for (int k = 0; k < n; k++) h = 31 * h + s.charAt(k);
    for (int p = slot(h); slots[p] != 0; p = (p + 1) & mask) {
      long e = slots[p];
      if ((int) (e >>> 32) != h) continue;
      int i = (int) e - 1;
      int start = i == 0 ? 0 : ends[i - 1];
      if (ends[i] - start == n && sameChars(start, s, n)) return i;
    }
    return -1;
  }

  private boolean sameChars(int start, CharSequence s, int n) {
    for (int k = 0; k < n; k++) if (chars.charAt(start + k) != s.charAt(k)) return false;
    return true;
  }

  String get(int i) {
    return chars.substring(i == 0 ? 0 : ends[i - 1], ends[i]);
  }

  int size() {
    return ends.length;
  }

  /** All the strings, one after the other, as {@link CrfModelFile} saves them. */
  String chars() {
    return chars;
  }

  /** A copy of the lookup table, which {@link #PackedStrings(String, int[], long[])} takes back. */
  long[] slots() {
    return slots.clone();
  }

  /** A copy of the ends of the strings in {@link #chars()}. */
  int[] ends() {
    return Arrays.copyOf(ends, ends.length);
  }
}
