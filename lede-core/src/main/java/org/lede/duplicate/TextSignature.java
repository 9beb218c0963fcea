package org.lede.duplicate;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The MinHash signature of a text's word shingles: {@link #HASHES} minima, one per hash function, so that the share
 * of equal positions in two signatures estimates the Jaccard similarity of the two shingle sets. The signature is
 * cut into {@link #BANDS} bands of {@link #ROWS}; two texts sharing any band are candidates, which finds pairs at
 * similarity 0.5 with probability 0.986, at 0.6 with 0.9995, and pairs at 0.1 with probability 0.03.
 *
 * <p>Words are runs of letters and digits, lower-cased, so punctuation, quote marks and spacing do not count; a
 * shingle is {@link #SHINGLE} consecutive words.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextSignature {
  /** Words per shingle. */
  public static final int SHINGLE = 5;
  /** Rows (hash functions) per band. */
  public static final int ROWS = 3;
  /** Bands: candidates share at least one. */
  public static final int BANDS = 32;
  /** Hash functions: the signature's length. */
  public static final int HASHES = ROWS * BANDS;
  /** Texts with fewer words are too short to call copies of anything: a sentence is shared by chance. */
  public static final int MIN_WORDS = 25;

  /**
   * The most earlier texts one band offers as candidates: those signed first. A band shared by more is a text with
   * many copies, already grouped under one original that any of them leads to, or boilerplate. The single-machine
   * band index and the distributed job both read this many, so that they compare the same pairs.
   */
  public static final int CANDIDATES_PER_BAND = 24;

  /** The least estimated similarity at which two texts are copies of one another. */
  public static final double COPY_SIMILARITY = 0.5;

  private static final long[] SEEDS = seeds();

  private final int[] minima;
  private final int words;

  private TextSignature(int[] minima, int words) {
    this.minima = minima;
    this.words = words;
  }

  /** Returns the signature of {@code text}, or null when it has fewer than {@link #MIN_WORDS} words. */
  public static TextSignature of(String text) {
    long[] wordHashes = wordHashes(text == null ? "" : text);
    if (wordHashes.length < MIN_WORDS) return null;
    int[] min = new int[HASHES];
    long[] mins = new long[HASHES];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= wordHashes.length; i++) {
      long shingle = 0x9E3779B97F4A7C15L;
      for (int k = 0; k < SHINGLE; k++) shingle = mix(shingle * 31 + wordHashes[i + k]);
      for (int h = 0; h < HASHES; h++) {
        long v = mix(shingle ^ SEEDS[h]);
        // compared unsigned, so the 64-bit order is uniform
        if (Long.compareUnsigned(v, mins[h]) < 0) mins[h] = v;
      }
    }
    for (int h = 0; h < HASHES; h++) min[h] = (int) (mins[h] >>> 32);
    return new TextSignature(min, wordHashes.length);
  }

  /** Reads a signature back from {@link #bytes()}. */
  public static TextSignature fromBytes(byte[] bytes, int words) {
    if (bytes.length != HASHES * 4) throw new IllegalArgumentException("a signature is " + HASHES * 4 + " bytes, not " + bytes.length);
    int[] min = new int[HASHES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(min);
    return new TextSignature(min, words);
  }

  /** Returns the signature as bytes, for storing. */
  public byte[] bytes() {
    ByteBuffer b = ByteBuffer.allocate(HASHES * 4);
    b.asIntBuffer().put(minima);
    return b.array();
  }

  /** Returns how many words the text had. */
  public int words() {
    return words;
  }

  /**
   * Returns true when {@code other}'s text is a copy of this one's: at least {@link #COPY_SIMILARITY} of their
   * shingles shared. A trimmed wire copy or one with other page furniture shares far more; two reports of the same
   * event in their own words share almost none.
   */
  public boolean sameTextAs(TextSignature other) {
    return similarity(other) >= COPY_SIMILARITY;
  }

  /** Returns the estimated Jaccard similarity of this text's shingles and {@code other}'s, from 0 to 1. */
  public double similarity(TextSignature other) {
    int same = 0;
    for (int h = 0; h < HASHES; h++) if (minima[h] == other.minima[h]) same++;
    return same / (double) HASHES;
  }

  /** Returns the {@link #BANDS} band keys: each mixes its band's number with its rows, so bands never collide. */
  public long[] bands() {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long k = b + 1;
      for (int r = 0; r < ROWS; r++) k = mix(k * 0x100000001B3L + (minima[b * ROWS + r] & 0xFFFFFFFFL));
      keys[b] = k;
    }
    return keys;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextSignature s && Arrays.equals(minima, s.minima);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minima);
  }

  /** Hashes each word of {@code text}: runs of letters and digits, lower-cased. */
  static long[] wordHashes(String text) {
    long[] out = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      int c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = (inWord ? h : 0xCBF29CE484222325L) ^ Character.toLowerCase(c);
        h *= 0x100000001B3L;
        inWord = true;
      } else if (inWord) {
        if (n == out.length) out = Arrays.copyOf(out, n * 2);
        out[n++] = mix(h);
        inWord = false;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** SplitMix64's finaliser: a cheap mix with full avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) s[i] = x = mix(x + 0x9E3779B97F4A7C15L);
    return s;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "TextSignature[%d words]", words);
  }
}
