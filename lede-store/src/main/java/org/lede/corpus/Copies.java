package org.lede.corpus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the near-duplicate tables: which earlier article an article's text copies, and the copies of an article.
 * Each answer is one lookup through an index, bounded by its limit. Thread-safe: each call borrows a reader.
 */
public final class Copies {
  private final Reads reads;

  public Copies(Reads reads) {
    this.reads = reads;
  }

  /**
   * One article whose text copies another.
   *
   * @param articleId  the copy
   * @param originalId the earliest article of its group (by published time, else first ingest, then ingest order)
   * @param similarity the estimated share of word shingles the two have in common, 0 to 1
   */
  public record Copy(String articleId, String originalId, double similarity) {}

  /**
   * A copy as a list shows it.
   *
   * @param published when it was published, or null
   */
  public record Listed(String articleId, String site, String headline, Instant published, double similarity) {}

  /** Returns what article {@code articleId}'s text copies, or empty when it is an original or too short to judge. */
  public Optional<Copy> copyOf(String articleId) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT copy_of, similarity FROM copy_signature WHERE article_id = ? AND copy_of IS NOT NULL")) {
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new Copy(articleId, rs.getString(1), rs.getDouble(2))) : Optional.<Copy>empty();
        }
      }
    });
  }

  /** Returns the copies of original {@code originalId}, earliest first, at most {@code limit}. */
  public List<Listed> copies(String originalId, int limit) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT s.article_id, a.site, a.headline, a.published_at, "
          + "s.similarity FROM copy_signature s JOIN article a ON a.id = s.article_id WHERE s.copy_of = ? "
          + "ORDER BY s.first_at, s.ordinal LIMIT ?")) {
        ps.setString(1, originalId);
        ps.setInt(2, limit);
        List<Listed> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long published = rs.getLong(4);
            out.add(new Listed(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.wasNull() ? null : Instant.ofEpochMilli(published), rs.getDouble(5)));
          }
        }
        return out;
      }
    });
  }

  /**
   * Returns the original of each of {@code articleIds} that is a copy (originals and unjudged articles are absent):
   * one primary-key lookup per article, for folding a page of search hits.
   */
  public Map<String, String> originalsOf(Collection<String> articleIds) {
    if (articleIds.isEmpty()) return Map.of();
    List<String> ids = List.copyOf(articleIds);
    return reads.read(c -> {
      Map<String, String> out = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT article_id, copy_of FROM copy_signature WHERE article_id IN ("
          + String.join(",", Collections.nCopies(ids.size(), "?")) + ") AND copy_of IS NOT NULL")) {
        for (int i = 0; i < ids.size(); i++) ps.setString(i + 1, ids.get(i));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
      }
      return out;
    });
  }

  /** Returns how many copies original {@code originalId} has. */
  public int count(String originalId) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM copy_signature WHERE copy_of = ?")) {
        ps.setString(1, originalId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getInt(1) : 0;
        }
      }
    });
  }

}
