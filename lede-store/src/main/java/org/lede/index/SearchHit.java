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
 * @param story     the id of the story it is in as the index has it (a story merged since is resolved by the
 *                  library), or null when it is in none
 */
public record SearchHit(String id, String headline, String site, Instant published, List<String> byline, String url,
    float score, Snippet snippet, Long story) {
  public SearchHit {
    byline = List.copyOf(byline);
  }

  /** Returns this hit in story {@code other} (the survivor of the story the index named). */
  public SearchHit inStory(Long other) {
    return new SearchHit(id, headline, site, published, byline, url, score, snippet, other);
  }
}
