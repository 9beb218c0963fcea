package org.lede.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CRF model's distributional-similarity clusters: for each of half a million words, the name of the cluster of
 * words used in the same contexts. CoreNLP keeps them as a hash map of strings; here the words are one
 * {@link PackedStrings} and each word's cluster a number into the few hundred cluster names, which a model file
 * saves and reads back as arrays.
 *
 * <p>Thread-safe: read-only after construction.
 */
final class WordClusters {
  private final PackedStrings words;
  /** Per word, its cluster's position in {@link #names}. */
  private final short[] cluster;
  private final String[] names;

  WordClusters(PackedStrings words, short[] cluster, String[] names) {
    if (cluster.length != words.size()) throw new IllegalArgumentException("one cluster per word");
    this.words = words;
    this.cluster = cluster;
    this.names = names;
  }

  /** The clusters of CoreNLP's lexicon (word to cluster name). */
  static WordClusters of(Map<String, String> lexicon) {
    List<String> words = new ArrayList<>(lexicon.size());
    short[] cluster = new short[lexicon.size()];
    Map<String, Integer> numbers = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, String> e : lexicon.entrySet()) {
      int n = numbers.computeIfAbsent(e.getValue(), name -> {
        names.add(name);
        return names.size() - 1;
      });
      if (n > Short.MAX_VALUE) throw new IllegalArgumentException("more word clusters than a model file holds");
      cluster[words.size()] = (short) n;
      words.add(e.getKey());
    }
    return new WordClusters(PackedStrings.of(words), cluster, names.toArray(String[]::new));
  }

  /** The word's cluster name, or null when the lexicon does not hold the word. */
  String get(String word) {
    int i = words.indexOf(word);
    return i < 0 ? null : names[cluster[i]];
  }

  PackedStrings words() {
    return words;
  }

  short[] clusters() {
    return cluster.clone();
  }

  String[] names() {
    return names.clone();
  }
}
