package org.lede.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lede.index.AttentionCounting;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.Interval;
import org.lede.index.Period;

/**
 * Attention counts from an OpenSearch index, over the periods the Lucene index counts ({@link AttentionCounting}):
 * each query is one size-0 search over the whole span with a {@code date_range} aggregation whose ranges are the
 * periods (so a period cut to the span is counted as cut, weeks start on Monday, as on the Lucene side), each period's
 * distinct stories a {@code cardinality} of the story field beneath it; each query's base is counted once and shared.
 *
 * <p>Two differences from the Lucene side, both about stories: distinct stories are counted by OpenSearch's
 * {@code cardinality} (exact while a period has fewer than {@value #EXACT_STORIES} of them, an estimate above), and
 * a story merged into another counts as itself, since merges are kept by the store's story tables, not the index.
 */
final class TimeCounts {
  /** Distinct stories counted exactly up to this many (OpenSearch's largest precision threshold). */
  static final int EXACT_STORIES = 40_000;

  private TimeCounts() {}

  static AttentionCounts of(URI index, List<AttentionQuery> queries, LocalDate since, LocalDate until, Interval interval) {
    List<Period> periods = AttentionCounting.periods(since, until, interval);
    AttentionCounting.checkLines(queries);
    Map<String, long[]> bases = new HashMap<>();
    List<AttentionCounts.Series> series = new ArrayList<>();
    for (AttentionQuery q : queries) {
      OpenSearchSearch.Answered counted = count(index, q.searchText(), periods, true);
      String baseKey = q.base() == null ? "" : q.base();
      long[] totals = bases.get(baseKey);
      if (totals == null) {
        totals = articles(count(index, q.base(), periods, false).body(), periods.size());
        bases.put(baseKey, totals);
      }
      JsonNode aggs = counted.body().path("aggregations");
      long[] stories = new long[periods.size()];
      int i = 0;
      for (JsonNode bucket : aggs.path("periods").path("buckets")) {
        if (i < stories.length) stories[i++] = bucket.path("stories").path("value").asLong();
      }
      series.add(new AttentionCounts.Series(q, articles(counted.body(), periods.size()), stories,
          aggs.path("stories").path("value").asLong(), totals, counted.syntaxError()));
    }
    return new AttentionCounts(periods, series);
  }

  private static long[] articles(JsonNode answer, int periods) {
    long[] out = new long[periods];
    int i = 0;
    for (JsonNode bucket : answer.path("aggregations").path("periods").path("buckets")) {
      if (i < out.length) out[i++] = bucket.path("doc_count").asLong();
    }
    return out;
  }

  /** {@code text}'s matches in the periods' span, counted per period; with {@code stories}, their stories too. */
  private static OpenSearchSearch.Answered count(URI index, String text, List<Period> periods, boolean stories) {
    return OpenSearchSearch.run(index, text, plain -> {
      SearchDsl.Built clause = SearchDsl.clause(text, plain);
      ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
      body.put("size", 0);
      body.put("track_total_hits", false);
      ObjectNode bool = body.putObject("query").putObject("bool");
      bool.putArray("must").add(clause.body());
      ObjectNode span = bool.putArray("filter").addObject().putObject("range").putObject("published");
      span.put("gte", periods.getFirst().from().toEpochMilli());
      span.put("lt", periods.getLast().until().toEpochMilli());
      span.put("format", "epoch_millis");
      ObjectNode aggs = body.putObject("aggs");
      ObjectNode byPeriod = aggs.putObject("periods");
      ObjectNode range = byPeriod.putObject("date_range").put("field", "published").put("format", "epoch_millis");
      ArrayNode ranges = range.putArray("ranges");
      for (Period p : periods) {
        ranges.addObject().put("from", Long.toString(p.from().toEpochMilli())).put("to", Long.toString(p.until().toEpochMilli()));
      }
      if (stories) {
        byPeriod.putObject("aggs").putObject("stories").putObject("cardinality").put("field", "story")
            .put("precision_threshold", EXACT_STORIES);
        aggs.putObject("stories").putObject("cardinality").put("field", "story").put("precision_threshold", EXACT_STORIES);
      }
      return new SearchDsl.Built(body, clause.syntaxError());
    });
  }
}
