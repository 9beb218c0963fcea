package org.lede.eval.quotes;

/**
 * Precision, recall and F1 of one measure.
 *
 * @param name      what is measured
 * @param correct   predictions that match gold
 * @param predicted predictions made
 * @param gold      gold items
 */
public record Score(String name, int correct, int predicted, int gold) {

  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** Recall; counted on gold matched, which equals {@code correct} for one-to-one matches. */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
