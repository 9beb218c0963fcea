package org.lede.entity;

import edu.stanford.nlp.util.Index;

/**
 * The CRF model's feature names and their indexes, as CoreNLP's feature index holds them, in one open-addressing table
 * of (hash, index) pairs: a lookup compares the name's hash with the stored ones and reads a stored name only when
 * the hashes agree, which touches less memory than a hash map's nodes. Thread-safe: read-only after construction.
 */
final class CrfFeatureNames {
  private final long[] slots;
  private final String[] names;
  private final int mask;

  CrfFeatureNames(Index<String> index) {
    names = new String[index.size()];
    int capacity = 16;
    while (capacity < 2 * names.length) capacity <<= 1;
    slots = new long[capacity];
    mask = capacity - 1;
    for (int i = 0; i < names.length; i++) {
      String name = index.get(i);
      names[i] = name;
      int h = name.hashCode();
      int p = slot(h);
      while (slots[p] != 0) p = (p + 1) & mask;
      slots[p] = ((long) h << 32) | (i + 1);
    }
  }

  private int slot(int hash) {
    int x = hash * 0x9E3779B9;
    return (x ^ (x >>> 16)) & mask;
  }

  /** The feature's index, or -1 when the model has no feature of that name. */
  int indexOf(String name) {
    int h = name.hashCode();
    for (int p = slot(h); slots[p] != 0; p = (p + 1) & mask) {
      long e = slots[p];
      if ((int) (e >>> 32) == h && names[(int) e - 1].equals(name)) return (int) e - 1;
    }
    return -1;
  }

  int size() {
    return names.length;
  }
}
