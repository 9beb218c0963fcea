package org.lede.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a clustering agrees with gold labels: BCubed precision, recall and F1 (the mean over items of the share of an
 * item's predicted cluster in its gold story, and back), pairwise precision, recall and F1 over unordered pairs,
 * and the adjusted Rand index (Hubert and Arabie). Singletons count as clusters of their own in all three.
 */
public record ClusterScores(double bcubedP, double bcubedR, double bcubedF1, double pairP, double pairR, double pairF1,
    double ari, int clusters) {

  /** Scores {@code predicted} against {@code gold}, item by item (the same items in the same order). */
  public static ClusterScores of(List<String> predicted, List<String> gold) {
    if (predicted.size() != gold.size()) throw new IllegalArgumentException("predicted and gold differ in length");
    int n = predicted.size();
    Map<String, Integer> pSize = counts(predicted);
    Map<String, Integer> gSize = counts(gold);
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      int overlap = both.get(predicted.get(i) + "\u0000" + gold.get(i));
      p += overlap / (double) pSize.get(predicted.get(i));
      r += overlap / (double) gSize.get(gold.get(i));
    }
    p /= n;
    r /= n;
    double sameBoth = pairs(both);
    double samePredicted = pairs(pSize);
    double sameGold = pairs(gSize);
    double pairP = samePredicted == 0 ? 0 : sameBoth / samePredicted;
    double pairR = sameGold == 0 ? 0 : sameBoth / sameGold;
    double all = n * (n - 1) / 2.0;
    double expected = samePredicted * sameGold / all;
    double max = (samePredicted + sameGold) / 2;
    double ari = max == expected ? 0 : (sameBoth - expected) / (max - expected);
    return new ClusterScores(p, r, f1(p, r), pairP, pairR, f1(pairP, pairR), ari, pSize.size());
  }

  private static Map<String, Integer> counts(List<String> labels) {
    Map<String, Integer> out = new HashMap<>();
    for (String l : labels) out.merge(l, 1, Integer::sum);
    return out;
  }

  private static double pairs(Map<String, Integer> sizes) {
    double s = 0;
    for (int c : sizes.values()) s += c * (c - 1) / 2.0;
    return s;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
