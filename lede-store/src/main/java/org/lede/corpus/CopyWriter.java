package org.lede.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lede.article.Article;
import org.lede.duplicate.TextSignature;
import org.lede.store.PreparedSet;

/**
 * Keeps the near-duplicate tables in step with the articles: each stored article's text signature is put under its
 * band keys, the articles sharing a band with it are compared, and a copy points at the earliest article of its
 * group (by published time, else first ingest, then ingest order) with its similarity to it. Finding candidates is
 * {@link TextSignature#BANDS} index lookups of at most {@link #PER_BAND} rows, whatever the store's size.
 *
 * <p>Runs on the writer connection inside the article's ingest transaction ({@link CorpusWriter} holds one); not
 * thread-safe.
 */
public final class CopyWriter implements AutoCloseable {
  /** The most articles read from one band ({@link TextSignature#CANDIDATES_PER_BAND}). */
  static final int PER_BAND = TextSignature.CANDIDATES_PER_BAND;

  private final PreparedSet all = new PreparedSet();
  private final PreparedStatement row;
  private final PreparedStatement insert;
  private final PreparedStatement delete;
  private final CopyBands bands;
  private final PreparedStatement members;
  private final PreparedStatement point;
  private final PreparedStatement firstIngested;
  private long ordinal;

  /** One article's row: its signature, when it counts as first, and what it copies. */
  private record Row(String id, TextSignature signature, long firstAt, long ordinal, String copyOf) {
    boolean before(Row o) {
      return firstAt != o.firstAt ? firstAt < o.firstAt : ordinal < o.ordinal;
    }
  }

  /** Prepares the writes on {@code w}, the store's writer connection (public for the store's bench). */
  public CopyWriter(Connection w) throws SQLException {
    this(w, CopyBands.FRESH_ROWS, CopyBands.RECENT_ROWS, CopyBands.SETTLING_ROWS, BandFilter.WORDS);
  }

  /**
   * Prepares the writes on {@code w}, merging the band tiers at {@code freshRows}, {@code recentRows} and
   * {@code settlingRows} rows, with a band filter of {@code filterWords} words.
   */
  CopyWriter(Connection w, long freshRows, long recentRows, long settlingRows, int filterWords) throws SQLException {
    row = prepare(w, "SELECT article_id, signature, words, first_at, ordinal, copy_of FROM copy_signature WHERE article_id = ?");
    insert = prepare(w, "INSERT OR REPLACE INTO copy_signature(article_id, signature, words, first_at, ordinal, copy_of, "
        + "similarity) VALUES (?, ?, ?, ?, ?, ?, ?)");
    delete = prepare(w, "DELETE FROM copy_signature WHERE article_id = ?");
    members = prepare(w, "SELECT article_id, signature, words, first_at, ordinal, copy_of FROM copy_signature WHERE copy_of = ?");
    firstIngested = prepare(w, "SELECT first_ingested_at FROM article WHERE id = ?");
    point = prepare(w, "UPDATE copy_signature SET copy_of = ?, similarity = ? WHERE article_id = ?");
    ordinal = lastOrdinal(w);
    bands = new CopyBands(w, PER_BAND, freshRows, recentRows, settlingRows, filterWords);
  }

  /** Returns the highest ordinal the table holds. */
  static long lastOrdinal(Connection w) throws SQLException {
    try (Statement st = w.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(ordinal) FROM copy_signature")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Returns the last ordinal handed out. */
  long ordinal() {
    return ordinal;
  }

  /** Continues numbering after {@code last}: after a rollback, or on open. */
  void restart(long last) throws SQLException {
    ordinal = last;
    bands.recount();
  }

  private PreparedStatement prepare(Connection w, String sql) throws SQLException {
    return all.prepare(w, sql);
  }

  /**
   * Puts the latest version of article {@code id} among the copies, in place of its earlier version. Its article
   * row is written already (same transaction): its first ingest time stands in for a published time it lacks.
   *
   * @return the id of the earlier article it now copies, or null
   */
  public String article(String id, Article article) throws SQLException {
    TextSignature signature = TextSignature.of(article.text());
    Row old = row(id);
    if (old != null && signature != null && old.signature().equals(signature)) return old.copyOf(); // same text
    if (old != null) remove(old);
    if (signature == null) return null;
    // numbered only when stored: a number handed to a text too short to sign would be given again after a restart
    long keep = old == null ? ++ordinal : old.ordinal();
    Instant stated = article.published() != null ? article.published().instant()
        : article.updated() != null ? article.updated().instant() : null;
    Row self = new Row(id, signature, stated != null ? stated.toEpochMilli() : firstIngested(id), keep, null);

    // every group this text copies, by its earliest article
    Map<String, Row> originals = new LinkedHashMap<>();
    for (String other : candidates(signature.bands(), id)) {
      Row r = row(other);
      if (r == null || !signature.sameTextAs(r.signature())) continue;
      Row original = r.copyOf() == null ? r : row(r.copyOf());
      if (original != null) originals.putIfAbsent(original.id(), original);
    }
    Row earliest = self;
    for (Row o : originals.values()) if (o.before(earliest)) earliest = o;
    save(self, earliest == self ? null : earliest);
    // groups this text bridges become one, under the earliest of all (this article, when it came first)
    for (Row o : originals.values()) if (o != earliest) regroup(o, earliest);
    return earliest == self ? null : earliest.id();
  }

  private long firstIngested(String id) throws SQLException {
    firstIngested.setString(1, id);
    try (ResultSet rs = firstIngested.executeQuery()) {
      return rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
    }
  }

  /** The articles sharing a band with {@code keys}, other than {@code self}. */
  private Set<String> candidates(long[] keys, String self) throws SQLException {
    Set<String> found = new LinkedHashSet<>();
    for (long b : keys) {
      try (ResultSet rs = bands.articles(b)) {
        while (rs.next()) {
          String id = rs.getString(1);
          if (!id.equals(self)) found.add(id);
        }
      }
    }
    return found;
  }

  private void save(Row self, Row original) throws SQLException {
    insert.setString(1, self.id());
    insert.setBytes(2, self.signature().bytes());
    insert.setInt(3, self.signature().words());
    insert.setLong(4, self.firstAt());
    insert.setLong(5, self.ordinal());
    if (original == null) {
      insert.setNull(6, java.sql.Types.VARCHAR);
      insert.setNull(7, java.sql.Types.REAL);
    } else {
      insert.setString(6, original.id());
      insert.setDouble(7, self.signature().similarity(original.signature()));
    }
    insert.executeUpdate();
    bands.add(self.signature().bands(), self.ordinal());
  }

  /** Makes {@code original} and its copies copies of {@code into}. */
  private void regroup(Row original, Row into) throws SQLException {
    for (Row m : members(original.id())) point(m, into);
    point(original, into);
  }

  private void point(Row r, Row into) throws SQLException {
    if (into == null) {
      point.setNull(1, java.sql.Types.VARCHAR);
      point.setNull(2, java.sql.Types.REAL);
    } else {
      point.setString(1, into.id());
      point.setDouble(2, r.signature().similarity(into.signature()));
    }
    point.setString(3, r.id());
    point.executeUpdate();
  }

  /** Takes an article out: its bands, its row, and, when it was an original, hands its group to the earliest copy. */
  private void remove(Row old) throws SQLException {
    bands.remove(old.signature().bands(), old.ordinal());
    delete.setString(1, old.id());
    delete.executeUpdate();
    if (old.copyOf() != null) return;
    List<Row> copies = members(old.id());
    if (copies.isEmpty()) return;
    Row next = copies.getFirst();
    for (Row c : copies) if (c.before(next)) next = c;
    point(next, null);
    for (Row c : copies) if (c != next) point(c, next);
  }

  private List<Row> members(String originalId) throws SQLException {
    members.setString(1, originalId);
    List<Row> out = new ArrayList<>();
    try (ResultSet rs = members.executeQuery()) {
      while (rs.next()) out.add(row(rs));
    }
    return out;
  }

  private Row row(String id) throws SQLException {
    row.setString(1, id);
    try (ResultSet rs = row.executeQuery()) {
      return rs.next() ? row(rs) : null;
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString(1), TextSignature.fromBytes(rs.getBytes(2), rs.getInt(3)), rs.getLong(4), rs.getLong(5),
        rs.getString(6));
  }

  /** Empties the tables, for a relink from the stored articles. */
  void clear(Statement st) throws SQLException {
    bands.clear(st);
    st.execute("DELETE FROM copy_signature");
    ordinal = 0;
  }

  @Override
  public void close() {
    bands.close();
    all.close();
  }
}
