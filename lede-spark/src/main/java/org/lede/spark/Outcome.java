package org.lede.spark;

import java.io.Serializable;

/**
 * What the job made of one record: an article as a line of the JSON Lines contract, or a reject saying why not.
 *
 * @param kind {@link #ARTICLE}, {@link #REJECT} or {@link #CORPUS}, the name of the folder the line goes to
 * @param line one line of JSON, without a line end
 */
record Outcome(String kind, String line) implements Serializable {
  static final String ARTICLE = "articles";
  static final String REJECT = "rejects";
  /** An article's entities and quotes as the corpus stage takes them ({@code CorpusInput}); staged, not published. */
  static final String CORPUS = "corpus";
}
