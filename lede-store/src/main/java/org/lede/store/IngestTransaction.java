package org.lede.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.quote.Quote;
import org.lede.extract.ArticleIds;
import org.lede.json.ArticleJson;
import org.lede.source.Document;

/**
 * Writes one raw input and its articles in a single SQLite transaction: either all of it is stored or none.
 * Runs on the writer connection, under its monitor.
 */
final class IngestTransaction {
  private final Connection conn;
  private final Instant now;

  IngestTransaction(Connection conn, Instant now) {
    this.conn = conn;
    this.now = now;
  }

  StoreWrite run(Document raw, List<Article> articles, List<Annotations> annotations) throws SQLException {
    if (annotations.size() != articles.size()) {
      throw new IllegalArgumentException(articles.size() + " articles but " + annotations.size() + " annotations");
    }
    String sha = ArticleIds.sha256Hex(raw.content());
    conn.setAutoCommit(false);
    try {
      Long existing = documentId(sha);
      boolean documentNew = existing == null;
      long documentId = documentNew ? insertDocument(raw, sha) : existing;
      List<ArticleOutcome> outcomes = new ArrayList<>(articles.size());
      List<StoredArticle> written = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        Article article = ContentHash.identified(articles.get(i), raw.input(), i);
        outcomes.add(store(article, annotations.get(i), documentId, written));
      }
      conn.commit();
      return new StoreWrite(new IngestOutcome(sha, documentNew, outcomes), written);
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  private Long documentId(String sha) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM document WHERE sha256 = ?")) {
      ps.setString(1, sha);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private long insertDocument(Document raw, String sha) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("""
        INSERT INTO document(sha256, input, media_type, declared_charset, fetched_at, modified_at, ingested_at, size, content)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, sha);
      ps.setString(2, raw.input());
      ps.setString(3, raw.mediaType().name());
      ps.setString(4, raw.declaredCharset() == null ? null : raw.declaredCharset().name());
      setInstant(ps, 5, raw.fetched());
      setInstant(ps, 6, raw.modified());
      ps.setLong(7, now.toEpochMilli());
      ps.setInt(8, raw.content().length);
      ps.setBytes(9, Deflate.compress(raw.content()));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private ArticleOutcome store(Article article, Annotations found, long documentId, List<StoredArticle> written)
      throws SQLException {
    String hash = ContentHash.of(article);
    String annotationsJson = ArticleJson.annotationsJson(found);
    int latest = 0;
    long latestSeq = 0;
    String latestHash = null;
    String latestAnnotations = null;
    long firstIngested = now.toEpochMilli();
    try (PreparedStatement ps = conn.prepareStatement("""
        SELECT a.latest_version, a.content_hash, a.first_ingested_at, a.latest_seq, v.annotations
        FROM article a JOIN article_version v ON v.seq = a.latest_seq WHERE a.id = ?""")) {
      ps.setString(1, article.id());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          latest = rs.getInt(1);
          latestHash = rs.getString(2);
          firstIngested = rs.getLong(3);
          latestSeq = rs.getLong(4);
          latestAnnotations = rs.getString(5);
        }
      }
    }
    if (hash.equals(latestHash)) {
      // The text is the same; what was found in it may not be (a newer Lede reprocessing it). Annotations are
      // derived, not content: they are refreshed in place rather than making a new version.
      if (found != Annotations.NONE && !annotationsJson.equals(latestAnnotations)) {
        updateAnnotations(latestSeq, annotationsJson);
        replaceQuotes(article, found);
        written.add(new StoredArticle(article, latest, latestSeq, now, Instant.ofEpochMilli(firstIngested), found));
      }
      return new ArticleOutcome(article.id(), ArticleOutcome.Change.UNCHANGED, latest);
    }
    int version = latest + 1;
    long seq = insertVersion(article, version, documentId, hash, annotationsJson);
    upsertArticle(article, version, seq, hash, firstIngested);
    replaceQuotes(article, found);
    written.add(new StoredArticle(article, version, seq, now, Instant.ofEpochMilli(firstIngested), found));
    return new ArticleOutcome(article.id(), latest == 0 ? ArticleOutcome.Change.NEW : ArticleOutcome.Change.UPDATED, version);
  }

  private void updateAnnotations(long seq, String annotationsJson) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("UPDATE article_version SET annotations = ? WHERE seq = ?")) {
      ps.setString(1, annotationsJson);
      ps.setLong(2, seq);
      ps.executeUpdate();
    }
  }

  /** The quote table holds the latest version's quotes, one row each. */
  private void replaceQuotes(Article article, Annotations found) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("DELETE FROM quote WHERE article_id = ?")) {
      ps.setString(1, article.id());
      ps.executeUpdate();
    }
    if (found.quotes().isEmpty()) return;
    try (PreparedStatement ps = conn.prepareStatement("""
        INSERT INTO quote(article_id, ordinal, kind, speaker, speaker_kind, anonymous, published_at, json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
      int ordinal = 0;
      for (Quote q : found.quotes()) {
        ps.setString(1, article.id());
        ps.setInt(2, ordinal++);
        ps.setString(3, q.kind().name());
        ps.setString(4, q.speaker() == null ? null : q.speaker().name());
        ps.setString(5, q.speaker() == null ? null : q.speaker().kind().name());
        ps.setInt(6, q.speaker() != null && q.speaker().anonymous() ? 1 : 0);
        setInstant(ps, 7, article.published() == null ? null : article.published().instant());
        ps.setString(8, ArticleJson.mapper().writeValueAsString(q));
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a quote could not be written as JSON", e);
    }
  }

  private long insertVersion(Article article, int version, long documentId, String hash, String annotationsJson)
      throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("""
        INSERT INTO article_version(article_id, version, document_id, content_hash, ingested_at, json, annotations)
        VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, article.id());
      ps.setInt(2, version);
      ps.setLong(3, documentId);
      ps.setString(4, hash);
      ps.setLong(5, now.toEpochMilli());
      ps.setString(6, ArticleJson.toLine(article));
      ps.setString(7, annotationsJson);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void upsertArticle(Article a, int version, long seq, String hash, long firstIngested) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("""
        INSERT INTO article(id, latest_version, latest_seq, content_hash, headline, site, published_at, canonical_url,
                            url, input, language, first_ingested_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET
          latest_version = excluded.latest_version, latest_seq = excluded.latest_seq,
          content_hash = excluded.content_hash, headline = excluded.headline, site = excluded.site,
          published_at = excluded.published_at, canonical_url = excluded.canonical_url, url = excluded.url,
          input = excluded.input, language = excluded.language, updated_at = excluded.updated_at""")) {
      ps.setString(1, a.id());
      ps.setInt(2, version);
      ps.setLong(3, seq);
      ps.setString(4, hash);
      ps.setString(5, a.headline());
      ps.setString(6, a.site());
      setInstant(ps, 7, a.published() == null ? null : a.published().instant());
      ps.setString(8, a.canonicalUrl());
      ps.setString(9, a.url());
      ps.setString(10, a.input());
      ps.setString(11, a.language());
      ps.setLong(12, firstIngested);
      ps.setLong(13, now.toEpochMilli());
      ps.executeUpdate();
    }
  }

  private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    if (value == null) ps.setNull(index, Types.INTEGER);
    else ps.setLong(index, value.toEpochMilli());
  }
}
