package org.lede.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.entity.CorpusLinker;
import org.lede.entity.Entity;
import org.lede.quote.Quote;
import org.lede.quote.QuoteFingerprint;
import org.lede.quote.QuoteSpeakers;
import org.lede.story.StoryClusterer;

/**
 * Keeps the corpus tables in step with the articles: each stored article's entities are linked
 * ({@link CorpusLinker}) and each of its quotes joins the corpus quote it repeats, or starts one. Runs on the writer
 * connection inside the article's ingest transaction, so an article and its corpus rows commit together.
 *
 * <p>Used under the writer's monitor; not thread-safe.
 */
public final class CorpusWriter implements AutoCloseable {
  private static final String[] TABLES = {"entity", "entity_key", "mention", "corpus_quote", "corpus_quote_key",
      "quote_carrier", "entity_day"};

  private final Connection writer;
  private final Statements sql;
  private final SqliteLinkState state;
  private final CopyWriter copies;
  private final SqliteStoryState stories;
  private final StoryClusterer clusterer;
  private final CorpusCounters counters;

  private CorpusWriter(Connection writer, Statements sql, SqliteLinkState state, CopyWriter copies,
      SqliteStoryState stories, CorpusCounters counters) {
    this.writer = writer;
    this.sql = sql;
    this.state = state;
    this.copies = copies;
    this.stories = stories;
    this.clusterer = new StoryClusterer(StoryClusterer.Rules.standard(), stories);
    this.counters = counters;
  }

  /** Prepares the corpus writes on the store's writer connection. */
  public static CorpusWriter open(Connection writer) throws SQLException {
    Statements sql = new Statements(writer);
    CorpusWriter w = new CorpusWriter(writer, sql, new SqliteLinkState(sql, 0), new CopyWriter(writer),
        new SqliteStoryState(writer), new CorpusCounters(writer));
    w.restartCounters();
    return w;
  }

  /**
   * Forgets what the last, rolled-back transaction did to this writer's state (its running numbers, the rows it
   * read), so the next article is numbered and linked as if that transaction had never run.
   *
   * @throws org.lede.store.StoreException when the store cannot be read
   */
  public void rolledBack() {
    state.forget();
    try {
      restartCounters();
    } catch (SQLException e) {
      throw new org.lede.store.StoreException("cannot reread the corpus counters: " + e.getMessage(), e);
    }
  }

  private void restartCounters() throws SQLException {
    state.restart(counters.read(CorpusCounters.LINK_SEQ, () -> SqliteLinkState.lastSeq(writer)));
    copies.restart(counters.read(CorpusCounters.COPY_ORDINAL, () -> CopyWriter.lastOrdinal(writer)));
    stories.restart(counters.read(CorpusCounters.STORY_ID, () -> SqliteStoryState.lastId(writer)));
  }

  /**
   * Puts the latest version of article {@code id} into the corpus, in place of what an earlier version put there:
   * its entities, its quotes, which earlier article's text it copies ({@link CopyWriter}) and which story it is in
   * ({@link StoryClusterer}).
   *
   * @throws org.lede.store.StoreException when a table cannot be read or written; the caller rolls back
   */
  public void article(String id, Article article, Annotations found) {
    boolean done = false;
    try {
      removeCarriers(id);
      CorpusLinker.standard().unlink(id, state);
      List<Entity> entities = found.entities();
      String[] speakers = QuoteSpeakers.locals(found.quotes(), entities);
      Instant published = published(article);
      Map<String, String> links = CorpusLinker.standard().link(
          new CorpusLinker.ArticleEntities(id, published, entities, QuoteSpeakers.quotesBy(speakers)), state);
      state.flush();
      for (int i = 0; i < speakers.length; i++) {
        String local = speakers[i];
        carry(id, i, found.quotes().get(i), local, local == null ? null : links.get(local), article.site(), published);
      }
      String copyOf = copies.article(id, article);
      // a new version keeps the story its first joined; `lede relink` clusters every article again
      if (stories.storyOf(id) == null) {
        clusterer.add(new StoryClusterer.Item(id, article.site(), article.headline(),
            article.paragraphs().isEmpty() ? null : article.paragraphs().getFirst(), published, copyOf,
            new java.util.HashSet<>(links.values())));
      }
      state.flush();
      counters.save(state.seq(), copies.ordinal(), stories.lastId());
      done = true;
    } catch (SQLException e) {
      throw new org.lede.store.StoreException("cannot link " + id + " into the corpus: " + e.getMessage(), e);
    } finally {
      if (!done) state.forget(); // the caller rolls back what this article wrote
    }
  }

  /** Empties every corpus table, for a relink from the stored articles. */
  public void clear() throws SQLException {
    state.forget();
    try (Statement st = writer.createStatement()) {
      for (String t : TABLES) st.execute("DELETE FROM " + t);
      st.execute("INSERT INTO corpus_quote_text(corpus_quote_text) VALUES ('delete-all')");
      copies.clear(st);
      stories.clear(st);
      state.restart(0);
      counters.save(0, 0, 0);
    }
  }

  private static Instant published(Article a) {
    var when = a.published() != null ? a.published() : a.updated();
    return when == null ? null : when.instant();
  }

  private void carry(String articleId, int ordinal, Quote q, String speakerLocal, String speakerId, String site,
      Instant published) throws SQLException {
    List<String> words = QuoteFingerprint.words(q.text() == null ? "" : q.text());
    if (words.isEmpty()) return;
    String speakerName = q.speaker() == null || q.speaker().anonymous() ? null : q.speaker().name();
    long[] keys = QuoteFingerprint.keys(words);
    Long found = match(keys, words, speakerId, speakerName);
    if (found == null) {
      PreparedStatement ps = sql.insertQuote;
      ps.setString(1, speakerId);
      ps.setString(2, speakerName);
      ps.setString(3, q.kind().name());
      ps.setString(4, q.text());
      ps.setString(5, String.join(" ", words));
      ps.setString(6, articleId);
      ps.setInt(7, ordinal);
      SqliteLinkState.setInstant(ps, 8, published);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        found = rs.getLong(1);
      }
      for (long k : keys) {
        sql.insertQuoteKey.setLong(1, k);
        sql.insertQuoteKey.setLong(2, found);
        sql.insertQuoteKey.executeUpdate();
      }
      sql.insertQuoteText.setLong(1, found);
      sql.insertQuoteText.setString(2, q.text());
      sql.insertQuoteText.executeUpdate();
    }
    PreparedStatement c = sql.insertCarrier;
    c.setString(1, articleId);
    c.setInt(2, ordinal);
    c.setLong(3, found);
    c.setString(4, speakerLocal);
    c.setString(5, site);
    SqliteLinkState.setInstant(c, 6, published);
    c.setLong(7, state.nextSeq());
    c.executeUpdate();
    recount(found);
  }

  /** The corpus quote these words repeat, said by the same speaker, or null. */
  private Long match(long[] keys, List<String> words, String speakerId, String speakerName) throws SQLException {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < keys.length; i++) json.append(i == 0 ? "" : ",").append(keys[i]);
    sql.quoteCandidates.setString(1, json.append(']').toString());
    try (ResultSet rs = sql.quoteCandidates.executeQuery()) {
      while (rs.next()) {
        if (!sameSpeaker(speakerId, speakerName, rs.getString(2), rs.getString(3))) continue;
        if (QuoteFingerprint.same(words, List.of(rs.getString(4).split(" ")))) return rs.getLong(1);
      }
    }
    return null;
  }

  /** Linked speakers are the same entity; unlinked ones the same name, or both unnamed. */
  private static boolean sameSpeaker(String id, String name, String otherId, String otherName) {
    if (id != null || otherId != null) return Objects.equals(id, otherId);
    return name == null ? otherName == null
        : otherName != null && name.toLowerCase(Locale.ROOT).equals(otherName.toLowerCase(Locale.ROOT));
  }

  private void removeCarriers(String articleId) throws SQLException {
    Set<Long> quotes = new LinkedHashSet<>();
    sql.carriersOfArticle.setString(1, articleId);
    try (ResultSet rs = sql.carriersOfArticle.executeQuery()) {
      while (rs.next()) quotes.add(rs.getLong(1));
    }
    if (quotes.isEmpty()) return;
    sql.removeCarriers.setString(1, articleId);
    sql.removeCarriers.executeUpdate();
    for (long q : quotes) recount(q);
  }

  /** Sets a corpus quote's first carrier and counts from its carriers, or deletes it when none is left. */
  private void recount(long quoteId) throws SQLException {
    sql.countCarriers.setLong(1, quoteId);
    int carriers;
    int outlets;
    try (ResultSet rs = sql.countCarriers.executeQuery()) {
      rs.next();
      carriers = rs.getInt(1);
      outlets = rs.getInt(2);
    }
    if (carriers == 0) {
      deleteQuote(quoteId);
      return;
    }
    sql.firstCarrier.setLong(1, quoteId);
    try (ResultSet rs = sql.firstCarrier.executeQuery()) {
      rs.next();
      PreparedStatement u = sql.updateQuote;
      u.setString(1, rs.getString(1));
      u.setInt(2, rs.getInt(2));
      long published = rs.getLong(3);
      if (rs.wasNull()) u.setNull(3, java.sql.Types.INTEGER);
      else u.setLong(3, published);
      u.setInt(4, carriers);
      u.setInt(5, outlets);
      u.setLong(6, quoteId);
      u.executeUpdate();
    }
  }

  private void deleteQuote(long quoteId) throws SQLException {
    String text = null;
    sql.quoteText.setLong(1, quoteId);
    try (ResultSet rs = sql.quoteText.executeQuery()) {
      if (rs.next()) text = rs.getString(1);
    }
    if (text != null) {
      sql.deleteQuoteText.setLong(1, quoteId);
      sql.deleteQuoteText.setString(2, text);
      sql.deleteQuoteText.executeUpdate();
    }
    sql.deleteQuoteKeys.setLong(1, quoteId);
    sql.deleteQuoteKeys.executeUpdate();
    sql.deleteQuote.setLong(1, quoteId);
    sql.deleteQuote.executeUpdate();
  }

  @Override
  public void close() {
    copies.close();
    stories.close();
    counters.close();
    sql.close();
  }
}
