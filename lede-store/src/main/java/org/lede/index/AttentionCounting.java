package org.lede.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matching articles per period from the index alone: each query runs once over the whole span, and every
 * hit is put in its period by the publication time kept as a doc value, and its story (a doc value too) among the
 * period's distinct stories; no stored field and no article is read. Undated articles are never counted (they belong
 * to no period); an article in no story counts as an article but adds no story.
 *
 * <p>Public for the OpenSearch index, which counts over the same periods with the same limits.
 */
public final class AttentionCounting {
  /** The most periods one count may have: ten years by day. */
  public static final int MAX_PERIODS = 3660;
  /** The most lines one chart may have. */
  public static final int MAX_QUERIES = 10;

  private AttentionCounting() {}

  /**
   * Returns the periods of {@code interval} that cover [{@code since}, {@code until}), each cut to that span.
   *
   * @throws IllegalArgumentException when the span is empty or has more than {@value #MAX_PERIODS} periods
   */
  public static List<Period> periods(LocalDate since, LocalDate until, Interval interval) {
    if (!since.isBefore(until)) {
      throw new IllegalArgumentException("the span is empty: since (" + since + ") must be before until (" + until + ")");
    }
    long days = ChronoUnit.DAYS.between(since, until);
    long approx = switch (interval) {
      case DAY -> days;
      case WEEK -> days / 7 + 2;
      case MONTH -> days / 28 + 2;
    };
    if (approx > MAX_PERIODS) {
      throw new IllegalArgumentException("from " + since + " to " + until + " is too many " + interval.word()
          + "s; ask for at most " + MAX_PERIODS + " periods (a longer interval or a shorter span)");
    }
    List<Period> out = new ArrayList<>();
    for (LocalDate start = interval.start(since); start.isBefore(until); start = interval.next(start)) {
      LocalDate from = start.isBefore(since) ? since : start;
      LocalDate end = interval.next(start).isAfter(until) ? until : interval.next(start);
      out.add(new Period(start, interval.label(start), from.atStartOfDay(ZoneOffset.UTC).toInstant(),
          end.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    return out;
  }

  /**
   * Counts {@code queries} over {@code periods}; each query's base is counted once and shared.
   *
   * @throws UnknownCollectionException when a query names a collection that does not exist
   */
  static AttentionCounts count(IndexSearcher searcher, Searching searching, List<AttentionQuery> queries,
      List<Period> periods, StoryRedirects redirects) throws IOException {
    checkLines(queries);
    long[] bounds = new long[periods.size() + 1];
    for (int i = 0; i < periods.size(); i++) bounds[i] = periods.get(i).from().toEpochMilli();
    bounds[periods.size()] = periods.getLast().until().toEpochMilli();
    Map<String, long[]> bases = new HashMap<>();
    List<AttentionCounts.Series> series = new ArrayList<>();
    for (AttentionQuery q : queries) {
      UserQuery.Parsed parsed = searching.parse(q.searchText());
      Tally counts = count(searcher, searching, parsed.query(), q.searchText(), bounds, true);
      String baseKey = q.base() == null ? "" : q.base();
      long[] totals = bases.get(baseKey);
      if (totals == null) {
        Query base = q.base() == null ? new MatchAllDocsQuery() : searching.parse(q.base()).query();
        totals = count(searcher, searching, base, q.base(), bounds, false).articles();
        bases.put(baseKey, totals);
      }
      StoriesByPeriod.Counts stories = counts.stories().counts(periods.size(), redirects);
      series.add(new AttentionCounts.Series(q, counts.articles(), stories.perPeriod(), stories.overall(), totals,
          parsed.syntaxError()));
    }
    return new AttentionCounts(periods, series);
  }

  /**
   * Refuses a chart of no lines or too many.
   *
   * @throws IllegalArgumentException when there are no queries or more than {@value #MAX_QUERIES}
   */
  public static void checkLines(List<AttentionQuery> queries) {
    if (queries.isEmpty()) throw new IllegalArgumentException("give at least one query");
    if (queries.size() > MAX_QUERIES) {
      throw new IllegalArgumentException("at most " + MAX_QUERIES + " lines on one chart, not " + queries.size());
    }
  }

  /** Articles per period, and the distinct (period, story) pairs among them when they were asked for. */
  private record Tally(long[] articles, StoriesByPeriod stories) {}

  private static Tally count(IndexSearcher searcher, Searching searching, Query query, String text, long[] bounds,
      boolean stories) throws IOException {
    try {
      return searcher.search(inSpan(query, bounds), new ByPeriod(bounds, stories));
    } catch (IndexSearcher.TooManyClauses e) {
      // a wildcard that expands to too many terms is counted as the words written, as a search does
      return searcher.search(inSpan(searching.plainWords(text), bounds), new ByPeriod(bounds, stories));
    }
  }

  private static Query inSpan(Query query, long[] bounds) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, bounds[0], bounds[bounds.length - 1] - 1), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Counts hits into the periods {@code bounds} delimit, by the publication doc value, and with {@code stories} also
   * gathers each hit's story.
   */
  private record ByPeriod(long[] bounds, boolean stories) implements CollectorManager<PeriodCollector, Tally> {
    @Override
    public PeriodCollector newCollector() {
      return new PeriodCollector(bounds, stories);
    }

    @Override
    public Tally reduce(Collection<PeriodCollector> collectors) {
      long[] sum = new long[bounds.length - 1];
      StoriesByPeriod all = new StoriesByPeriod();
      for (PeriodCollector c : collectors) {
        for (int i = 0; i < sum.length; i++) sum[i] += c.counts[i];
        if (c.stories != null) all.addAll(c.stories);
      }
      return new Tally(sum, all);
    }
  }

  private static final class PeriodCollector extends SimpleCollector {
    private final long[] bounds;
    private final long[] counts;
    private final StoriesByPeriod stories;
    private NumericDocValues published;
    private NumericDocValues story;

    PeriodCollector(long[] bounds, boolean stories) {
      this.bounds = bounds;
      this.counts = new long[bounds.length - 1];
      this.stories = stories ? new StoriesByPeriod() : null;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      published = DocValues.getNumeric(context.reader(), IndexFields.PUBLISHED);
      story = stories == null ? null : DocValues.getNumeric(context.reader(), IndexFields.STORY);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!published.advanceExact(doc)) return;
      int i = period(bounds, published.longValue());
      if (i < 0) return;
      counts[i]++;
      if (story != null && story.advanceExact(doc)) stories.add(i, story.longValue());
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** The period {@code millis} falls in, or -1 outside them all. */
  static int period(long[] bounds, long millis) {
    if (millis < bounds[0] || millis >= bounds[bounds.length - 1]) return -1;
    int i = Arrays.binarySearch(bounds, millis);
    return i >= 0 ? i : -i - 2;
  }
}
