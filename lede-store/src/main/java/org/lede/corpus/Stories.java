package org.lede.corpus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the stories found at ingest: the biggest in a time range, one story, its articles, an article's story, the
 * story a merged one became. Each answer is a query through an index, bounded by its limit. Thread-safe: each call borrows a reader.
 */
public final class Stories {
  private static final String STORY = "SELECT id, title, first_at, last_at, size, outlets FROM story ";
  private static final int SURVIVOR_BATCH = 500;
  /** Ids per IN list: well under SQLite's limit on bound parameters. */
  private static final int BATCH = 500;
  private final Reads reads;

  public Stories(Reads reads) {
    this.reads = reads;
  }

  /**
   * One story.
   *
   * @param title   its most central headline
   * @param first   its earliest article's time, or null
   * @param last    its latest article's time, or null
   * @param size    how many articles it has
   * @param outlets how many different sites ran it
   */
  public record Story(long id, String title, Instant first, Instant last, int size, int outlets) {}

  /** One article of a story. */
  public record Member(String articleId, String site, String headline, Instant published) {}

  /**
   * Returns the stories active between {@code since} and {@code until} (either may be null), biggest first, then
   * latest. Reads the stories whose latest article falls in the range, through the index on it.
   */
  public List<Story> top(Instant since, Instant until, int limit) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(STORY + "WHERE last_at >= ? AND last_at <= ? "
          + "ORDER BY size DESC, last_at DESC, id LIMIT ?")) {
        ps.setLong(1, since == null ? Long.MIN_VALUE : since.toEpochMilli());
        ps.setLong(2, until == null ? Long.MAX_VALUE : until.toEpochMilli());
        ps.setInt(3, limit);
        return stories(ps);
      }
    });
  }

  /**
   * Returns the time of the latest article in a story of at least {@code minSize} articles, or empty: down the index
   * on that time from the newest, so a lone article dated in the future does not hide the week's real stories.
   */
  public Optional<Instant> latest(int minSize) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT last_at FROM story WHERE last_at IS NOT NULL AND size >= ? ORDER BY last_at DESC LIMIT 1")) {
        ps.setInt(1, minSize);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.ofNullable(instant(rs, 1)) : Optional.<Instant>empty();
        }
      }
    });
  }

  /** Returns story {@code id}. */
  public Optional<Story> story(long id) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(STORY + "WHERE id = ?")) {
        ps.setLong(1, id);
        return stories(ps).stream().findFirst();
      }
    });
  }

  /**
   * Returns the id story {@code id} goes by now: the id of the story it was merged into, else its own (also when
   * there is no such story). One lookup: redirects are kept flat.
   *
   * <p>{@code long now = stories.resolve(id); if (now != id) redirect to now}
   */
  public long resolve(long id) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT survivor FROM story_redirect WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getLong(1) : id;
        }
      }
    });
  }

  /** Returns the story article {@code articleId} is in. */
  public Optional<Story> storyOf(String articleId) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(STORY + "WHERE id = (SELECT story_id FROM story_article "
          + "WHERE article_id = ?)")) {
        ps.setString(1, articleId);
        return stories(ps).stream().findFirst();
      }
    });
  }

  /** Returns story {@code id}'s articles, earliest first (undated last), at most {@code limit}. */
  public List<Member> articles(long id, int limit) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT s.article_id, s.site, a.headline, s.published_at "
          + "FROM story_article s JOIN article a ON a.id = s.article_id WHERE s.story_id = ? "
          + "ORDER BY s.published_at IS NULL, s.published_at, s.article_id LIMIT ?")) {
        ps.setLong(1, id);
        ps.setInt(2, limit);
        List<Member> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(new Member(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4)));
        }
        return out;
      }
    });
  }

  /**
   * Returns the story each of {@code articleIds} is in (ids in none are absent), as the table has it: through the
   * primary key, one lookup per article. For the search index, which keeps each article's story as a doc value.
   */
  public Map<String, Long> storiesOf(Collection<String> articleIds) {
    if (articleIds.isEmpty()) return Map.of();
    List<String> ids = List.copyOf(articleIds);
    return reads.read(c -> {
      Map<String, Long> out = new HashMap<>();
      for (int from = 0; from < ids.size(); from += BATCH) {
        List<String> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, story_id FROM story_article WHERE article_id IN ("
            + String.join(",", Collections.nCopies(part.size(), "?")) + ")")) {
          for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
      return out;
    });
  }

  /**
   * Returns one page of every article's story, by article id after {@code afterId} (null for the first page): for
   * bringing the search index in step after {@code lede restory}.
   */
  public java.util.SequencedMap<String, Long> assignments(String afterId, int limit) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT article_id, story_id FROM story_article WHERE article_id > ? ORDER BY article_id LIMIT ?")) {
        ps.setString(1, afterId == null ? "" : afterId);
        ps.setInt(2, limit);
        java.util.SequencedMap<String, Long> out = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
      }
    });
  }

  /** Returns the stories among {@code ids} that exist, by id: for titling a page of hits grouped by story. */
  public Map<Long, Story> stories(Collection<Long> ids) {
    Map<Long, Story> out = new LinkedHashMap<>();
    for (long id : ids) story(id).ifPresent(s -> out.put(id, s));
    return out;
  }

  /**
   * Returns the survivor of each of {@code ids} that merged into another story (ids that stand are absent), so
   * attention counts and search groups follow merges without re-indexing: one query per few hundred ids, redirects
   * being flat.
   */
  public Map<Long, Long> survivors(Set<Long> ids) {
    Map<Long, Long> out = new HashMap<>();
    List<Long> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += SURVIVOR_BATCH) {
      List<Long> batch = all.subList(from, Math.min(all.size(), from + SURVIVOR_BATCH));
      reads.read(c -> {
        String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT id, survivor FROM story_redirect WHERE id IN (" + marks + ")")) {
          for (int i = 0; i < batch.size(); i++) ps.setLong(i + 1, batch.get(i));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getLong(1), rs.getLong(2));
          }
        }
        return null;
      });
    }
    return out;
  }

  private static List<Story> stories(PreparedStatement ps) throws SQLException {
    List<Story> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Story(rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4), rs.getInt(5), rs.getInt(6)));
      }
    }
    return out;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }
}
