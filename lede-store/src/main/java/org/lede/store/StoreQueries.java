package org.lede.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lede.json.ArticleJson;
import org.lede.source.MediaType;

/** The store's reads, each a query on a connection the caller lends; rows become values here. */
final class StoreQueries {
  private static final String ARTICLE_COLUMNS =
      "v.json, v.version, v.seq, v.ingested_at, a.first_ingested_at, v.annotations, v.input FROM article a JOIN article_version v ";

  private StoreQueries() {}

  private static org.lede.annotate.Annotations annotations(String json) {
    return json == null ? org.lede.annotate.Annotations.NONE : ArticleJson.annotationsFrom(json);
  }

  static List<StoredQuote> quotesBySpeaker(Connection c, String speaker, int limit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("""
        SELECT q.article_id, a.headline, q.published_at, q.json FROM quote q JOIN article a ON a.id = q.article_id
        WHERE q.speaker LIKE ? ESCAPE '\\'
        ORDER BY q.published_at IS NULL, q.published_at DESC, q.article_id, q.ordinal LIMIT ?""")) {
      ps.setString(1, "%" + speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      ps.setInt(2, limit);
      List<StoredQuote> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long published = rs.getLong(3);
          Instant at = rs.wasNull() ? null : Instant.ofEpochMilli(published);
          out.add(new StoredQuote(rs.getString(1), rs.getString(2), at,
              ArticleJson.mapper().readValue(rs.getString(4), org.lede.quote.Quote.class)));
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new SQLException("a stored quote is not valid JSON", e);
      }
      return out;
    }
  }

  /** A page of {@link #quotesBySpeaker}'s order, by key (undated last, newest first, article, position). */
  static QuotePage quotes(Connection c, String speaker, QuotePage.Key after, int limit) throws SQLException {
    QuotePage.Key from = after == null ? QuotePage.Key.FIRST : after;
    try (PreparedStatement ps = c.prepareStatement("""
        SELECT q.article_id, a.headline, q.published_at, q.json, q.ordinal FROM quote q JOIN article a ON a.id = q.article_id
        WHERE q.speaker LIKE ? ESCAPE '\\'
          AND (q.published_at IS NULL, -COALESCE(q.published_at, 0), q.article_id, q.ordinal) > (?, ?, ?, ?)
        ORDER BY q.published_at IS NULL, -COALESCE(q.published_at, 0), q.article_id, q.ordinal LIMIT ?""")) {
      ps.setString(1, "%" + speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      ps.setInt(2, from.undated());
      ps.setLong(3, from.negatedPublished());
      ps.setString(4, from.articleId());
      ps.setInt(5, from.ordinal());
      ps.setInt(6, limit + 1);
      List<StoredQuote> out = new ArrayList<>();
      QuotePage.Key last = null;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (out.size() == limit) return new QuotePage(out, last.toString());
          long published = rs.getLong(3);
          Instant at = rs.wasNull() ? null : Instant.ofEpochMilli(published);
          out.add(new StoredQuote(rs.getString(1), rs.getString(2), at,
              ArticleJson.mapper().readValue(rs.getString(4), org.lede.quote.Quote.class)));
          last = new QuotePage.Key(at == null ? 1 : 0, at == null ? 0 : -published, rs.getString(1), rs.getInt(5));
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new SQLException("a stored quote is not valid JSON", e);
      }
      return new QuotePage(out, null);
    }
  }

  static Optional<StoredArticle> latest(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + "ON v.seq = a.latest_seq WHERE a.id = ?")) {
      ps.setString(1, id);
      return first(ps);
    }
  }

  static Optional<StoredArticle> version(Connection c, String id, int version) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + ARTICLE_COLUMNS + "ON v.article_id = a.id WHERE a.id = ? AND v.version = ?")) {
      ps.setString(1, id);
      ps.setInt(2, version);
      return first(ps);
    }
  }

  static List<StoredArticle> latestAfter(Connection c, long afterSeq, int limit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + ARTICLE_COLUMNS + "ON v.seq = a.latest_seq WHERE a.latest_seq > ? ORDER BY a.latest_seq LIMIT ?")) {
      ps.setLong(1, afterSeq);
      ps.setInt(2, limit);
      List<StoredArticle> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(article(rs));
      }
      return out;
    }
  }

  static List<Version> versions(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("""
        SELECT v.version, v.seq, v.ingested_at, v.content_hash, json_extract(v.json, '$.headline'), d.sha256
        FROM article_version v LEFT JOIN document d ON d.id = v.document_id
        WHERE v.article_id = ? ORDER BY v.version""")) {
      ps.setString(1, id);
      List<Version> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Version(rs.getInt(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4),
              rs.getString(5), rs.getString(6)));
        }
      }
      return out;
    }
  }

  private static final String DOCUMENT = "SELECT id, sha256, input, media_type, declared_charset, fetched_at, "
      + "modified_at, ingested_at, size, content, codec FROM document ";

  static List<StoredDocument> documentsAfter(Connection c, long afterId, int limit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(DOCUMENT + "WHERE id > ? ORDER BY id LIMIT ?")) {
      ps.setLong(1, afterId);
      ps.setInt(2, limit);
      return documents(ps);
    }
  }

  static Optional<StoredDocument> documentBySha256(Connection c, String sha256) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(DOCUMENT + "WHERE sha256 = ?")) {
      ps.setString(1, sha256);
      List<StoredDocument> found = documents(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }
  }

  private static List<StoredDocument> documents(PreparedStatement ps) throws SQLException {
    List<StoredDocument> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new StoredDocument(rs.getLong(1), rs.getString(2), rs.getString(3), MediaType.valueOf(rs.getString(4)),
            rs.getString(5), instant(rs, 6), instant(rs, 7), Instant.ofEpochMilli(rs.getLong(8)),
            RawCodec.of(rs.getString(11)).decompress(rs.getBytes(10), rs.getInt(9))));
      }
    }
    return out;
  }

  static boolean hasDocument(Connection c, String sha256) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM document WHERE sha256 = ?")) {
      ps.setString(1, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static StoreStats stats(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("""
        SELECT (SELECT COUNT(*) FROM document), (SELECT COUNT(*) FROM article),
               (SELECT COUNT(*) FROM article_version), (SELECT COALESCE(MAX(seq), 0) FROM article_version)""");
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new StoreStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
    }
  }

  static long maxSeq(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM article_version");
         ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  static Optional<String> meta(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM store_meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static void putMetaIfAbsent(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO store_meta(key, value) VALUES (?, ?)")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }

  static void putMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO store_meta(key, value) VALUES (?, ?)")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }

  static boolean hasArticles(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article LIMIT 1"); ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  private static Optional<StoredArticle> first(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(article(rs)) : Optional.empty();
    }
  }

  private static StoredArticle article(ResultSet rs) throws SQLException {
    return new StoredArticle(VersionJson.read(rs.getString(1), rs.getString(7)), rs.getInt(2), rs.getLong(3),
        Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)), annotations(rs.getString(6)));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }
}
