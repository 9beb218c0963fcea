package org.lede.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.lede.store.PreparedSet;

/** The corpus layer's writes, prepared once on the writer connection. Used under the writer's monitor. */
final class Statements implements AutoCloseable {
  private static final String MEMBER = "SELECT article_id, local_id, entity_id, name, type, reason, mentions, quotes, "
      + "published_at, evidence FROM mention ";
  private final PreparedSet all = new PreparedSet();
  final PreparedStatement lookup;
  final PreparedStatement lookupTop;
  final PreparedStatement addKey;
  final PreparedStatement profile;
  final PreparedStatement saveEntity;
  final PreparedStatement idTaken;
  final PreparedStatement addMember;
  final PreparedStatement memberEntity;
  final PreparedStatement moveMember;
  final PreparedStatement addDay;
  final PreparedStatement mergeDays;
  final PreparedStatement dropDays;
  final PreparedStatement moveSpeaker;
  final PreparedStatement membersOfArticle;
  final PreparedStatement removeMember;
  final PreparedStatement membersFor;
  final PreparedStatement mergeMembers;
  final PreparedStatement mergeSpeakers;
  final PreparedStatement mergeRedirects;
  final PreparedStatement dropUnresolvedKeys;
  final PreparedStatement mergeKeys;
  final PreparedStatement dropKeys;
  final PreparedStatement retire;
  final PreparedStatement carriersOfArticle;
  final PreparedStatement removeCarriers;
  final PreparedStatement quoteCandidates;
  final PreparedStatement insertQuote;
  final PreparedStatement insertQuoteKey;
  final PreparedStatement insertQuoteText;
  final PreparedStatement insertCarrier;
  final PreparedStatement firstCarrier;
  final PreparedStatement countCarriers;
  final PreparedStatement updateQuote;
  final PreparedStatement quoteText;
  final PreparedStatement deleteQuote;
  final PreparedStatement deleteQuoteKeys;
  final PreparedStatement deleteQuoteText;

  /**
   * A key's most mentioned entities, by rank first (migration 13): only the ranks that reach the limit are read, not
   * every bearer of the key, and the order is the same as by mentions alone.
   */
  static final String LOOKUP_TOP = "SELECT k.entity_id FROM entity_key k INDEXED BY entity_key_by_rank "
      + "JOIN entity e ON e.id = k.entity_id "
      + "WHERE k.key = ? AND e.merged_into IS NULL ORDER BY k.rank DESC, e.mentions DESC, k.seq LIMIT ?";
  /** The rank of the entity whose id is bound: its mentions rounded down to a power of two (migration 13). */
  private static final String RANK =
      "COALESCE((SELECT CAST(log2(MAX(mentions, 1)) AS INTEGER) FROM entity WHERE id = ?), 0)";

  Statements(Connection w) throws SQLException {
    try {
      lookup = prepare(w, "SELECT k.entity_id FROM entity_key k JOIN entity e ON e.id = k.entity_id "
          + "WHERE k.key = ? AND e.merged_into IS NULL ORDER BY k.seq");
      lookupTop = prepare(w, LOOKUP_TOP);
      addKey = prepare(w, "INSERT OR IGNORE INTO entity_key(key, entity_id, seq, rank) VALUES (?, ?, ?, " + RANK + ")");
      profile = prepare(w, "SELECT profile FROM entity WHERE id = ? AND merged_into IS NULL");
      saveEntity = prepare(w, """
          INSERT INTO entity(id, type, name, mentions, articles, quotes, first_seen, last_seen, profile)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT(id) DO UPDATE SET name = excluded.name, mentions = excluded.mentions,
            articles = excluded.articles, quotes = excluded.quotes, first_seen = excluded.first_seen,
            last_seen = excluded.last_seen, profile = excluded.profile""");
      idTaken = prepare(w, "SELECT 1 FROM entity WHERE id = ?");
      addMember = prepare(w, """
          INSERT OR REPLACE INTO mention(article_id, local_id, entity_id, seq, name, type, reason, mentions, quotes,
                                         published_at, evidence)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
      memberEntity = prepare(w, "SELECT entity_id FROM mention WHERE article_id = ? AND local_id = ?");
      addDay = prepare(w, """
          INSERT INTO entity_day(entity_id, day, mentions, articles) VALUES (?, ?, ?, ?)
          ON CONFLICT(entity_id, day) DO UPDATE SET mentions = mentions + excluded.mentions,
            articles = articles + excluded.articles""");
      mergeDays = prepare(w, """
          INSERT INTO entity_day(entity_id, day, mentions, articles)
          SELECT ?, day, mentions, articles FROM entity_day WHERE entity_id = ?
          ON CONFLICT(entity_id, day) DO UPDATE SET mentions = mentions + excluded.mentions,
            articles = articles + excluded.articles""");
      dropDays = prepare(w, "DELETE FROM entity_day WHERE entity_id = ?");
      moveMember = prepare(w, "UPDATE mention SET entity_id = ?, reason = ? WHERE article_id = ? AND local_id = ?");
      moveSpeaker = prepare(w, "UPDATE corpus_quote SET speaker_id = ? WHERE speaker_id = ? AND id IN "
          + "(SELECT quote_id FROM quote_carrier WHERE article_id = ? AND speaker_local = ?)");
      membersOfArticle = prepare(w, MEMBER + "WHERE article_id = ? ORDER BY seq");
      removeMember = prepare(w, "DELETE FROM mention WHERE article_id = ? AND local_id = ?");
      membersFor = prepare(w, MEMBER + "WHERE entity_id = ? AND reason = ? ORDER BY seq DESC LIMIT ?");
      mergeMembers = prepare(w, "UPDATE mention SET entity_id = ? WHERE entity_id = ?");
      mergeSpeakers = prepare(w, "UPDATE corpus_quote SET speaker_id = ? WHERE speaker_id = ?");
      mergeRedirects = prepare(w, "UPDATE entity SET merged_into = ? WHERE merged_into = ?");
      dropUnresolvedKeys = prepare(w, "DELETE FROM entity_key WHERE entity_id = ? AND key LIKE 'Q|%'");
      mergeKeys = prepare(w, "INSERT OR IGNORE INTO entity_key(key, entity_id, seq, rank) SELECT key, ?1, seq, "
          + RANK.replace("?", "?1") + " FROM entity_key WHERE entity_id = ?2");
      dropKeys = prepare(w, "DELETE FROM entity_key WHERE entity_id = ?");
      retire = prepare(w, "UPDATE entity SET merged_into = ?, mentions = 0, articles = 0, quotes = 0 WHERE id = ?");
      carriersOfArticle = prepare(w, "SELECT DISTINCT quote_id FROM quote_carrier WHERE article_id = ?");
      removeCarriers = prepare(w, "DELETE FROM quote_carrier WHERE article_id = ?");
      quoteCandidates = prepare(w, "SELECT q.id, q.speaker_id, q.speaker_name, q.words FROM corpus_quote q WHERE q.id IN "
          + "(SELECT quote_id FROM corpus_quote_key WHERE key IN (SELECT value FROM json_each(?)) LIMIT 64) ORDER BY q.id");
      insertQuote = prepare(w, """
          INSERT INTO corpus_quote(speaker_id, speaker_name, kind, text, words, first_article, first_ordinal,
                                   first_published, carriers, outlets)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1) RETURNING id""");
      insertQuoteKey = prepare(w, "INSERT OR IGNORE INTO corpus_quote_key(key, quote_id) VALUES (?, ?)");
      insertQuoteText = prepare(w, "INSERT INTO corpus_quote_text(rowid, text) VALUES (?, ?)");
      insertCarrier = prepare(w, """
          INSERT OR REPLACE INTO quote_carrier(article_id, ordinal, quote_id, speaker_local, site, published_at, seq)
          VALUES (?, ?, ?, ?, ?, ?, ?)""");
      firstCarrier = prepare(w, "SELECT article_id, ordinal, published_at FROM quote_carrier WHERE quote_id = ? "
          + "ORDER BY published_at IS NULL, published_at, seq LIMIT 1");
      countCarriers = prepare(w, "SELECT COUNT(*), COUNT(DISTINCT COALESCE(site, article_id)) FROM quote_carrier "
          + "WHERE quote_id = ?");
      updateQuote = prepare(w, "UPDATE corpus_quote SET first_article = ?, first_ordinal = ?, first_published = ?, "
          + "carriers = ?, outlets = ? WHERE id = ?");
      quoteText = prepare(w, "SELECT text FROM corpus_quote WHERE id = ?");
      deleteQuote = prepare(w, "DELETE FROM corpus_quote WHERE id = ?");
      deleteQuoteKeys = prepare(w, "DELETE FROM corpus_quote_key WHERE quote_id = ?");
      deleteQuoteText = prepare(w, "INSERT INTO corpus_quote_text(corpus_quote_text, rowid, text) VALUES ('delete', ?, ?)");
    } catch (SQLException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private PreparedStatement prepare(Connection w, String sql) throws SQLException {
    return all.prepare(w, sql);
  }

  @Override
  public void close() {
    all.close();
  }
}
