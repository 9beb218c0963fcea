package org.lede.index;

import java.util.List;

/**
 * A search's results and the ids of its best hits beyond the page shown, from one pass over the index.
 *
 * @param results the page asked for
 * @param sample  the ids of the first hits, best first, however many the caller asked to sample
 */
public record SampledResults(SearchResults results, List<String> sample) {}
