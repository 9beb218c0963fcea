package org.lede.index;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: one page of hits, the total, and counts to narrow the search by.
 *
 * @param request     the request answered
 * @param totalHits   how many articles match in all
 * @param hits        the requested page of hits, best (or newest) first
 * @param sites       the sites of all matching articles, most hits first (at most 20)
 * @param months      the publication months of all matching articles, oldest first
 * @param syntaxError true when the query text was not valid syntax and was searched as plain words
 */
public record SearchResults(SearchRequest request, long totalHits, List<SearchHit> hits, List<FacetCount> sites,
    List<FacetCount> months, boolean syntaxError) {
  public SearchResults {
    hits = List.copyOf(hits);
    sites = List.copyOf(sites);
    months = List.copyOf(months);
  }
}
