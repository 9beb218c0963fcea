package org.lede.index;

import java.time.Instant;

/**
 * A search: query text in Lede's syntax plus filters, paging and order. Build one with {@link #of(String)} and the
 * {@code withX} methods; each returns a new request.
 *
 * <p>Query syntax: plain words (all must match, stemmed: "elections" finds "election"), {@code "quoted phrases"},
 * {@code OR}, {@code AND}, {@code -excluded}, parentheses, and {@code headline:}, {@code byline:}, {@code dek:},
 * {@code body:}, {@code dateline:}, {@code site:"Arab News"}, {@code speaker:} (who is quoted), {@code entity:} (who or what
 * is mentioned) to search one field, and {@code collection:"UK press"} for any site of a named collection (an unknown
 * name is an {@link UnknownCollectionException}). A query that is not valid syntax
 * is searched as plain words, never an error. Blank text matches every article.
 *
 * @param query  the query text; null or blank for all articles
 * @param since  earliest publication time, inclusive, or null
 * @param until  latest publication time, exclusive, or null
 * @param site   only articles from this site (case-insensitive, whole name), or null
 * @param limit  how many hits to return, 1 to 1000
 * @param offset how many hits to skip, for paging
 * @param sort   the order of hits; blank query text with {@link Sort#RELEVANCE} is ordered by date
 */
public record SearchRequest(String query, Instant since, Instant until, String site, int limit, int offset, Sort sort) {
  /** The default number of hits. */
  public static final int DEFAULT_LIMIT = 10;
  private static final int MAX_LIMIT = 1000;

  public SearchRequest {
    if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    if (sort == null) sort = Sort.RELEVANCE;
    if (site != null && site.isBlank()) site = null;
  }

  /** Returns a request for {@code query} with no filters, the first {@value #DEFAULT_LIMIT} hits by relevance. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, DEFAULT_LIMIT, 0, Sort.RELEVANCE);
  }

  public SearchRequest withSince(Instant v) { return new SearchRequest(query, v, until, site, limit, offset, sort); }
  public SearchRequest withUntil(Instant v) { return new SearchRequest(query, since, v, site, limit, offset, sort); }
  public SearchRequest withSite(String v) { return new SearchRequest(query, since, until, v, limit, offset, sort); }
  public SearchRequest withLimit(int v) { return new SearchRequest(query, since, until, site, v, offset, sort); }
  public SearchRequest withOffset(int v) { return new SearchRequest(query, since, until, site, limit, v, sort); }
  public SearchRequest withSort(Sort v) { return new SearchRequest(query, since, until, site, limit, offset, v); }

  /** The order of hits. */
  public enum Sort {
    /** Best match first. */
    RELEVANCE,
    /** Newest publication first; articles without a date last. */
    DATE
  }
}
