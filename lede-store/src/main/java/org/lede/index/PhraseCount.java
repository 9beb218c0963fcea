package org.lede.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * How many articles of the index hold a two-word phrase, counted over at most {@link #SAMPLE} articles and scaled
 * to the whole: a phrase query walks the positions of its rarer word, so counting it over every article would cost
 * more as the corpus grows (on a million articles, tens of milliseconds a phrase). Each segment is read from its
 * start up to its share of the sample and the count stops there; an index of up to {@link #SAMPLE} articles is
 * counted exactly.
 */
final class PhraseCount {
  /** The most articles a phrase is counted over. */
  static final int SAMPLE = 100_000;

  private PhraseCount() {}

  /** Returns the estimated number of articles holding {@code first second} in {@code field}. */
  static long estimate(IndexSearcher searcher, String field, String first, String second) throws IOException {
    int maxDoc = searcher.getIndexReader().maxDoc();
    if (maxDoc <= SAMPLE) return searcher.count(new PhraseQuery(field, first, second));
    double share = (double) SAMPLE / maxDoc;
    FirstPart counter = new FirstPart(share);
    searcher.search(new PhraseQuery(field, first, second), counter);
    return Math.round(counter.count / share);
  }

  /** Counts hits in the first {@code share} of each segment's documents, then stops collecting that segment. */
  private static final class FirstPart extends SimpleCollector {
    private final double share;
    private int bound;
    long count;

    FirstPart(double share) {
      this.share = share;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      bound = (int) Math.ceil(context.reader().maxDoc() * share);
    }

    @Override
    public void collect(int doc) {
      if (doc >= bound) throw new CollectionTerminatedException();
      count++;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
