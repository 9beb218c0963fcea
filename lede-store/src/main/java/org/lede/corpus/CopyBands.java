package org.lede.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.lede.store.PreparedSet;

/**
 * The near-duplicates' band index, in three tiers as a log-structured store keeps it: an article's band rows go to
 * the small fresh tier ({@code copy_band_fresh}); when that holds {@code freshRows} rows it is merged into the recent
 * tier ({@code copy_band_recent}), and when that holds {@code recentRows} into the settled one ({@code copy_band}).
 *
 * <p>Why: band keys are random, so rows inserted one by one into a single large B-tree each land on a page of their
 * own once the table outgrows the cache, and every such page is read and written again at each commit; storing an
 * article then cost more the larger the store. The fresh tier stays small enough to be cached, and a merge inserts in
 * band order, writing each page of the larger tier once. Each merge is one statement and an emptying, inside the
 * caller's transaction: a crash leaves the tiers as before or after it.
 *
 * <p>A (band, ordinal) pair is in exactly one tier, so a lookup reading all three sees each article once and finds
 * what one table would have: the {@code limit} lowest ordinals of the band. The row counts kept here only decide when
 * to merge; a count left wrong by a rolled-back transaction moves a merge, never changes what a lookup finds.
 *
 * <p>Runs on the writer connection inside the article's ingest transaction; not thread-safe.
 */
final class CopyBands implements AutoCloseable {
  /** The fresh tier's size before it is merged: 2,000 articles' bands, a few hundred pages that stay cached. */
  static final long FRESH_ROWS = 64_000;
  /**
   * The recent tier's size before it is merged into the settled one: 32,000 articles' bands, which with the fresh tier
   * fit the store's page cache, so that looking a band up in both stays cheap.
   */
  static final long RECENT_ROWS = 1_024_000;

  private static final String FRESH = "copy_band_fresh";
  private static final String RECENT = "copy_band_recent";
  private static final String SETTLED = "copy_band";

  private final PreparedSet all = new PreparedSet();
  private final Connection w;
  private final long freshCap;
  private final long recentCap;
  private final PreparedStatement lookup;
  private final PreparedStatement add;
  private final List<PreparedStatement> drops;
  private long fresh;
  private long recent;

  /** Prepares the band statements on {@code w}, merging the fresh tier at {@code freshCap} rows and the recent one at {@code recentCap}. */
  CopyBands(Connection w, int limit, long freshCap, long recentCap) throws SQLException {
    if (freshCap < 1 || recentCap < 1) throw new IllegalArgumentException("tier sizes must be positive");
    this.w = w;
    this.freshCap = freshCap;
    this.recentCap = recentCap;
    // each arm reads its tier's index in ordinal order, so the ordered union is a merge that stops at the limit
    lookup = all.prepare(w, "SELECT s.article_id FROM (SELECT ordinal FROM " + SETTLED + " WHERE band = ?1 "
        + "UNION ALL SELECT ordinal FROM " + RECENT + " WHERE band = ?1 UNION ALL SELECT ordinal FROM " + FRESH
        + " WHERE band = ?1 ORDER BY ordinal LIMIT " + limit + ") b JOIN copy_signature s ON s.ordinal = b.ordinal");
    add = all.prepare(w, "INSERT OR IGNORE INTO " + FRESH + "(band, ordinal) VALUES (?, ?)");
    drops = List.of(drop(FRESH), drop(RECENT), drop(SETTLED));
    recount();
  }

  private PreparedStatement drop(String tier) throws SQLException {
    return all.prepare(w, "DELETE FROM " + tier + " WHERE band = ? AND ordinal = ?");
  }

  /** Counts the two small tiers again (at most their sizes' rows), after a rollback or on open. */
  void recount() throws SQLException {
    fresh = count(FRESH);
    recent = count(RECENT);
  }

  private long count(String tier) throws SQLException {
    try (Statement st = w.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + tier)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Returns the ids of at most {@code limit} articles under {@code band}, those stored first. */
  ResultSet articles(long band) throws SQLException {
    lookup.setLong(1, band);
    return lookup.executeQuery();
  }

  /** Puts article {@code ordinal} under each of {@code bands}, merging tiers that have filled. */
  void add(long[] bands, long ordinal) throws SQLException {
    for (long b : bands) {
      add.setLong(1, b);
      add.setLong(2, ordinal);
      fresh += add.executeUpdate();
    }
    if (fresh < freshCap) return;
    recent += merge(FRESH, RECENT);
    fresh = 0;
    if (recent < recentCap) return;
    merge(RECENT, SETTLED);
    recent = 0;
  }

  /** Takes article {@code ordinal} out from under each of {@code bands}, whichever tier holds it. */
  void remove(long[] bands, long ordinal) throws SQLException {
    for (long b : bands) {
      for (int t = 0; t < drops.size(); t++) {
        PreparedStatement drop = drops.get(t);
        drop.setLong(1, b);
        drop.setLong(2, ordinal);
        int gone = drop.executeUpdate();
        if (t == 0) fresh -= gone;
        else if (t == 1) recent -= gone;
        if (gone > 0) break;
      }
    }
  }

  /** Moves every row of {@code from} into {@code into} in band order and empties {@code from}; returns the rows moved. */
  private long merge(String from, String into) throws SQLException {
    try (Statement st = w.createStatement()) {
      int moved = st.executeUpdate("INSERT OR IGNORE INTO " + into + "(band, ordinal) SELECT band, ordinal FROM " + from
          + " ORDER BY band, ordinal");
      st.executeUpdate("DELETE FROM " + from);
      return moved;
    }
  }

  /** Empties every tier, for a relink from the stored articles. */
  void clear(Statement st) throws SQLException {
    for (String tier : List.of(FRESH, RECENT, SETTLED)) st.execute("DELETE FROM " + tier);
    fresh = 0;
    recent = 0;
  }

  @Override
  public void close() {
    all.close();
  }
}
