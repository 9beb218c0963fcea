package org.lede.postgres;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the counts an entity page charts ({@code entity_day}, {@code entity_quote_kind}, migration 7) in step with the
 * rows a corpus part puts, inside the part's transaction, as the SQLite store keeps its counters at ingest: before
 * the part's rows replace what is there, the counts of the rows they touch are taken off (every mention row of the
 * part's articles; the part's corpus quotes); after, the counts of those rows as they now are are added, and a count
 * that reached zero is dropped. The work follows the part's rows, never an entity's: the most mentioned person costs
 * a part no more than anyone else.
 *
 * <p>An article's mentions of an entity on a day count once among its articles: every mention row of each article
 * in the part is taken off and added back, so an article split over two parts is still counted once.
 */
final class CorpusCounts {
  private static final String DAY_CHANGE = "entity_day_change";
  private static final String KIND_CHANGE = "entity_quote_kind_change";

  /** The part's articles: every mention row of theirs is counted again. */
  private static final String PART_ARTICLES = "SELECT DISTINCT l->>'article_id' FROM corpus_staging";
  /** The part's corpus quotes. */
  private static final String PART_QUOTES = "SELECT (l->>'id')::bigint FROM corpus_staging"
      + " WHERE jsonb_typeof(l->'id') = 'number'";

  private CorpusCounts() {}

  /** Creates the session's tables of count changes (emptied at each commit). */
  static void prepare(Statement st) throws SQLException {
    st.execute("CREATE TEMP TABLE IF NOT EXISTS " + DAY_CHANGE
        + " (entity_id text NOT NULL, day bigint NOT NULL, mentions bigint NOT NULL, articles bigint NOT NULL) ON COMMIT DELETE ROWS");
    st.execute("CREATE TEMP TABLE IF NOT EXISTS " + KIND_CHANGE
        + " (entity_id text NOT NULL, kind text NOT NULL, quotes bigint NOT NULL) ON COMMIT DELETE ROWS");
  }

  /** Takes off the counts of the rows the staged part of {@code table} is about to replace. */
  static void before(Statement st, CorpusTable table) throws SQLException {
    change(st, table, "-");
  }

  /** Adds the counts of the rows the staged part of {@code table} put, and applies the changes. */
  static void after(Statement st, CorpusTable table) throws SQLException {
    change(st, table, "");
    switch (table.name()) {
      case "mention" -> {
        st.executeUpdate("""
            INSERT INTO entity_day AS d (entity_id, day, mentions, articles)
            SELECT entity_id, day, sum(mentions)::int, sum(articles)::int FROM %s GROUP BY entity_id, day
            ON CONFLICT (entity_id, day) DO UPDATE SET mentions = d.mentions + EXCLUDED.mentions,
              articles = d.articles + EXCLUDED.articles""".formatted(DAY_CHANGE));
        st.executeUpdate("""
            DELETE FROM entity_day d USING (SELECT DISTINCT entity_id, day FROM %s) c
            WHERE d.entity_id = c.entity_id AND d.day = c.day AND d.articles <= 0""".formatted(DAY_CHANGE));
      }
      case "corpus_quote" -> {
        st.executeUpdate("""
            INSERT INTO entity_quote_kind AS k (entity_id, kind, quotes)
            SELECT entity_id, kind, sum(quotes)::int FROM %s GROUP BY entity_id, kind
            ON CONFLICT (entity_id, kind) DO UPDATE SET quotes = k.quotes + EXCLUDED.quotes""".formatted(KIND_CHANGE));
        st.executeUpdate("""
            DELETE FROM entity_quote_kind k USING (SELECT DISTINCT entity_id, kind FROM %s) c
            WHERE k.entity_id = c.entity_id AND k.kind = c.kind AND k.quotes <= 0""".formatted(KIND_CHANGE));
      }
      default -> {
        // no count follows this table
      }
    }
  }

  /** Records the counts of the part's rows as they are now, negated when {@code sign} is "-". */
  private static void change(Statement st, CorpusTable table, String sign) throws SQLException {
    switch (table.name()) {
      case "mention" -> st.executeUpdate("""
          INSERT INTO %s (entity_id, day, mentions, articles)
          SELECT entity_id, floor(published_at / 86400000.0)::bigint, %ssum(mentions), %scount(DISTINCT article_id)
          FROM mention WHERE published_at IS NOT NULL AND article_id IN (%s)
          GROUP BY entity_id, floor(published_at / 86400000.0)::bigint""".formatted(DAY_CHANGE, sign, sign, PART_ARTICLES));
      case "corpus_quote" -> st.executeUpdate("""
          INSERT INTO %s (entity_id, kind, quotes)
          SELECT speaker_id, kind, %scount(*) FROM corpus_quote WHERE speaker_id IS NOT NULL AND id IN (%s)
          GROUP BY speaker_id, kind""".formatted(KIND_CHANGE, sign, PART_QUOTES));
      default -> {
        // no count follows this table
      }
    }
  }
}
