package org.lede.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Finds the best sentences of each hit's body for a query, from the stored body and the offsets in its postings.
 */
final class Highlighting extends UnifiedHighlighter {
  private static final int PASSAGES = 2;
  private static final int PASSAGE_CHARS = 160;

  Highlighting(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withMaxNoHighlightPassages(1)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), PASSAGE_CHARS, 0.5f))
        .withMaxLength(20_000));
  }

  /** Returns one snippet per doc id, in order; an empty snippet for a doc with no body. */
  Snippet[] snippets(Query query, int[] docIds) throws IOException {
    Snippet[] out = new Snippet[docIds.length];
    if (docIds.length == 0) return out;
    int[] passages = {PASSAGES};
    Map<String, Object[]> result = highlightFieldsAsObjects(new String[] {IndexFields.BODY}, query, docIds, passages);
    Object[] bodies = result.get(IndexFields.BODY);
    for (int i = 0; i < out.length; i++) {
      out[i] = bodies != null && bodies[i] instanceof Snippet s ? s : Snippet.EMPTY;
    }
    return out;
  }
}
