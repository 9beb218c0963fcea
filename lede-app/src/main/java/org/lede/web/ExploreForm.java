package org.lede.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.lede.explore.ChartLines;
import org.lede.explore.Measure;
import org.lede.index.AttentionQuery;
import org.lede.index.Interval;
import org.lede.index.PublishedSpan;
import org.lede.library.Newsroom;

/**
 * An attention chart as the query string states it: {@code q} (repeated, up to five), {@code c} (collections to
 * compare across, repeated), {@code since} and {@code until} (days, until exclusive), {@code interval} (day, week,
 * month) and {@code measure} (count, share or stories), read once and checked, so the page, the downloads and the API agree.
 * Missing dates default to the year up to the newest article; a missing interval to one that gives a readable chart.
 *
 * @param queries     the queries, blanks dropped
 * @param collections collections to compare across, or empty
 * @param since       first day counted
 * @param until       day after the last counted
 * @param interval    the period
 * @param measure     what the chart plots
 * @param said        which query the "what was said" panel is about (index into queries)
 */
record ExploreForm(List<String> queries, List<String> collections, LocalDate since, LocalDate until, Interval interval,
    Measure measure, int said) {
  private static final int MAX_TEXT = 500;

  static ExploreForm read(Context ctx, Newsroom library, Clock clock) {
    List<String> queries = new ArrayList<>();
    for (String q : ctx.queryParams("q")) {
      String t = SearchForm.text(q, MAX_TEXT);
      if (!t.isEmpty()) queries.add(t);
    }
    if (queries.size() > ChartLines.MAX_QUERIES) {
      throw Problem.badRequest("at most " + ChartLines.MAX_QUERIES + " queries on one chart, not " + queries.size());
    }
    List<String> collections = new ArrayList<>();
    for (String c : ctx.queryParams("c")) {
      String t = SearchForm.text(c, Follow.MAX_VALUE);
      if (!t.isEmpty() && !collections.contains(t)) collections.add(t);
    }
    LocalDate since = SearchForm.day(ctx.queryParam("since"), "since");
    LocalDate until = SearchForm.day(ctx.queryParam("until"), "until");
    if (until == null || since == null) {
      LocalDate newest = library.publishedSpan().map(PublishedSpan::last).orElse(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
      if (until == null) until = since != null && since.isAfter(newest) ? since.plusYears(1) : newest.plusDays(1);
      if (since == null) {
        LocalDate oldest = library.publishedSpan().map(PublishedSpan::first).orElse(until.minusYears(1));
        since = oldest.isAfter(until.minusYears(1)) ? oldest : until.minusYears(1);
        if (!since.isBefore(until)) since = until.minusDays(1);
      }
    }
    if (!since.isBefore(until)) throw Problem.badRequest("since (" + since + ") must be before until (" + until + ")");
    String i = SearchForm.text(ctx.queryParam("interval"), 10);
    Interval interval;
    try {
      interval = i.isEmpty() ? chosen(since, until) : Interval.parse(i);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage());
    }
    Measure measure;
    try {
      measure = Measure.parse(SearchForm.text(ctx.queryParam("measure"), 10));
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage());
    }
    int said = SearchForm.number(ctx.queryParam("said"), 0, "said", 0, ChartLines.MAX_QUERIES - 1);
    return new ExploreForm(List.copyOf(queries), List.copyOf(collections), since, until, interval, measure,
        Math.min(said, Math.max(0, queries.size() - 1)));
  }

  /** Up to three months by day, up to two years by week, else by month. */
  static Interval chosen(LocalDate since, LocalDate until) {
    long days = ChronoUnit.DAYS.between(since, until);
    return days <= 92 ? Interval.DAY : days <= 731 ? Interval.WEEK : Interval.MONTH;
  }

  /** The chart's lines. */
  List<AttentionQuery> lines() {
    try {
      return ChartLines.of(queries, collections);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage());
    }
  }

  /** The query string stating this chart; {@code measure} and {@code said} only when not the default. */
  String query() {
    List<String> parts = new ArrayList<>();
    for (String q : queries) parts.add("q=" + SearchForm.encode(q));
    for (String c : collections) parts.add("c=" + SearchForm.encode(c));
    parts.add("since=" + since);
    parts.add("until=" + until);
    parts.add("interval=" + interval.word());
    if (measure != Measure.ARTICLES) parts.add("measure=" + measure.word());
    if (said > 0) parts.add("said=" + said);
    return String.join("&", parts);
  }

  String link(String path) {
    return path + "?" + query();
  }

  ExploreForm withMeasure(Measure v) {
    return new ExploreForm(queries, collections, since, until, interval, v, said);
  }

  ExploreForm withSaid(int v) {
    return new ExploreForm(queries, collections, since, until, interval, measure, v);
  }

  /** True when the chart plots shares (the template's wording differs). */
  boolean share() {
    return measure == Measure.SHARE;
  }
}
