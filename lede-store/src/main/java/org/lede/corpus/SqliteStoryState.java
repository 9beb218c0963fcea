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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lede.json.ArticleJson;
import org.lede.store.PreparedSet;
import org.lede.story.StoryClusterer;
import org.lede.story.StoryState;
import org.lede.story.TermVector;

/**
 * {@link StoryState} in the store's tables (migrations 6, 8 and 9), on the writer connection inside the ingest
 * transaction. Terms have ids ({@code story_word}); a story keeps its {@link #CENTROID_TERMS} heaviest terms as a
 * {@link TermVector} BLOB and its latest members as rows of {@code story_member}, so a join writes the one new member
 * and reading a story parses no text. Not thread-safe.
 */
final class SqliteStoryState implements StoryState, AutoCloseable {
  static final int CENTROID_TERMS = 300;
  /**
   * How many stories a term's posting list keeps, its most recently joined. Clustering asks for a term's
   * {@link StoryClusterer.Rules#perTerm} latest stories joined since a time, and those are always among its latest
   * {@code perTerm} overall, so a longer list would never be read again: cut so, the term index grows with the
   * vocabulary and not with the corpus, and a term's rows (side by side under the primary key) are few to read.
   */
  static final int PER_TERM = StoryClusterer.Rules.standard().perTerm() * 2;
  /** A term's list is cut back to {@link #PER_TERM} each time this many more articles have the term. */
  static final int PRUNE_EVERY = 32;
  /** How many stories are kept read: more than a busy three days' window of open stories. */
  static final int CACHED = 16_384;
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  private final int ring = StoryClusterer.Rules.standard().members();
  private final PreparedSet all = new PreparedSet();
  private final PreparedStatement countTerms;
  private final PreparedStatement termId;
  /** The candidate query by how many terms it asks about. */
  private final Map<Integer, PreparedStatement> recent = new HashMap<>();
  private final Connection writer;
  private final PreparedStatement story;
  private final PreparedStatement membersOf;
  private final PreparedStatement dataVersion;
  /**
   * Stories read lately, as clustering compares with them. A rollback forgets them ({@link #restart}); another
   * connection's commit too ({@link #count} watches the store's data version).
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
  private final PreparedStatement addMember;
  private final PreparedStatement putMember;
  private final PreparedStatement dropMembers;
  private final PreparedStatement hasSite;
  private final PreparedStatement addArticle;
  private final PreparedStatement posting;
  private final PreparedStatement prune;
  private final PreparedStatement resolve;
  private final PreparedStatement moveArticles;
  private final PreparedStatement redirect;
  private final PreparedStatement followRedirects;
  private final PreparedStatement firstAt;
  private final PreparedStatement deleteStory;
  private final PreparedStatement mergedStory;
  private final PreparedStatement compacted;
  private long nextId;
  private long seenVersion = -1;

  SqliteStoryState(Connection w) throws SQLException {
    writer = w;
    // one statement for all of an article's terms (a JSON array of them): statements, not rows, are what cost here
    countTerms = prepare(w, "INSERT INTO story_word(term, df) SELECT value, 1 FROM json_each(?) WHERE true "
        + "ON CONFLICT(term) DO UPDATE SET df = df + 1 RETURNING term, id, df");
    termId = prepare(w, "SELECT id FROM story_word WHERE term = ?");
    story = prepare(w, "SELECT id, vector, norm_squared, entities, last_at, size, title, title_score, member_next, "
        + "centroid, members FROM story WHERE id = ?");
    membersOf = prepare(w, "SELECT slot, vector FROM story_member WHERE story_id = ?");
    dataVersion = prepare(w, "PRAGMA data_version");
    storyOf = prepare(w, "SELECT story_id FROM story_article WHERE article_id = ?");
    insertStory = prepare(w, "INSERT INTO story(id, title, title_score, first_at, last_at, size, outlets, norm_squared, "
        + "centroid, entities, members, vector, member_next) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, '[]', ?, ?)");
    updateStory = prepare(w, "UPDATE story SET title = ?, title_score = ?, first_at = COALESCE(MIN(first_at, ?), first_at, ?), "
        + "last_at = ?, size = ?, outlets = outlets + ?, norm_squared = ?, vector = ?, entities = ?, "
        + "member_next = (member_next + ?) % " + ring + " WHERE id = ?");
    addMember = prepare(w, "INSERT OR REPLACE INTO story_member(story_id, slot, vector) "
        + "SELECT id, member_next, ? FROM story WHERE id = ?");
    putMember = prepare(w, "INSERT OR REPLACE INTO story_member(story_id, slot, vector) VALUES (?, ?, ?)");
    dropMembers = prepare(w, "DELETE FROM story_member WHERE story_id = ?");
    hasSite = prepare(w, "SELECT 1 FROM story_article WHERE story_id = ? AND site = ? LIMIT 1");
    addArticle = prepare(w, "INSERT OR REPLACE INTO story_article(article_id, story_id, site, published_at) VALUES (?, ?, ?, ?)");
    posting = prepare(w, "INSERT INTO story_word_posting(word_id, story_id, last_at) SELECT value, ?, ? FROM json_each(?) "
        + "WHERE true ON CONFLICT(word_id, story_id) DO UPDATE SET last_at = MAX(last_at, excluded.last_at)");
    prune = prepare(w, "DELETE FROM story_word_posting WHERE word_id = ?1 AND story_id IN (SELECT story_id "
        + "FROM story_word_posting WHERE word_id = ?1 ORDER BY last_at DESC, story_id LIMIT -1 OFFSET " + PER_TERM + ")");
    resolve = prepare(w, "SELECT survivor FROM story_redirect WHERE id = ?");
    moveArticles = prepare(w, "UPDATE story_article SET story_id = ? WHERE story_id = ?");
    redirect = prepare(w, "INSERT OR REPLACE INTO story_redirect(id, survivor, merged_by) VALUES (?, ?, ?)");
    followRedirects = prepare(w, "UPDATE story_redirect SET survivor = ? WHERE survivor = ?");
    firstAt = prepare(w, "SELECT first_at FROM story WHERE id = ?");
    deleteStory = prepare(w, "DELETE FROM story WHERE id = ?");
    mergedStory = prepare(w, "UPDATE story SET title = ?, title_score = ?, first_at = ?, last_at = ?, size = ?, "
        + "outlets = (SELECT COUNT(DISTINCT site) FROM story_article WHERE story_id = ?), norm_squared = ?, "
        + "vector = ?, entities = ?, member_next = ?, centroid = '{}', members = '[]' WHERE id = ?");
    compacted = prepare(w, "UPDATE story SET vector = ?, member_next = ?, centroid = '{}', members = '[]' WHERE id = ?");
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
  public Frequencies count(List<String> terms) {
    try {
      forgetOthersWrites();
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < terms.size(); i++) at.put(terms.get(i), i);
      int[] ids = new int[terms.size()];
      long[] df = new long[terms.size()];
      long documents = 0;
      List<String> all = new ArrayList<>(terms.size() + 1);
      all.add(""); // the row counting articles
      all.addAll(terms);
      countTerms.setString(1, ArticleJson.mapper().writeValueAsString(all));
      try (ResultSet rs = countTerms.executeQuery()) {
        while (rs.next()) {
          String term = rs.getString(1);
          if (term.isEmpty()) {
            documents = rs.getLong(3);
            continue;
          }
          Integer i = at.get(term);
          if (i == null) continue;
          ids[i] = rs.getInt(2);
          df[i] = rs.getLong(3);
        }
      }
      for (int i = 0; i < ids.length; i++) if (df[i] % PRUNE_EVERY == 0) prune(ids[i]);
      return new Frequencies(documents, ids, df);
    } catch (SQLException e) {
      throw failed(e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an article's story terms could not be written as JSON", e);
    }
  }

  /** Cuts term {@code id}'s posting list to its {@link #PER_TERM} latest stories. */
  private void prune(int id) throws SQLException {
    prune.setInt(1, id);
    prune.executeUpdate();
  }

  /** Forgets the stories read when another connection has committed since: they may have changed under us. */
  private void forgetOthersWrites() throws SQLException {
    try (ResultSet rs = dataVersion.executeQuery()) {
      long version = rs.next() ? rs.getLong(1) : 0;
      if (version != seenVersion) cache.clear();
      seenVersion = version;
    }
  }

  @Override
  public List<Long> recent(int[] terms, Instant since, int limit) {
    if (terms.length == 0) return List.of();
    try {
      PreparedStatement ps = recent.get(terms.length);
      if (ps == null) {
        ps = prepare(writer, recentSql(terms.length));
        recent.put(terms.length, ps);
      }
      for (int i = 0; i < terms.length; i++) ps.setInt(i + 1, terms[i]);
      ps.setLong(terms.length + 1, since == null ? Long.MIN_VALUE : since.toEpochMilli());
      ps.setInt(terms.length + 2, limit);
      List<long[]> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) rows.add(new long[] {rs.getLong(1), rows.size(), rs.getLong(2)});
      }
      // term by term as asked, each newest first as its subquery gave them
      rows.sort(java.util.Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]));
      List<Long> out = new ArrayList<>(rows.size());
      for (long[] r : rows) out.add(r[2]);
      return out;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * One query for {@code n} terms' latest stories, each row tagged with its term's place: per term, its few dozen
   * postings (side by side under the primary key) are read and the latest kept.
   */
  private static String recentSql(int n) {
    StringBuilder sql = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      if (i > 1) sql.append(" UNION ALL ");
      sql.append("SELECT * FROM (SELECT ").append(i).append(", COALESCE(r.survivor, p.story_id) FROM story_word_posting p ")
          .append("LEFT JOIN story_redirect r ON r.id = p.story_id WHERE p.word_id = ?").append(i)
          .append(" AND p.last_at >= ?").append(n + 1).append(" ORDER BY p.last_at DESC, p.story_id LIMIT ?").append(n + 2)
          .append(')');
    }
    return sql.toString();
  }

  @Override
  public Story story(long id) {
    Story cached = cache.get(id);
    if (cached != null) return cached;
    try {
      story.setLong(1, id);
      Story s;
      boolean legacy;
      try (ResultSet rs = story.executeQuery()) {
        if (!rs.next()) return null;
        long last = rs.getLong(5);
        Instant lastAt = rs.wasNull() ? null : Instant.ofEpochMilli(last);
        Set<String> entities = Set.copyOf(ArticleJson.mapper().readValue(rs.getString(4), NAMES));
        byte[] vector = rs.getBytes(2);
        legacy = vector == null;
        if (legacy) {
          LegacyStoryJson.Vectors json = LegacyStoryJson.read(rs.getString(10), rs.getString(11), this::termId);
          s = new Story(id, json.centroid(), rs.getDouble(3), entities, lastAt, rs.getInt(6), rs.getString(7),
              rs.getDouble(8), json.members());
        } else {
          s = new Story(id, TermVector.of(vector), rs.getDouble(3), entities, lastAt, rs.getInt(6), rs.getString(7),
              rs.getDouble(8), members(id, rs.getInt(9)));
        }
      }
      if (legacy) s = compact(s);
      cache.put(id, s);
      return s;
    } catch (SQLException e) {
      throw failed(e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("story " + id + " holds unreadable JSON", e);
    }
  }

  /** The story's members, newest first: the slots before {@code next}, going round. */
  private List<TermVector> members(long storyId, int next) throws SQLException {
    TermVector[] bySlot = new TermVector[ring];
    membersOf.setLong(1, storyId);
    try (ResultSet rs = membersOf.executeQuery()) {
      while (rs.next()) {
        int slot = rs.getInt(1);
        if (slot >= 0 && slot < ring) bySlot[slot] = TermVector.of(rs.getBytes(2));
      }
    }
    List<TermVector> out = new ArrayList<>();
    for (int i = 1; i <= ring; i++) {
      TermVector m = bySlot[Math.floorMod(next - i, ring)];
      if (m != null) out.add(m);
    }
    return out;
  }

  /** Writes a story read from migration 8's JSON in the compact form, once; returns it as read back from now on. */
  private Story compact(Story s) throws SQLException {
    int next = writeMembers(s.id(), s.members());
    TermVector centroid = s.centroid().heaviest(CENTROID_TERMS).stored();
    compacted.setBytes(1, centroid.bytes());
    compacted.setInt(2, next);
    compacted.setLong(3, s.id());
    compacted.executeUpdate();
    return new Story(s.id(), centroid, s.normSquared(), s.entities(), s.last(), s.size(), s.title(), s.titleScore(),
        stored(s.members()));
  }

  /**
   * The members as the store gives them back (at most the ring's, float weights): what is kept read must be what a
   * later run would read, or a resumed run would drift from one that never stopped.
   */
  private List<TermVector> stored(List<TermVector> members) {
    List<TermVector> out = new ArrayList<>(Math.min(members.size(), ring));
    for (int i = 0; i < members.size() && i < ring; i++) out.add(members.get(i).stored());
    return out;
  }

  /** Replaces the story's members with {@code members} (newest first); returns its member_next. */
  private int writeMembers(long storyId, List<TermVector> members) throws SQLException {
    dropMembers.setLong(1, storyId);
    dropMembers.executeUpdate();
    int k = Math.min(members.size(), ring);
    for (int i = 0; i < k; i++) {
      putMember.setLong(1, storyId);
      putMember.setInt(2, k - 1 - i);
      putMember.setBytes(3, members.get(i).bytes());
      putMember.executeUpdate();
    }
    return k % ring;
  }

  /** Returns the id of {@code term}, or -1 when it was never counted. */
  private int termId(String term) {
    try {
      termId.setString(1, term);
      try (ResultSet rs = termId.executeQuery()) {
        return rs.next() ? rs.getInt(1) : -1;
      }
    } catch (SQLException e) {
      throw failed(e);
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
  public void save(Story s, String articleId, String site, Instant time, TermVector vector) {
    try {
      boolean newOutlet = site != null && !hasSite(s.id(), site);
      TermVector centroid = s.centroid().heaviest(CENTROID_TERMS).stored();
      String entities = names(s.entities());
      boolean newMember = !s.members().isEmpty() && !vector.isEmpty();
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
        insertStory.setString(9, entities);
        insertStory.setBytes(10, centroid.bytes());
        insertStory.setInt(11, newMember ? 1 : 0);
        insertStory.executeUpdate();
        if (newMember) {
          putMember.setLong(1, s.id());
          putMember.setInt(2, 0);
          putMember.setBytes(3, vector.bytes());
          putMember.executeUpdate();
        }
      } else {
        if (newMember) {
          addMember.setBytes(1, vector.bytes());
          addMember.setLong(2, s.id());
          addMember.executeUpdate();
        }
        updateStory.setString(1, s.title());
        updateStory.setDouble(2, s.titleScore());
        setLong(updateStory, 3, at);
        setLong(updateStory, 4, at);
        setLong(updateStory, 5, s.last() == null ? null : s.last().toEpochMilli());
        updateStory.setInt(6, s.size());
        updateStory.setInt(7, newOutlet ? 1 : 0);
        updateStory.setDouble(8, s.normSquared());
        updateStory.setBytes(9, centroid.bytes());
        updateStory.setString(10, entities);
        updateStory.setInt(11, newMember ? 1 : 0);
        updateStory.setLong(12, s.id());
        updateStory.executeUpdate();
      }
      cache.put(s.id(), new Story(s.id(), centroid, s.normSquared(), s.entities(), s.last(), s.size(), s.title(),
          s.titleScore(), stored(s.members())));
      addArticle.setString(1, articleId);
      addArticle.setLong(2, s.id());
      addArticle.setString(3, site);
      setLong(addArticle, 4, at);
      addArticle.executeUpdate();
      long last = s.last() == null ? 0 : s.last().toEpochMilli();
      if (!vector.isEmpty()) {
        StringBuilder ids = new StringBuilder("[");
        for (int i = 0; i < vector.size(); i++) ids.append(i == 0 ? "" : ",").append(vector.term(i));
        posting.setLong(1, s.id());
        posting.setLong(2, last);
        posting.setString(3, ids.append(']').toString());
        posting.executeUpdate();
      }
    } catch (SQLException e) {
      throw failed(e);
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
      dropMembers.setLong(1, absorbed);
      dropMembers.executeUpdate();
      cache.remove(absorbed);
      TermVector centroid = s.centroid().heaviest(CENTROID_TERMS).stored();
      mergedStory.setString(1, s.title());
      mergedStory.setDouble(2, s.titleScore());
      setLong(mergedStory, 3, earliest);
      setLong(mergedStory, 4, s.last() == null ? null : s.last().toEpochMilli());
      mergedStory.setInt(5, s.size());
      mergedStory.setLong(6, s.id());
      mergedStory.setDouble(7, s.normSquared());
      mergedStory.setBytes(8, centroid.bytes());
      mergedStory.setString(9, names(s.entities()));
      mergedStory.setInt(10, writeMembers(s.id(), s.members()));
      mergedStory.setLong(11, s.id());
      mergedStory.executeUpdate();
      cache.put(s.id(), new Story(s.id(), centroid, s.normSquared(), s.entities(), s.last(), s.size(), s.title(),
          s.titleScore(), stored(s.members())));
    } catch (SQLException e) {
      throw failed(e);
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

  private static String names(Set<String> entities) {
    try {
      return ArticleJson.mapper().writeValueAsString(List.copyOf(new TreeSet<>(entities)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a story's entities could not be written as JSON", e);
    }
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
    for (String t : List.of("story", "story_article", "story_word", "story_word_posting", "story_redirect",
        "story_member")) {
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
