package org.lede.index;

/**
 * A word or two-word phrase used more in some articles than in the corpus as a whole.
 *
 * @param text       as the articles most often write it ("central bank")
 * @param sampleDocs how many of the sampled articles use it
 * @param corpusDocs how many articles of the whole index use it (the sample included)
 * @param score      Dunning's log-likelihood ratio (G²) of the sample against the rest of the corpus: the higher,
 *                   the less likely the difference is chance; above 10.8 it is significant at p < 0.001
 */
public record SignificantTerm(String text, int sampleDocs, long corpusDocs, double score) {}
