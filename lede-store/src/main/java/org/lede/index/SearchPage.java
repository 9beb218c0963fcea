package org.lede.index;

/**
 * One page of a search read with a cursor.
 *
 * @param results the hits of this page, with the total and facets of the whole search
 * @param next    where the next page starts, or null when this page is the last
 */
public record SearchPage(SearchResults results, SearchCursor next) {}
