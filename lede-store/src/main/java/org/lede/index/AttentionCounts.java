package org.lede.index;

import java.util.List;

/**
 * How many articles matched each of some queries in each period, and how many articles there were in all.
 *
 * @param periods the periods, oldest first
 * @param series  one per query asked, in the order asked
 */
public record AttentionCounts(List<Period> periods, List<Series> series) {
  public AttentionCounts {
    periods = List.copyOf(periods);
    series = List.copyOf(series);
  }

  /**
   * One query's counts.
   *
   * @param query       the query as asked
   * @param counts      articles matching it per period, in the order of {@link AttentionCounts#periods()}
   * @param stories     distinct stories with an article matching it per period (a merged story counts as its
   *                    survivor; an article in no story adds none)
   * @param storyCount  distinct stories with an article matching it over the whole span (a story spanning several
   *                    periods counts once here)
   * @param totals      articles in the query's base per period (every article, or a collection's): the share's denominator
   * @param syntaxError true when the query was not valid syntax and was counted as plain words
   */
  public record Series(AttentionQuery query, long[] counts, long[] stories, long storyCount, long[] totals,
      boolean syntaxError) {
    /** Returns the share of the base's articles that matched in period {@code i}, 0 when the base had none. */
    public double share(int i) {
      return totals[i] == 0 ? 0 : (double) counts[i] / totals[i];
    }

    /** Returns the articles matched over every period. */
    public long total() {
      long t = 0;
      for (long c : counts) t += c;
      return t;
    }
  }
}
