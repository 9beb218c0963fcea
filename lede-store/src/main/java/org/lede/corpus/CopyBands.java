package org.lede.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.lede.duplicate.TextSignature;
import org.lede.store.PreparedSet;

/**
 * The near-duplicates' band index, in four tiers as a log-structured store keeps it: an article's band rows go to the
 * small fresh tier ({@code copy_band_fresh}); when that holds {@code freshRows} rows it is merged into the recent tier
 * ({@code copy_band_recent}), when that holds {@code recentRows} into the settling one ({@code copy_band_settling}),
 * and when that holds {@code settlingRows} into the settled one ({@code copy_band}).
 *
 * <p>Why: band keys are random, so rows inserted one by one into a single large B-tree each land on a page of their
 * own once the table outgrows the cache, and every such page is read and written again at each commit; storing an
 * article then cost more the larger the store. The fresh tier stays small enough to be cached, and a merge inserts in
 * band order, writing each page of the larger tier once. A merge rewrites the pages of the tier it goes into, so each
 * tier is a bounded multiple of the one before it: only the settled tier grows with the corpus, and it is merged into
 * an eighth as often as the recent tier fills. Each merge is one statement and an emptying, inside the caller's
 * transaction: a crash leaves the tiers as before or after it.
 *
 * <p>A (band, ordinal) pair is in exactly one tier, so a lookup reading all four sees each article once and finds
 * what one table would have: the {@code limit} lowest ordinals of the band. Most bands of an article are its own,
 * and the two large tiers, whose pages no cache holds once the corpus is large, are read only for a band their
 * {@link BandFilter} may hold; the result is the same. The row counts kept here only decide when to merge; a count
 * left wrong by a rolled-back transaction moves a merge, never changes what a lookup finds.
 *
 * <p>Runs on the writer connection inside the article's ingest transaction; not thread-safe.
 */
final class CopyBands implements AutoCloseable {
  /** The fresh tier's size before it is merged: 2,000 articles' bands, a few hundred pages that stay cached. */
  static final long FRESH_ROWS = 64_000;
  /**
   * The recent tier's size before it is merged into the settling one: 32,000 articles' bands, which with the fresh
   * tier fit the store's page cache, so that looking a band up in both stays cheap.
   */
  static final long RECENT_ROWS = 1_024_000;
  /** The settling tier's size before it is merged into the settled one: 8 recent tiers, 256,000 articles' bands. */
  static final long SETTLING_ROWS = 8 * RECENT_ROWS;

  private static final String FRESH = "copy_band_fresh";
  private static final String RECENT = "copy_band_recent";
  private static final String SETTLING = "copy_band_settling";
  private static final String SETTLED = "copy_band";

  private final PreparedSet all = new PreparedSet();
  private final Connection w;
  private final int limit;
  private final long freshCap;
  private final long recentCap;
  private final long settlingCap;
  private final BandFilter filter;
  private final PreparedStatement near;
  private final PreparedStatement nearAndSettled;
  private final PreparedStatement everywhere;
  private final PreparedStatement add;
  private final PreparedStatement addSigned;
  private final PreparedStatement tiers;
  private final List<PreparedStatement> drops;
  private long fresh;
  private long recent;
  private long settling;
  private boolean settledFiltered;

  /**
   * Prepares the band statements on {@code w}, merging the fresh tier at {@code freshCap} rows, the recent one at
   * {@code recentCap} and the settling one at {@code settlingCap}, with a filter of {@code filterWords} words.
   */
  CopyBands(Connection w, int limit, long freshCap, long recentCap, long settlingCap, int filterWords)
      throws SQLException {
    if (freshCap < 1 || recentCap < 1 || settlingCap < 1) throw new IllegalArgumentException("tier sizes must be positive");
    this.w = w;
    this.limit = limit;
    this.freshCap = freshCap;
    this.recentCap = recentCap;
    this.settlingCap = settlingCap;
    filter = new BandFilter(w, filterWords);
    near = lookup(List.of(RECENT, FRESH));
    nearAndSettled = lookup(List.of(SETTLED, RECENT, FRESH));
    everywhere = lookup(List.of(SETTLED, SETTLING, RECENT, FRESH));
    add = all.prepare(w, "INSERT OR IGNORE INTO " + FRESH + "(band, ordinal) VALUES (?, ?)");
    // a signature's bands in one statement: one call into SQLite instead of one a band
    addSigned = all.prepare(w, "INSERT OR IGNORE INTO " + FRESH + "(band, ordinal) VALUES "
        + String.join(", ", java.util.Collections.nCopies(TextSignature.BANDS, "(?, ?)")));
    tiers = all.prepare(w, "UPDATE copy_band_tiers SET settling_rows = ? WHERE id = 1");
    drops = List.of(drop(FRESH), drop(RECENT), drop(SETTLING), drop(SETTLED));
    recount();
  }

  /** Each arm reads its tier's index in ordinal order, so the ordered union is a merge that stops at the limit. */
  private PreparedStatement lookup(List<String> tiers) throws SQLException {
    StringBuilder union = new StringBuilder();
    for (String tier : tiers) {
      if (!union.isEmpty()) union.append(" UNION ALL ");
      union.append("SELECT ordinal FROM ").append(tier).append(" WHERE band = ?1");
    }
    return all.prepare(w, "SELECT s.article_id FROM (" + union + " ORDER BY ordinal LIMIT " + limit
        + ") b JOIN copy_signature s ON s.ordinal = b.ordinal");
  }

  private PreparedStatement drop(String tier) throws SQLException {
    return all.prepare(w, "DELETE FROM " + tier + " WHERE band = ? AND ordinal = ?");
  }

  /** Counts the two small tiers again (at most their sizes' rows) and reads the large ones' state, after a rollback or on open. */
  void recount() throws SQLException {
    fresh = count(FRESH);
    recent = count(RECENT);
    try (Statement st = w.createStatement();
        ResultSet rs = st.executeQuery("SELECT settling_rows, settled_filtered FROM copy_band_tiers WHERE id = 1")) {
      if (!rs.next()) throw new SQLException("copy_band_tiers has no row: the store's migration 12 did not run");
      settling = rs.getLong(1);
      settledFiltered = rs.getBoolean(2);
    }
  }

  private long count(String tier) throws SQLException {
    try (Statement st = w.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + tier)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Returns the ids of at most {@code limit} articles under {@code band}, those stored first. */
  ResultSet articles(long band) throws SQLException {
    PreparedStatement lookup = filter.mayHold(band) ? everywhere : settledFiltered ? near : nearAndSettled;
    lookup.setLong(1, band);
    return lookup.executeQuery();
  }

  /** Puts article {@code ordinal} under each of {@code bands}, merging tiers that have filled. */
  void add(long[] bands, long ordinal) throws SQLException {
    if (bands.length == TextSignature.BANDS) {
      for (int i = 0; i < bands.length; i++) {
        addSigned.setLong(2 * i + 1, bands[i]);
        addSigned.setLong(2 * i + 2, ordinal);
      }
      fresh += addSigned.executeUpdate();
    } else {
      for (long b : bands) {
        add.setLong(1, b);
        add.setLong(2, ordinal);
        fresh += add.executeUpdate();
      }
    }
    if (fresh < freshCap) return;
    recent += merge(FRESH, RECENT);
    fresh = 0;
    if (recent < recentCap) return;
    settle();
  }

  /** Moves the recent tier into the settling one, its keys into the filter, and the settling tier on when it is full. */
  private void settle() throws SQLException {
    try (Statement st = w.createStatement(); ResultSet rs = st.executeQuery("SELECT band FROM " + RECENT)) {
      while (rs.next()) filter.add(rs.getLong(1));
    }
    filter.save();
    settling += merge(RECENT, SETTLING);
    recent = 0;
    if (settling >= settlingCap) {
      merge(SETTLING, SETTLED);
      settling = 0;
    }
    tiers.setLong(1, settling);
    tiers.executeUpdate();
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
        else if (t == 2) settling -= gone;
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

  /** Empties every tier and the filter, for a relink from the stored articles; the settled tier is filtered from now. */
  void clear(Statement st) throws SQLException {
    for (String tier : List.of(FRESH, RECENT, SETTLING, SETTLED)) st.execute("DELETE FROM " + tier);
    filter.clear(st);
    st.execute("UPDATE copy_band_tiers SET settling_rows = 0, settled_filtered = 1 WHERE id = 1");
    fresh = 0;
    recent = 0;
    settling = 0;
    settledFiltered = true;
  }

  @Override
  public void close() {
    filter.close();
    all.close();
  }
}
