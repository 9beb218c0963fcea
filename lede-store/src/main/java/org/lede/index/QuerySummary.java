package org.lede.index;

import java.util.List;

/**
 * What the index alone can say about the articles matching a search: how many, from which outlets (all of them,
 * counted by facets), which articles match best (for the corpus tables to be asked about), and the words and
 * phrases over-represented among the best matches against the whole index.
 *
 * @param total       articles matching
 * @param outlets     the sites with the most matching articles, most first
 * @param sample      ids of the best matching articles (by relevance; the newest for a blank query)
 * @param wordSample  how many of them the words and phrases were counted over
 * @param words       over-represented words, strongest first
 * @param phrases     over-represented two-word phrases, strongest first
 * @param syntaxError true when the query was not valid syntax and was searched as plain words
 */
public record QuerySummary(long total, List<FacetCount> outlets, List<String> sample, int wordSample,
    List<SignificantTerm> words, List<SignificantTerm> phrases, boolean syntaxError) {
  public QuerySummary {
    outlets = List.copyOf(outlets);
    sample = List.copyOf(sample);
    words = List.copyOf(words);
    phrases = List.copyOf(phrases);
  }
}
