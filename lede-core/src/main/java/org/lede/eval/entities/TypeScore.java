package org.lede.eval.entities;

/**
 * Exact-span counts for one entity type (or all), conlleval style.
 *
 * @param type      "PER", "ORG", "LOC", "MISC" or "ALL"
 * @param truePos   predicted names matching a gold name in span and type
 * @param predicted predicted names
 * @param gold      gold names
 */
public record TypeScore(String type, int truePos, int predicted, int gold) {

  /** Returns the share of predicted names that are right. */
  public double precision() {
    return predicted == 0 ? 0 : (double) truePos / predicted;
  }

  /** Returns the share of gold names found. */
  public double recall() {
    return gold == 0 ? 0 : (double) truePos / gold;
  }

  /** Returns the harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
