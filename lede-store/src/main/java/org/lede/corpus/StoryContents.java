package org.lede.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.json.ArticleJson;
import org.lede.quantity.Quantity;

/**
 * Reads what a story's articles hold, over its newest {@code articles} only: who they quote, the numbers they give,
 * the articles themselves newest first. Each read starts from the story's index on publication time and reaches every
 * other row by primary key, so its cost follows the story's size, capped, never the store's. Thread-safe: each call
 * borrows a reader.
 */
public final class StoryContents {
  private static final TypeReference<List<Quantity>> QUANTITIES = new TypeReference<>() {};

  private final Reads reads;
  private final Dialect dialect;
  /** The newest articles of a story, by the index on (story, time); undated ones come last. */
  private final String newestRows;

  /** Reads the single-machine store's tables. */
  public StoryContents(Reads reads) {
    this(reads, Dialect.SQLITE);
  }

  /** Reads tables of the single-machine store's shape in {@code dialect}. */
  public StoryContents(Reads reads, Dialect dialect) {
    this.reads = reads;
    this.dialect = dialect;
    this.newestRows = "(SELECT article_id, site, published_at FROM story_article WHERE story_id = ? ORDER BY "
        + dialect.newestFirst("published_at") + " LIMIT ?)";
  }

  /**
   * One article of a story carrying a corpus quote.
   *
   * @param quoteId   the corpus quote
   * @param articleId the article
   * @param site      its site, or null
   * @param published its publication time, or null
   * @param start     where the quote starts in its text, or -1 when not known
   */
  public record QuoteCarrier(long quoteId, String articleId, String site, Instant published, int start) {}

  /**
   * The numbers one article of a story gives.
   *
   * @param articleId  the article
   * @param site       its site, or null
   * @param quantities the numbers found in its latest version, in text order
   */
  public record Numbers(String articleId, String site, List<Quantity> quantities) {}

  /** Returns story {@code storyId}'s newest articles, newest first (undated last), at most {@code limit}. */
  public List<Stories.Member> newest(long storyId, int limit) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT s.article_id, s.site, a.headline, s.published_at FROM "
          + newestRows + " s JOIN article a ON a.id = s.article_id ORDER BY s.published_at IS NULL, s.published_at DESC, "
          + "s.article_id")) {
        ps.setLong(1, storyId);
        ps.setInt(2, limit);
        List<Stories.Member> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(new Stories.Member(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4)));
        }
        return out;
      }
    });
  }

  /**
   * Returns, for story {@code storyId}'s newest {@code limit} articles, each copy's id mapped to the id of the article
   * it copies: one read for a whole timeline instead of one per article.
   */
  public Map<String, String> copies(long storyId, int limit) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT s.article_id, c.copy_of FROM " + newestRows + " s "
          + "JOIN copy_signature c ON c.article_id = s.article_id WHERE c.copy_of IS NOT NULL")) {
        ps.setLong(1, storyId);
        ps.setInt(2, limit);
        Map<String, String> out = new java.util.HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
      }
    });
  }

  /** Returns the ids of story {@code storyId}'s newest {@code limit} articles. */
  public List<String> newestIds(long storyId, int limit) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM " + newestRows + " s")) {
        ps.setLong(1, storyId);
        ps.setInt(2, limit);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(rs.getString(1));
        }
        return out;
      }
    });
  }

  /**
   * Returns every corpus quote carried by story {@code storyId}'s newest {@code articles}, with the articles that
   * carry it there (each article once), each quote's carriers earliest first.
   */
  public Map<Long, List<QuoteCarrier>> quoteCarriers(long storyId, int articles) {
    return reads.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT q.quote_id, q.article_id, s.site, s.published_at, %s
          FROM %s s
          JOIN quote_carrier q ON q.article_id = s.article_id
          LEFT JOIN quote qt ON qt.article_id = q.article_id AND qt.ordinal = q.ordinal"""
          .formatted(dialect.quoteStart("qt.json"), newestRows))) {
        ps.setLong(1, storyId);
        ps.setInt(2, articles);
        List<QuoteCarrier> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long start = rs.getLong(5);
            rows.add(new QuoteCarrier(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                rs.wasNull() ? -1 : (int) start));
          }
        }
        rows.sort(java.util.Comparator.comparing((QuoteCarrier q) -> q.published() == null)
            .thenComparing(q -> q.published() == null ? Instant.MAX : q.published())
            .thenComparing(QuoteCarrier::articleId));
        // an article that repeats a quote carries it once
        Map<Long, List<QuoteCarrier>> out = new LinkedHashMap<>();
        for (QuoteCarrier q : rows) {
          List<QuoteCarrier> of = out.computeIfAbsent(q.quoteId(), k -> new ArrayList<>());
          if (of.stream().noneMatch(o -> o.articleId().equals(q.articleId()))) of.add(q);
        }
        return out;
      }
    });
  }

  /**
   * Returns the numbers each of story {@code storyId}'s newest {@code articles} gives, from its latest version's
   * stored annotations, earliest article first; articles stored without annotations give none.
   */
  public List<Numbers> numbers(long storyId, int articles) {
    return reads.read(c -> {
      // json_extract hands over the quantities alone, so the rest of each article's annotations is never parsed here
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT s.article_id, s.site, %s
          FROM %s s
          JOIN article a ON a.id = s.article_id
          JOIN article_version v ON v.seq = a.latest_seq
          ORDER BY s.published_at IS NULL, s.published_at, s.article_id"""
          .formatted(dialect.jsonText("v.annotations", "quantities"), newestRows))) {
        ps.setLong(1, storyId);
        ps.setInt(2, articles);
        List<Numbers> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String json = rs.getString(3);
            if (json == null) continue;
            out.add(new Numbers(rs.getString(1), rs.getString(2), quantities(json)));
          }
        }
        return out;
      }
    });
  }

  private static List<Quantity> quantities(String json) {
    try {
      return ArticleJson.mapper().readValue(json, QUANTITIES);
    } catch (JsonProcessingException e) {
      // one article's damaged annotations must not take the story page down: it simply gives no numbers
      return List.of();
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }
}
