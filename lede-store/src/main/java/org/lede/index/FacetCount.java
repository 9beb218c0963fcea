package org.lede.index;

/**
 * How many of a search's hits have one value of a facet.
 *
 * @param value the value: a site name, or a month as {@code yyyy-MM}
 * @param count the number of hits with it
 */
public record FacetCount(String value, long count) {}
