package org.lede.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lede.json.ArticleJson;
import org.lede.store.PreparedSet;
import org.lede.story.StoryState;

/**
 * {@link StoryState} in the store's tables (migrations 6 and 8), on the writer connection inside the ingest
 * transaction. A story keeps its {@link #CENTROID_TERMS} heaviest terms. Not thread-safe.
 */
final class SqliteStoryState implements StoryState, AutoCloseable {
  static final int CENTROID_TERMS = 300;
  static final int CACHED = 4096;
  private static final TypeReference<Map<String, Double>> CENTROID = new TypeReference<>() {};
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Double>>> MEMBERS = new TypeReference<>() {};

  private final PreparedSet all = new PreparedSet();
  private final PreparedStatement countTerm;
  private final PreparedStatement recent;
  private final PreparedStatement story;
  private final PreparedStatement storySize;
  /**
   * Stories read lately, their centroids parsed: a candidate is compared with its cached copy when the table still
   * gives it the same size (a rolled-back join leaves the table smaller, and the story is read again).
   */
  private final Map<Long, Story> cache = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Story> eldest) {
      return size() > CACHED;
    }
  };
  private final PreparedStatement storyOf;
  private final PreparedStatement insertStory;
  private final PreparedStatement updateStory;
  private final PreparedStatement hasSite;
  private final PreparedStatement addArticle;
  private final PreparedStatement posting;
  private final PreparedStatement resolve;
  private final PreparedStatement moveArticles;
  private final PreparedStatement redirect;
  private final PreparedStatement followRedirects;
  private final PreparedStatement firstAt;
  private final PreparedStatement deleteStory;
  private final PreparedStatement mergedStory;
  private long nextId;

  SqliteStoryState(Connection w) throws SQLException {
    countTerm = prepare(w, "INSERT INTO story_term(term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1 "
        + "RETURNING df");
    recent = prepare(w, "SELECT COALESCE(r.survivor, p.story_id) FROM story_posting p "
        + "LEFT JOIN story_redirect r ON r.id = p.story_id WHERE p.term = ? AND p.last_at >= ? "
        + "ORDER BY p.last_at DESC LIMIT ?");
    story = prepare(w, "SELECT id, centroid, norm_squared, entities, last_at, size, title, title_score, members "
        + "FROM story WHERE id = ?");
    storySize = prepare(w, "SELECT size FROM story WHERE id = ?");
    storyOf = prepare(w, "SELECT story_id FROM story_article WHERE article_id = ?");
    insertStory = prepare(w, "INSERT INTO story(id, title, title_score, first_at, last_at, size, outlets, norm_squared, "
        + "centroid, entities, members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    updateStory = prepare(w, "UPDATE story SET title = ?, title_score = ?, first_at = COALESCE(MIN(first_at, ?), first_at, ?), "
        + "last_at = ?, size = ?, outlets = outlets + ?, norm_squared = ?, centroid = ?, entities = ?, members = ? "
        + "WHERE id = ?");
    hasSite = prepare(w, "SELECT 1 FROM story_article WHERE story_id = ? AND site = ? LIMIT 1");
    addArticle = prepare(w, "INSERT OR REPLACE INTO story_article(article_id, story_id, site, published_at) VALUES (?, ?, ?, ?)");
    posting = prepare(w, "INSERT INTO story_posting(term, story_id, last_at) VALUES (?, ?, ?) "
        + "ON CONFLICT(term, story_id) DO UPDATE SET last_at = MAX(last_at, excluded.last_at)");
    resolve = prepare(w, "SELECT survivor FROM story_redirect WHERE id = ?");
    moveArticles = prepare(w, "UPDATE story_article SET story_id = ? WHERE story_id = ?");
    redirect = prepare(w, "INSERT OR REPLACE INTO story_redirect(id, survivor, merged_by) VALUES (?, ?, ?)");
    followRedirects = prepare(w, "UPDATE story_redirect SET survivor = ? WHERE survivor = ?");
    firstAt = prepare(w, "SELECT first_at FROM story WHERE id = ?");
    deleteStory = prepare(w, "DELETE FROM story WHERE id = ?");
    mergedStory = prepare(w, "UPDATE story SET title = ?, title_score = ?, first_at = ?, last_at = ?, size = ?, "
        + "outlets = (SELECT COUNT(DISTINCT site) FROM story_article WHERE story_id = ?), norm_squared = ?, "
        + "centroid = ?, entities = ?, members = ? WHERE id = ?");
    nextId = lastId(w) + 1;
  }

  /** Returns the highest story id the tables hold, merged ones too, so that a redirect never points at a reused id. */
  static long lastId(Connection w) throws SQLException {
    try (Statement st = w.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT MAX(COALESCE((SELECT MAX(id) FROM story), 0), COALESCE((SELECT MAX(id) FROM story_redirect), 0))")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Returns the last story id handed out. */
  long lastId() {
    return nextId - 1;
  }

  /** Continues numbering after {@code last} and forgets the stories read: after a rollback, or on open. */
  void restart(long last) {
    nextId = last + 1;
    cache.clear();
  }

  private PreparedStatement prepare(Connection w, String sql) throws SQLException {
    return all.prepare(w, sql);
  }

  @Override
  public Frequencies count(Collection<String> terms) {
    try {
      Map<String, Integer> out = new HashMap<>();
      long documents = bump("");
      for (String t : terms) out.put(t, (int) bump(t));
      return new Frequencies(documents, out);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private long bump(String term) throws SQLException {
    countTerm.setString(1, term);
    try (ResultSet rs = countTerm.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public List<Long> recent(String term, Instant since, int limit) {
    try {
      recent.setString(1, term);
      recent.setLong(2, since == null ? Long.MIN_VALUE : since.toEpochMilli());
      recent.setInt(3, limit);
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = recent.executeQuery()) {
        while (rs.next()) out.add(rs.getLong(1));
      }
      return out;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public Story story(long id) {
    try {
      Story cached = cache.get(id);
      if (cached != null) {
        storySize.setLong(1, id);
        try (ResultSet rs = storySize.executeQuery()) {
          if (rs.next() && rs.getInt(1) == cached.size()) return cached;
        }
        cache.remove(id);
      }
      story.setLong(1, id);
      try (ResultSet rs = story.executeQuery()) {
        if (!rs.next()) return null;
        long last = rs.getLong(5);
        Instant lastAt = rs.wasNull() ? null : Instant.ofEpochMilli(last);
        Story s = new Story(rs.getLong(1), ArticleJson.mapper().readValue(rs.getString(2), CENTROID), rs.getDouble(3),
            Set.copyOf(ArticleJson.mapper().readValue(rs.getString(4), NAMES)), lastAt, rs.getInt(6), rs.getString(7),
            rs.getDouble(8), ArticleJson.mapper().readValue(rs.getString(9), MEMBERS));
        cache.put(id, s);
        return s;
      }
    } catch (SQLException e) {
      throw failed(e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("story " + id + " holds unreadable JSON", e);
    }
  }

  @Override
  public Long storyOf(String articleId) {
    try {
      storyOf.setString(1, articleId);
      try (ResultSet rs = storyOf.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public long newStory() {
    return nextId++;
  }

  @Override
  public void save(Story s, String articleId, String site, Instant time, Collection<String> terms) {
    try {
      boolean newOutlet = site != null && !hasSite(s.id(), site);
      String centroid = ArticleJson.mapper().writeValueAsString(heaviest(s.centroid()));
      String entities = ArticleJson.mapper().writeValueAsString(List.copyOf(new java.util.TreeSet<>(s.entities())));
      String members = ArticleJson.mapper().writeValueAsString(s.members());
      Long at = time == null ? null : time.toEpochMilli();
      if (s.size() == 1) {
        insertStory.setLong(1, s.id());
        insertStory.setString(2, s.title());
        insertStory.setDouble(3, s.titleScore());
        setLong(insertStory, 4, at);
        setLong(insertStory, 5, s.last() == null ? null : s.last().toEpochMilli());
        insertStory.setInt(6, 1);
        insertStory.setInt(7, newOutlet ? 1 : 0);
        insertStory.setDouble(8, s.normSquared());
        insertStory.setString(9, centroid);
        insertStory.setString(10, entities);
        insertStory.setString(11, members);
        insertStory.executeUpdate();
      } else {
        updateStory.setString(1, s.title());
        updateStory.setDouble(2, s.titleScore());
        setLong(updateStory, 3, at);
        setLong(updateStory, 4, at);
        setLong(updateStory, 5, s.last() == null ? null : s.last().toEpochMilli());
        updateStory.setInt(6, s.size());
        updateStory.setInt(7, newOutlet ? 1 : 0);
        updateStory.setDouble(8, s.normSquared());
        updateStory.setString(9, centroid);
        updateStory.setString(10, entities);
        updateStory.setString(11, members);
        updateStory.setLong(12, s.id());
        updateStory.executeUpdate();
      }
      cache.put(s.id(), new Story(s.id(), heaviest(s.centroid()), s.normSquared(), s.entities(), s.last(), s.size(),
          s.title(), s.titleScore(), s.members()));
      addArticle.setString(1, articleId);
      addArticle.setLong(2, s.id());
      addArticle.setString(3, site);
      setLong(addArticle, 4, at);
      addArticle.executeUpdate();
      long last = s.last() == null ? 0 : s.last().toEpochMilli();
      for (String t : terms) {
        posting.setString(1, t);
        posting.setLong(2, s.id());
        posting.setLong(3, last);
        posting.executeUpdate();
      }
    } catch (SQLException e) {
      throw failed(e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a story could not be written as JSON", e);
    }
  }

  @Override
  public long resolve(long id) {
    try {
      resolve.setLong(1, id);
      try (ResultSet rs = resolve.executeQuery()) {
        return rs.next() ? rs.getLong(1) : id;
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * Moves the absorbed story's articles (through the index on their story) and its redirects to the survivor, then
   * deletes it. Its term postings stay: {@link #recent} reads them through the redirect.
   */
  @Override
  public void merge(Story s, long absorbed, String articleId) {
    try {
      Long first = firstAt(s.id());
      Long theirs = firstAt(absorbed);
      Long earliest = first == null ? theirs : theirs == null ? first : Math.min(first, theirs);
      moveArticles.setLong(1, s.id());
      moveArticles.setLong(2, absorbed);
      moveArticles.executeUpdate();
      followRedirects.setLong(1, s.id());
      followRedirects.setLong(2, absorbed);
      followRedirects.executeUpdate();
      redirect.setLong(1, absorbed);
      redirect.setLong(2, s.id());
      redirect.setString(3, articleId);
      redirect.executeUpdate();
      deleteStory.setLong(1, absorbed);
      deleteStory.executeUpdate();
      cache.remove(absorbed);
      mergedStory.setString(1, s.title());
      mergedStory.setDouble(2, s.titleScore());
      setLong(mergedStory, 3, earliest);
      setLong(mergedStory, 4, s.last() == null ? null : s.last().toEpochMilli());
      mergedStory.setInt(5, s.size());
      mergedStory.setLong(6, s.id());
      mergedStory.setDouble(7, s.normSquared());
      mergedStory.setString(8, ArticleJson.mapper().writeValueAsString(heaviest(s.centroid())));
      mergedStory.setString(9, ArticleJson.mapper().writeValueAsString(List.copyOf(new java.util.TreeSet<>(s.entities()))));
      mergedStory.setString(10, ArticleJson.mapper().writeValueAsString(s.members()));
      mergedStory.setLong(11, s.id());
      mergedStory.executeUpdate();
      cache.put(s.id(), new Story(s.id(), heaviest(s.centroid()), s.normSquared(), s.entities(), s.last(), s.size(),
          s.title(), s.titleScore(), s.members()));
    } catch (SQLException e) {
      throw failed(e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a merged story could not be written as JSON", e);
    }
  }

  private Long firstAt(long storyId) throws SQLException {
    firstAt.setLong(1, storyId);
    try (ResultSet rs = firstAt.executeQuery()) {
      if (!rs.next()) return null;
      long v = rs.getLong(1);
      return rs.wasNull() ? null : v;
    }
  }

  private boolean hasSite(long storyId, String site) throws SQLException {
    hasSite.setLong(1, storyId);
    hasSite.setString(2, site);
    try (ResultSet rs = hasSite.executeQuery()) {
      return rs.next();
    }
  }

  private static Map<String, Double> heaviest(Map<String, Double> centroid) {
    if (centroid.size() <= CENTROID_TERMS) return centroid;
    Map<String, Double> out = new LinkedHashMap<>();
    centroid.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(CENTROID_TERMS)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) ps.setNull(i, java.sql.Types.INTEGER);
    else ps.setLong(i, v);
  }

  private static org.lede.store.StoreException failed(SQLException e) {
    return new org.lede.store.StoreException("cannot update the stories: " + e.getMessage(), e);
  }

  /** Empties the story tables, for a relink. */
  void clear(Statement st) throws SQLException {
    for (String t : List.of("story", "story_article", "story_term", "story_posting", "story_redirect")) {
      st.execute("DELETE FROM " + t);
    }
    nextId = 1;
    cache.clear();
  }

  @Override
  public void close() {
    all.close();
  }
}
