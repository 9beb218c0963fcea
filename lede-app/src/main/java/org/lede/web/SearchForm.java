package org.lede.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lede.index.SearchRequest;

/**
 * A search as the query string states it ({@code q}, {@code site}, {@code month=yyyy-MM}, {@code speaker}, {@code entity},
 * {@code since} and {@code until} (days), {@code sort}, {@code page}),
 * read once and checked, so the search page, the API and the feeds read the same parameters the same way.
 *
 * @param q       the query text, "" for everything
 * @param site    the site filter, or null
 * @param month   the publication month filter, or null
 * @param speaker only articles quoting someone of this name, or null
 * @param entity  only articles naming this person, organization or place, or null
 * @param sort    the order of hits
 * @param page    the page, from 1
 * @param perPage hits per page
 * @param since   only articles published on or after this day (UTC), or null
 * @param until   only articles published before this day (UTC), or null
 * @param byStory true to group the hits by story ({@code group=story})
 */
record SearchForm(String q, String site, YearMonth month, String speaker, String entity, SearchRequest.Sort sort, int page,
    int perPage, LocalDate since, LocalDate until, boolean byStory) {
  static final int PER_PAGE = 10;
  /**
   * Grouped by story, a page reads this many times its size in hits and shows the stories among them: a story's
   * articles then mostly share one page.
   */
  static final int STORY_WINDOW = 3;
  static final int MAX_PAGE = 100;

  static SearchForm read(Context ctx, int perPage) {
    return read(ctx::queryParam, perPage);
  }

  /** Reads the form from {@code param}, which gives a query parameter's value by its name (null when absent). */
  static SearchForm read(java.util.function.UnaryOperator<String> param, int perPage) {
    String q = text(param.apply("q"), 500);
    String site = text(param.apply("site"), Follow.MAX_VALUE);
    YearMonth month = null;
    String m = param.apply("month");
    if (m != null && !m.isBlank()) {
      try {
        month = YearMonth.parse(m.strip());
      } catch (DateTimeParseException e) {
        throw Problem.badRequest("month must be yyyy-MM, e.g. 2024-03; was \"" + m + "\"");
      }
    }
    SearchRequest.Sort sort = switch (text(param.apply("sort"), 20).toLowerCase(Locale.ROOT)) {
      case "", "relevance" -> SearchRequest.Sort.RELEVANCE;
      case "date" -> SearchRequest.Sort.DATE;
      default -> throw Problem.badRequest("sort must be relevance or date");
    };
    int page = number(param.apply("page"), 1, "page", 1, MAX_PAGE);
    String speaker = text(param.apply("speaker"), Follow.MAX_VALUE);
    String entity = text(param.apply("entity"), Follow.MAX_VALUE);
    return new SearchForm(q, site.isEmpty() ? null : site, month, speaker.isEmpty() ? null : speaker,
        entity.isEmpty() ? null : entity, sort, page, perPage, day(param.apply("since"), "since"),
        day(param.apply("until"), "until"), byStory(param.apply("group")));
  }

  /** Reads {@code group=}: blank for hits, {@code story} to group them by story. */
  static boolean byStory(String group) {
    return switch (text(group, 20).toLowerCase(Locale.ROOT)) {
      case "" -> false;
      case "story" -> true;
      default -> throw Problem.badRequest("group must be story (or left out), not \"" + text(group, 20) + "\"");
    };
  }

  /** Returns the store's request for this page. */
  SearchRequest request() {
    int window = byStory ? perPage * STORY_WINDOW : perPage;
    SearchRequest r = SearchRequest.of(queryText()).withSite(site).withSort(sort).withLimit(window).withOffset((page - 1) * window);
    if (month != null) {
      r = r.withSince(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())
          .withUntil(month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    if (since != null) {
      java.time.Instant from = since.atStartOfDay(ZoneOffset.UTC).toInstant();
      if (r.since() == null || from.isAfter(r.since())) r = r.withSince(from);
    }
    if (until != null) {
      java.time.Instant to = until.atStartOfDay(ZoneOffset.UTC).toInstant();
      if (r.until() == null || to.isBefore(r.until())) r = r.withUntil(to);
    }
    return r;
  }

  SearchForm withSite(String v) { return new SearchForm(q, v, month, speaker, entity, sort, 1, perPage, since, until, byStory); }
  SearchForm withMonth(YearMonth v) { return new SearchForm(q, site, v, speaker, entity, sort, 1, perPage, since, until, byStory); }
  SearchForm withSpeaker(String v) { return new SearchForm(q, site, month, v, entity, sort, 1, perPage, since, until, byStory); }
  SearchForm withEntity(String v) { return new SearchForm(q, site, month, speaker, v, sort, 1, perPage, since, until, byStory); }
  SearchForm withSort(SearchRequest.Sort v) { return new SearchForm(q, site, month, speaker, entity, v, 1, perPage, since, until, byStory); }
  SearchForm withPage(int v) { return new SearchForm(q, site, month, speaker, entity, sort, v, perPage, since, until, byStory); }
  SearchForm withByStory(boolean v) { return new SearchForm(q, site, month, speaker, entity, sort, 1, perPage, since, until, v); }

  /**
   * The query text with the speaker and entity filters as the index's {@code speaker:} and {@code entity:} phrases;
   * the reader's own words go in parentheses so an OR in them cannot swallow a filter.
   */
  String queryText() {
    List<String> parts = new ArrayList<>();
    if (!q.isEmpty()) parts.add(speaker == null && entity == null ? q : "(" + q + ")");
    if (speaker != null) parts.add(FollowFeed.phrase("speaker", speaker));
    if (entity != null) parts.add(FollowFeed.phrase("entity", entity));
    return String.join(" ", parts);
  }

  /** Returns the query string that states this search ("q=a&site=b"), without the default values. */
  String query() {
    List<String> parts = new ArrayList<>();
    if (!q.isEmpty()) parts.add("q=" + encode(q));
    if (site != null) parts.add("site=" + encode(site));
    if (month != null) parts.add("month=" + month);
    if (speaker != null) parts.add("speaker=" + encode(speaker));
    if (entity != null) parts.add("entity=" + encode(entity));
    if (since != null) parts.add("since=" + since);
    if (until != null) parts.add("until=" + until);
    if (sort == SearchRequest.Sort.DATE) parts.add("sort=date");
    if (byStory) parts.add("group=story");
    if (page > 1) parts.add("page=" + page);
    return String.join("&", parts);
  }

  /** Returns {@code path} with this search's query string. */
  String link(String path) {
    String query = query();
    return query.isEmpty() ? path : path + "?" + query;
  }

  /** A short description for feed titles: "flood · Harbour Herald · 2024-03". */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (!q.isEmpty()) parts.add(q);
    if (site != null) parts.add(site);
    if (month != null) parts.add(month.toString());
    if (speaker != null) parts.add("quoting " + speaker);
    if (entity != null) parts.add("naming " + entity);
    if (since != null || until != null) parts.add((since == null ? "" : "from " + since) + (since != null && until != null ? " " : "")
        + (until == null ? "" : "before " + until));
    return parts.isEmpty() ? "latest articles" : String.join(" · ", parts);
  }

  /** Reads a day (yyyy-MM-dd) parameter, or null when absent. */
  static LocalDate day(String value, String name) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw Problem.badRequest(name + " must be a day, yyyy-MM-dd, e.g. 2024-03-05; was \"" + value + "\"");
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String text(String value, int max) {
    String s = value == null ? "" : value.strip();
    if (s.length() > max) throw Problem.badRequest("a parameter is longer than " + max + " characters");
    return s;
  }

  static int number(String value, int fallback, String name, int min, int max) {
    if (value == null || value.isBlank()) return fallback;
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw Problem.badRequest(name + " must be a whole number from " + min + " to " + max);
  }
}
