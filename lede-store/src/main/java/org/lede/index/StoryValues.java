package org.lede.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Reads the story doc value of one article found by its id term: one term lookup per segment, no stored field. */
final class StoryValues {
  private StoryValues() {}

  /** Returns the story of the live document with id {@code articleId}, or null when it has none or is not indexed. */
  static Long storyOf(IndexReader reader, String articleId) throws IOException {
    BytesRef term = new BytesRef(articleId);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(IndexFields.ID);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) continue;
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
      for (int d = docs.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        NumericDocValues story = leaf.reader().getNumericDocValues(IndexFields.STORY);
        return story != null && story.advanceExact(d) ? story.longValue() : null;
      }
    }
    return null;
  }
}
