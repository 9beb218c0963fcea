package org.lede.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The writer connection's statements, prepared once and reused by every ingest: preparing them again for each
 * input cost more than some of the writes. Used under the writer's monitor, like the connection.
 */
final class WriteStatements implements AutoCloseable {
  final PreparedStatement begin;
  final PreparedStatement commit;
  final PreparedStatement rollback;
  final PreparedStatement savepoint;
  final PreparedStatement release;
  final PreparedStatement rollbackToSavepoint;
  final PreparedStatement documentBySha;
  final PreparedStatement insertDocument;
  final PreparedStatement latestOf;
  final PreparedStatement updateAnnotations;
  final PreparedStatement deleteQuotes;
  final PreparedStatement insertQuote;
  final PreparedStatement insertVersion;
  final PreparedStatement upsertArticle;
  private final PreparedSet all = new PreparedSet();

  WriteStatements(Connection w) throws SQLException {
    try {
      // IMMEDIATE takes the write lock at once, so a busy store makes the ingest wait at its start, not fail midway.
      begin = prepare(w, "BEGIN IMMEDIATE");
      commit = prepare(w, "COMMIT");
      rollback = prepare(w, "ROLLBACK");
      // an input inside a group's transaction (see ArticleStore#beginGroup) is a savepoint of it
      savepoint = prepare(w, "SAVEPOINT input");
      release = prepare(w, "RELEASE input");
      rollbackToSavepoint = prepare(w, "ROLLBACK TO input");
      documentBySha = prepare(w, "SELECT id FROM document WHERE sha256 = ?");
      insertDocument = prepare(w, """
          INSERT INTO document(sha256, input, media_type, declared_charset, fetched_at, modified_at, ingested_at, size,
                               codec, content)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""");
      latestOf = prepare(w, """
          SELECT a.latest_version, a.content_hash, a.first_ingested_at, a.latest_seq, v.annotations
          FROM article a JOIN article_version v ON v.seq = a.latest_seq WHERE a.id = ?""");
      updateAnnotations = prepare(w, "UPDATE article_version SET annotations = ? WHERE seq = ?");
      deleteQuotes = prepare(w, "DELETE FROM quote WHERE article_id = ?");
      insertQuote = prepare(w, """
          INSERT INTO quote(article_id, ordinal, kind, speaker, speaker_kind, anonymous, published_at, json)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
      insertVersion = prepare(w, """
          INSERT INTO article_version(article_id, version, document_id, content_hash, ingested_at, json, annotations, input)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq""");
      upsertArticle = prepare(w, """
          INSERT INTO article(id, latest_version, latest_seq, content_hash, headline, site, published_at, canonical_url,
                              url, input, language, first_ingested_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT(id) DO UPDATE SET
            latest_version = excluded.latest_version, latest_seq = excluded.latest_seq,
            content_hash = excluded.content_hash, headline = excluded.headline, site = excluded.site,
            published_at = excluded.published_at, canonical_url = excluded.canonical_url, url = excluded.url,
            input = excluded.input, language = excluded.language, updated_at = excluded.updated_at""");
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
