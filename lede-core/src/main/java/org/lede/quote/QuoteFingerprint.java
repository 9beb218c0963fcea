package org.lede.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes two quotes the same saying though articles print it differently: case, punctuation, typographic
 * quotes, ellipses, a trimmed beginning or end, a word changed. A quote's words are cut into three-word shingles;
 * keys are the shingles whose hash falls in a fixed half of the hash space, so two texts sharing a stretch of
 * words share the keys of that stretch (a trimmed copy still finds the whole), and the store finds candidates by key
 * instead of comparing with every quote. Stateless.
 */
public final class QuoteFingerprint {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final int SHINGLE = 3;
  private static final int MAX_KEYS = 32;
  /** Two quotes are one when this share of the shorter one's shingles stands in the longer. */
  static final double SAME = 0.7;

  private QuoteFingerprint() {}

  /** Returns the quote's words, lower case, without accents, punctuation or ellipses. */
  public static List<String> words(String text) {
    String n = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : NOT_WORD.split(n)) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /** Returns the lookup keys of a quote's words: never empty for a quote of one word or more. */
  public static long[] keys(List<String> words) {
    long[] hashes = shingleHashes(words);
    long[] chosen = Arrays.stream(hashes).filter(h -> (h & 1) == 0).distinct().sorted().limit(MAX_KEYS).toArray();
    if (chosen.length > 0) return chosen;
    // a short quote may have no shingle in the half: its smallest shingle stands for it
    return hashes.length == 0 ? new long[0] : new long[] {Arrays.stream(hashes).min().getAsLong()};
  }

  /**
   * Returns how much of the shorter quote stands in the longer, from 0 to 1: the share of its shingles found there,
   * and 0 when the shorter has under half the longer's words (a fragment of a saying is a partial quote, not a copy).
   */
  public static double similarity(List<String> a, List<String> b) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = shorter == a ? b : a;
    if (shorter.isEmpty() || shorter.size() * 2 < longer.size()) return 0;
    Set<Long> in = new HashSet<>();
    for (long h : shingleHashes(longer)) in.add(h);
    long[] mine = shingleHashes(shorter);
    int found = 0;
    for (long h : mine) if (in.contains(h)) found++;
    return (double) found / mine.length;
  }

  /** Returns true when two quotes' words make them one saying. */
  public static boolean same(List<String> a, List<String> b) {
    return similarity(a, b) >= SAME;
  }

  private static long[] shingleHashes(List<String> words) {
    if (words.isEmpty()) return new long[0];
    int n = Math.max(1, words.size() - SHINGLE + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
        for (char c : words.get(j).toCharArray()) h = (h ^ c) * 0x100000001b3L;
        h = (h ^ ' ') * 0x100000001b3L;
      }
      out[i] = mix(h);
    }
    return out;
  }

  /** Spreads the FNV hash's low bits, which choose the keys. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
