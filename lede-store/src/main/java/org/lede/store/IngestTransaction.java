package org.lede.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.corpus.CorpusWriter;
import org.lede.extract.ArticleIds;
import org.lede.json.ArticleJson;
import org.lede.quote.Quote;
import org.lede.source.Document;

/**
 * Writes one raw input and its articles in a single SQLite transaction: either all of it is stored or none.
 * Inside a group's open transaction the input is a savepoint of it instead, rolled back alone when it fails.
 * Runs on the writer connection's statements, under its monitor.
 */
final class IngestTransaction {
  private final WriteStatements sql;
  private final CorpusWriter corpus;
  private final Instant now;
  private final boolean nested;

  /** @param nested whether a transaction is open already, so that this input is a savepoint of it */
  IngestTransaction(WriteStatements sql, CorpusWriter corpus, Instant now, boolean nested) {
    this.sql = sql;
    this.corpus = corpus;
    this.now = now;
    this.nested = nested;
  }

  StoreWrite run(Document raw, List<Article> articles, List<Annotations> annotations) throws SQLException {
    if (annotations.size() != articles.size()) {
      throw new IllegalArgumentException(articles.size() + " articles but " + annotations.size() + " annotations");
    }
    String sha = ArticleIds.sha256Hex(raw.content());
    (nested ? sql.savepoint : sql.begin).executeUpdate();
    try {
      Long existing = documentId(sha);
      boolean documentNew = existing == null;
      long documentId = documentNew ? insertDocument(raw, sha) : existing;
      List<ArticleOutcome> outcomes = new ArrayList<>(articles.size());
      List<StoredArticle> written = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        Article article = ArticleIdentity.identified(articles.get(i), raw.input(), i);
        outcomes.add(store(article, annotations.get(i), documentId, written));
      }
      // the corpus tables change with the articles, in the same transaction
      for (StoredArticle a : written) corpus.article(a.id(), a.article(), a.annotations());
      (nested ? sql.release : sql.commit).executeUpdate();
      return new StoreWrite(new IngestOutcome(sha, documentNew, outcomes), written);
    } catch (SQLException e) {
      // SQLite may have ended the whole transaction itself (a full disk, an I/O error): in a group its owner rolls
      // all of it back, since the savepoint may be gone
      if (!nested) rollback(e);
      throw e;
    } catch (RuntimeException | Error e) {
      // an Error too (an article too large for the heap, a stack overflow): left open, the half-written input
      // would be committed with the next one
      if (!rollback(e) && nested) throw new SQLException("could not roll back " + raw.input() + " alone", e);
      throw e;
    }
  }

  /** Undoes this input's writes; returns false when that failed (the failure is added to {@code cause}). */
  private boolean rollback(Throwable cause) {
    corpus.rolledBack();
    try {
      sql.insertQuote.clearBatch();
      if (nested) {
        sql.rollbackToSavepoint.executeUpdate();
        sql.release.executeUpdate();
      } else {
        sql.rollback.executeUpdate();
      }
      return true;
    } catch (SQLException e) {
      cause.addSuppressed(e);
      return false;
    }
  }

  private Long documentId(String sha) throws SQLException {
    sql.documentBySha.setString(1, sha);
    try (ResultSet rs = sql.documentBySha.executeQuery()) {
      return rs.next() ? rs.getLong(1) : null;
    }
  }

  private long insertDocument(Document raw, String sha) throws SQLException {
    PreparedStatement ps = sql.insertDocument;
    ps.setString(1, sha);
    ps.setString(2, raw.input());
    ps.setString(3, raw.mediaType().name());
    ps.setString(4, raw.declaredCharset() == null ? null : raw.declaredCharset().name());
    setInstant(ps, 5, raw.fetched());
    setInstant(ps, 6, raw.modified());
    ps.setLong(7, now.toEpochMilli());
    ps.setInt(8, raw.content().length);
    ps.setString(9, RawCodec.CURRENT.id);
    ps.setBytes(10, RawCodec.CURRENT.compress(raw.content()));
    return returnedKey(ps);
  }

  private ArticleOutcome store(Article article, Annotations found, long documentId, List<StoredArticle> written)
      throws SQLException {
    VersionJson stored = VersionJson.of(article);
    String annotationsJson = ArticleJson.annotationsJson(found);
    int latest = 0;
    long latestSeq = 0;
    String latestHash = null;
    String latestAnnotations = null;
    long firstIngested = now.toEpochMilli();
    sql.latestOf.setString(1, article.id());
    try (ResultSet rs = sql.latestOf.executeQuery()) {
      if (rs.next()) {
        latest = rs.getInt(1);
        latestHash = rs.getString(2);
        firstIngested = rs.getLong(3);
        latestSeq = rs.getLong(4);
        latestAnnotations = rs.getString(5);
      }
    }
    if (stored.hash().equals(latestHash)) {
      // The text is the same; what was found in it may not be (a newer Lede reprocessing it). Annotations are
      // derived, not content: they are refreshed in place rather than making a new version.
      if (found != Annotations.NONE && !annotationsJson.equals(latestAnnotations)) {
        sql.updateAnnotations.setString(1, annotationsJson);
        sql.updateAnnotations.setLong(2, latestSeq);
        sql.updateAnnotations.executeUpdate();
        replaceQuotes(article, found, latest > 0);
        written.add(new StoredArticle(article, latest, latestSeq, now, Instant.ofEpochMilli(firstIngested), found));
      }
      return new ArticleOutcome(article.id(), ArticleOutcome.Change.UNCHANGED, latest);
    }
    int version = latest + 1;
    long seq = insertVersion(article, version, documentId, stored, annotationsJson);
    upsertArticle(article, version, seq, stored.hash(), firstIngested);
    replaceQuotes(article, found, latest > 0);
    written.add(new StoredArticle(article, version, seq, now, Instant.ofEpochMilli(firstIngested), found));
    return new ArticleOutcome(article.id(), latest == 0 ? ArticleOutcome.Change.NEW : ArticleOutcome.Change.UPDATED, version);
  }

  /** The quote table holds the latest version's quotes, one row each; a new article has none to delete. */
  private void replaceQuotes(Article article, Annotations found, boolean mayHaveQuotes) throws SQLException {
    if (mayHaveQuotes) {
      sql.deleteQuotes.setString(1, article.id());
      sql.deleteQuotes.executeUpdate();
    }
    if (found.quotes().isEmpty()) return;
    PreparedStatement ps = sql.insertQuote;
    try {
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

  private long insertVersion(Article article, int version, long documentId, VersionJson stored, String annotationsJson)
      throws SQLException {
    PreparedStatement ps = sql.insertVersion;
    ps.setString(1, article.id());
    ps.setInt(2, version);
    ps.setLong(3, documentId);
    ps.setString(4, stored.hash());
    ps.setLong(5, now.toEpochMilli());
    ps.setString(6, stored.json());
    ps.setString(7, annotationsJson);
    ps.setString(8, article.input());
    return returnedKey(ps);
  }

  private void upsertArticle(Article a, int version, long seq, String hash, long firstIngested) throws SQLException {
    PreparedStatement ps = sql.upsertArticle;
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

  /** Runs an {@code INSERT ... RETURNING} and returns the new row's key. */
  private static long returnedKey(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) throw new SQLException("the insert returned no key");
      return rs.getLong(1);
    }
  }

  private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    if (value == null) ps.setNull(index, Types.INTEGER);
    else ps.setLong(index, value.toEpochMilli());
  }
}
