package org.lede.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit list shows of an article (id, headline, site, byline, URL, publication time), kept as one doc value
 * per document. Reading stored fields instead would decompress each hit's whole stored block, body included, for a
 * few short strings: on a 100,000-article index that was an eighth of a search's time.
 *
 * <p>Stateless and thread-safe.
 */
final class HitCards {
  static final String FIELD = "hit";
  private static final char SEPARATOR = '\u0000';

  private HitCards() {}

  /** A hit's fields as they were indexed; any may be null but the id. */
  record Card(String id, String headline, String site, String byline, String url, Long published) {}

  static BytesRef encode(Card card) {
    String[] fields = {card.id(), card.headline(), card.site(), card.byline(), card.url(),
        card.published() == null ? null : card.published().toString()};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) b.append(SEPARATOR);
      if (fields[i] != null) b.append(fields[i].replace(SEPARATOR, ' '));
    }
    return new BytesRef(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Card decode(BytesRef bytes) {
    String[] f = new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8).split("\u0000", -1);
    return new Card(f[0], blankToNull(f[1]), blankToNull(f[2]), blankToNull(f[3]), blankToNull(f[4]),
        f[5].isEmpty() ? null : Long.valueOf(f[5]));
  }

  /** The cards of {@code docIds} (top-level ids of {@code leaves}), in order; null for a document without one. */
  static Card[] read(List<LeafReaderContext> leaves, int[] docIds) throws IOException {
    Card[] out = new Card[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      BinaryDocValues values = leaf.reader().getBinaryDocValues(FIELD);
      if (values != null && values.advanceExact(docIds[i] - leaf.docBase)) out[i] = decode(values.binaryValue());
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
