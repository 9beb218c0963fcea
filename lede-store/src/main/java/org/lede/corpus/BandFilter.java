package org.lede.corpus;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import org.lede.store.PreparedSet;

/**
 * Which band keys the two large tiers of the band index may hold: a Bloom filter kept in the store
 * ({@code copy_band_filter}, in pieces) and in memory, so that looking up a band no article in those tiers shares — most
 * of an article's bands — does not descend their B-trees, whose pages no cache holds once the corpus is large.
 *
 * <p>A key is three bits of one 64-bit word (a blocked Bloom filter: one word read a key). Its size is fixed
 * ({@link #WORDS} words, 32 MB): at a million articles (some 32 million band keys) about 3 % of absent keys pass, and
 * it never grows, so a far larger corpus only lets more through. Pieces are read from the store the first time a key
 * falls in them, so opening the store reads none, and a piece the store does not hold takes no memory; a filter never forgets a key (an article taken out leaves its bits),
 * which can only let more through, never hide a band that is there.
 *
 * <p>Keys are added in memory as a merge moves them into the large tiers, and the pieces they changed are written in
 * the same transaction ({@link #save}). A rolled-back transaction leaves the memory with more bits than the store,
 * which again only lets more through. Runs on the writer connection; not thread-safe.
 */
final class BandFilter implements AutoCloseable {
  /** The filter's size in 64-bit words: 32 MB. */
  static final int WORDS = 1 << 22;
  /** Words a stored piece: 2 KB, half a page, so a piece needs no overflow page. */
  static final int PIECE_WORDS = 256;
  /** Every piece the store holds no row for, until a key is added to it: a store too small to have merged holds none. */
  private static final long[] EMPTY = new long[PIECE_WORDS];

  private final PreparedSet all = new PreparedSet();
  private final PreparedStatement read;
  private final PreparedStatement write;
  private final int words;
  private final long[][] pieces;
  private final BitSet dirty;

  /** Prepares the filter's statements on {@code w}, with {@code words} words (a power of two, at least a piece). */
  BandFilter(Connection w, int words) throws SQLException {
    if (Integer.bitCount(words) != 1 || words < PIECE_WORDS) throw new IllegalArgumentException("words: " + words);
    this.words = words;
    pieces = new long[words / PIECE_WORDS][];
    dirty = new BitSet(pieces.length);
    read = all.prepare(w, "SELECT bits FROM copy_band_filter WHERE piece = ?");
    write = all.prepare(w, "INSERT OR REPLACE INTO copy_band_filter(piece, bits) VALUES (?, ?)");
  }

  /** Returns false when no key equal to {@code band} was ever added; true when one may have been. */
  boolean mayHold(long band) throws SQLException {
    int word = word(band);
    long mask = mask(band);
    return (piece(word / PIECE_WORDS)[word % PIECE_WORDS] & mask) == mask;
  }

  /** Adds {@code band} in memory; {@link #save} writes it. */
  void add(long band) throws SQLException {
    int word = word(band);
    int p = word / PIECE_WORDS;
    long[] piece = piece(p);
    long mask = mask(band);
    if ((piece[word % PIECE_WORDS] & mask) == mask) return;
    if (piece == EMPTY) pieces[p] = piece = new long[PIECE_WORDS];
    piece[word % PIECE_WORDS] |= mask;
    dirty.set(p);
  }

  /** Writes the pieces changed since the last save, in the caller's transaction. */
  void save() throws SQLException {
    ByteBuffer bytes = ByteBuffer.allocate(PIECE_WORDS * Long.BYTES);
    for (int p = dirty.nextSetBit(0); p >= 0; p = dirty.nextSetBit(p + 1)) {
      bytes.clear();
      bytes.asLongBuffer().put(pieces[p]);
      write.setInt(1, p);
      write.setBytes(2, bytes.array());
      write.executeUpdate();
    }
    dirty.clear();
  }

  /** Forgets every key, in memory and in the store, for a relink from the stored articles. */
  void clear(Statement st) throws SQLException {
    st.execute("DELETE FROM copy_band_filter");
    java.util.Arrays.fill(pieces, null);
    dirty.clear();
  }

  /** The key's word: from its high 32 bits (band keys are well mixed hashes), spread over the words without a division. */
  private int word(long band) {
    return (int) (((band >>> 32) * words) >>> 32);
  }

  /** The key's three bits in its word, from its low 18 bits. */
  private static long mask(long band) {
    return 1L << (band & 63) | 1L << (band >>> 6 & 63) | 1L << (band >>> 12 & 63);
  }

  private long[] piece(int p) throws SQLException {
    long[] piece = pieces[p];
    if (piece != null) return piece;
    read.setInt(1, p);
    try (ResultSet rs = read.executeQuery()) {
      piece = EMPTY;
      if (rs.next()) {
        piece = new long[PIECE_WORDS];
        ByteBuffer.wrap(rs.getBytes(1)).asLongBuffer().get(piece);
      }
    }
    pieces[p] = piece;
    return piece;
  }

  @Override
  public void close() {
    all.close();
  }
}
