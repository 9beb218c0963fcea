package org.lede.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The baseline story clustering is measured against: each headline's TF-IDF vector (lower-cased words, English
 * function words dropped, IDF from the headlines seen so far) is compared by cosine with every existing cluster's
 * centroid, in one pass; it joins the closest at or above one threshold, else starts a cluster. Exhaustive (every
 * cluster sharing a word is scored), no time window, no names, no plural folding.
 */
final class TfIdfBaseline {
  private static final Set<String> STOP = Set.of(("a about after all also an and are as at be but by for from has "
      + "have he her his in into is it its new not of on or over says she that the their this to up was were will "
      + "with").split(" "));

  private TfIdfBaseline() {}

  /** Returns a cluster number for each headline, in order. */
  static List<String> cluster(List<String> headlines, double threshold) {
    Map<String, Integer> df = new HashMap<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    List<Map<String, Double>> centroids = new ArrayList<>();
    List<Double> norms = new ArrayList<>();
    List<String> out = new ArrayList<>(headlines.size());
    long docs = 0;
    for (String h : headlines) {
      Map<String, Double> tf = new HashMap<>();
      for (String w : h.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() > 1 && !STOP.contains(w)) tf.merge(w, 1.0, Double::sum);
      }
      docs++;
      for (String w : tf.keySet()) df.merge(w, 1, Integer::sum);
      double norm = 0;
      for (Map.Entry<String, Double> e : tf.entrySet()) {
        double w = e.getValue() * Math.log((docs + 1.0) / (df.get(e.getKey()) + 0.5));
        e.setValue(w);
        norm += w * w;
      }
      double length = Math.sqrt(norm);
      if (length > 0) tf.replaceAll((k, w) -> w / length);
      Set<Integer> candidates = new HashSet<>();
      for (String w : tf.keySet()) candidates.addAll(postings.getOrDefault(w, List.of()));
      int best = -1;
      double bestScore = threshold;
      for (int c : candidates) {
        double dot = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) dot += e.getValue() * centroids.get(c).getOrDefault(e.getKey(), 0.0);
        double score = norms.get(c) <= 0 ? 0 : dot / Math.sqrt(norms.get(c));
        if (score >= bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best < 0) {
        best = centroids.size();
        centroids.add(new HashMap<>());
        norms.add(0.0);
      }
      Map<String, Double> centroid = centroids.get(best);
      double dot = 0;
      for (Map.Entry<String, Double> e : tf.entrySet()) {
        dot += e.getValue() * centroid.getOrDefault(e.getKey(), 0.0);
        if (!centroid.containsKey(e.getKey())) postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(best);
        centroid.merge(e.getKey(), e.getValue(), Double::sum);
      }
      norms.set(best, norms.get(best) + 2 * dot + (tf.isEmpty() ? 0 : 1));
      out.add(String.valueOf(best));
    }
    return out;
  }
}
