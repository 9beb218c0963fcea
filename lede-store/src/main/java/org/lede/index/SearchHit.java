package org.lede.index;

import java.time.Instant;
import java.util.List;

/**
 * One article found by a search, with what a results page shows.
 *
 * @param id        the article's id (look it up in the store for the rest)
 * @param headline  its headline, or null
 * @param site      its site, or null
 * @param published its publication time, or null
 * @param byline    its authors
 * @param url       its canonical URL, else its URL, or null
 * @param score     its relevance score (higher is better)
 * @param snippet   an extract of its body with the matches marked
 */
public record SearchHit(String id, String headline, String site, Instant published, List<String> byline, String url,
    float score, Snippet snippet) {
  public SearchHit {
    byline = List.copyOf(byline);
  }
}
