package org.lede.story;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A sparse vector over story terms: term ids ascending beside their weights, so two vectors meet in one merge of
 * two sorted arrays, with no boxing and no hashing. An article's unit TF-IDF vector, a story's centroid and its
 * members are all one. Stored as {@link #bytes()}: per term its id and its weight as a float, 8 bytes.
 *
 * <p>Immutable and thread-safe: the arrays never leave it.
 */
public final class TermVector {
  /** The vector with no terms. */
  public static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

  private final int[] terms;
  private final double[] weights;

  private TermVector(int[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /**
   * Returns the vector with {@code weights[i]} at term {@code terms[i]}; the arrays are copied, may be in any order,
   * and must not repeat a term.
   *
   * @throws IllegalArgumentException when the lengths differ or a term repeats
   */
  public static TermVector of(int[] terms, double[] weights) {
    if (terms.length != weights.length) {
      throw new IllegalArgumentException(terms.length + " terms but " + weights.length + " weights");
    }
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Integer.compare(terms[a], terms[b]));
    int[] t = new int[terms.length];
    double[] w = new double[terms.length];
    for (int i = 0; i < order.length; i++) {
      t[i] = terms[order[i]];
      w[i] = weights[order[i]];
      if (i > 0 && t[i] == t[i - 1]) throw new IllegalArgumentException("term " + t[i] + " given twice");
    }
    return new TermVector(t, w);
  }

  /**
   * Reads a vector written by {@link #bytes()}.
   *
   * @throws IllegalArgumentException when {@code bytes} is not a whole number of terms or its ids do not ascend
   */
  public static TermVector of(byte[] bytes) {
    if (bytes.length % 8 != 0) throw new IllegalArgumentException("a term vector of " + bytes.length + " bytes");
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int n = bytes.length / 8;
    int[] t = new int[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = in.getInt();
      w[i] = in.getFloat();
      if (i > 0 && t[i] <= t[i - 1]) throw new IllegalArgumentException("a term vector whose ids do not ascend");
    }
    return new TermVector(t, w);
  }

  /** Returns this vector as stored: per term, ascending, its id and its weight as little-endian int and float. */
  public byte[] bytes() {
    ByteBuffer out = ByteBuffer.allocate(terms.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < terms.length; i++) {
      out.putInt(terms[i]);
      out.putFloat((float) weights[i]);
    }
    return out.array();
  }

  /**
   * Returns this vector as {@link #of(byte[])} would read it back: weights rounded to floats (this vector itself when
   * they already are). A store that keeps what it read and what it wrote alike computes the same sums either way, so
   * a run stopped and resumed ends with the same stories as one that never stopped.
   */
  public TermVector stored() {
    double[] w = null;
    for (int i = 0; i < weights.length; i++) {
      double rounded = (float) weights[i];
      if (rounded == weights[i]) continue;
      if (w == null) w = weights.clone();
      w[i] = rounded;
    }
    return w == null ? this : new TermVector(terms, w);
  }

  /** Returns how many terms have a weight. */
  public int size() {
    return terms.length;
  }

  public boolean isEmpty() {
    return terms.length == 0;
  }

  /** Returns the id of the {@code i}th term, ids ascending. */
  public int term(int i) {
    return terms[i];
  }

  /** Returns the weight of the {@code i}th term. */
  public double weight(int i) {
    return weights[i];
  }

  /** Returns the dot product with {@code o}: a merge of the two id lists, or binary searches when one is far shorter. */
  public double dot(TermVector o) {
    if (terms.length > o.terms.length) return o.dot(this);
    if (terms.length == 0) return 0;
    double d = 0;
    if (terms.length * 8 < o.terms.length) {
      int from = 0;
      for (int i = 0; i < terms.length && from < o.terms.length; i++) {
        int at = Arrays.binarySearch(o.terms, from, o.terms.length, terms[i]);
        if (at >= 0) {
          d += weights[i] * o.weights[at];
          from = at + 1;
        } else {
          from = -at - 1;
        }
      }
      return d;
    }
    int i = 0;
    int j = 0;
    while (i < terms.length && j < o.terms.length) {
      int a = terms[i];
      int b = o.terms[j];
      if (a == b) d += weights[i++] * o.weights[j++];
      else if (a < b) i++;
      else j++;
    }
    return d;
  }

  /** Returns the sum of this vector and {@code o}. */
  public TermVector plus(TermVector o) {
    if (o.isEmpty()) return this;
    if (isEmpty()) return o;
    int[] t = new int[terms.length + o.terms.length];
    double[] w = new double[t.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < terms.length || j < o.terms.length) {
      if (j == o.terms.length || i < terms.length && terms[i] < o.terms[j]) {
        t[n] = terms[i];
        w[n++] = weights[i++];
      } else if (i == terms.length || o.terms[j] < terms[i]) {
        t[n] = o.terms[j];
        w[n++] = o.weights[j++];
      } else {
        t[n] = terms[i];
        w[n++] = weights[i++] + o.weights[j++];
      }
    }
    return new TermVector(Arrays.copyOf(t, n), Arrays.copyOf(w, n));
  }

  /** Returns this vector cut to its {@code n} heaviest terms (itself when it has no more). */
  public TermVector heaviest(int n) {
    if (terms.length <= n) return this;
    double[] sorted = weights.clone();
    Arrays.sort(sorted);
    double least = sorted[sorted.length - n];
    int above = 0;
    for (double w : weights) if (w > least) above++;
    int ties = n - above; // terms weighing exactly the least that still fit, the lower ids first
    int[] t = new int[n];
    double[] w = new double[n];
    int k = 0;
    for (int i = 0; i < terms.length; i++) {
      if (weights[i] > least || weights[i] == least && ties-- > 0) {
        t[k] = terms[i];
        w[k++] = weights[i];
      }
    }
    return new TermVector(t, w);
  }

  /** Returns the ids of the {@code n} heaviest terms, heaviest first (a tie goes to the lower id). */
  public int[] heaviestTerms(int n) {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a]) : Integer.compare(a, b));
    int[] out = new int[Math.min(n, order.length)];
    for (int i = 0; i < out.length; i++) out[i] = terms[order[i]];
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < terms.length; i++) s.append(i == 0 ? "" : ", ").append(terms[i]).append('=').append(weights[i]);
    return s.append('}').toString();
  }
}
