package org.lede.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lede.explore.AttentionChart;
import org.lede.explore.AttentionFormat;
import org.lede.explore.ChartPng;
import org.lede.explore.Measure;
import org.lede.explore.SaidFormat;
import org.lede.library.WhatWasSaid;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.Period;
import org.lede.index.UnknownCollectionException;
import org.lede.library.Newsroom;

/**
 * The analyst's view, {@code /explore}: attention over time for up to five queries as a chart drawn on the server,
 * the same numbers as a table, CSV and PNG downloads, the API's {@code /api/v1/attention}, and what was said about a
 * query. Every count comes from {@link Newsroom#attention}; each point links to the search that finds its articles.
 */
final class ExplorePages {
  private final Newsroom library;
  private final Templates templates;
  private final Clock clock;
  private final SaidPanel said;

  ExplorePages(Newsroom library, Templates templates, Clock clock) {
    this.library = library;
    this.templates = templates;
    this.clock = clock;
    this.said = new SaidPanel(library);
  }

  void page(Context ctx) {
    ExploreForm form = ExploreForm.read(ctx, library, clock);
    List<String> inputs = new ArrayList<>(form.queries());
    while (inputs.size() < org.lede.explore.ChartLines.MAX_QUERIES) inputs.add("");
    List<ExploreView.Choice> collections = library.collections().stream()
        .map(c -> new ExploreView.Choice(c.name(), form.collections().stream().anyMatch(x -> x.equalsIgnoreCase(c.name())), null))
        .toList();
    if (form.queries().isEmpty()) {
      html(ctx, new ExploreView(form, inputs, null, List.of(), List.of(), form.interval().word(), null, null, null,
          List.of(), collections, null));
      return;
    }
    AttentionCounts counts = counts(form);
    AttentionChart chart = AttentionChart.of(counts, form.measure(), (s, i) -> search(counts, s, i));
    List<ExploreView.Legend> legend = new ArrayList<>();
    for (int s = 0; s < counts.series().size(); s++) {
      AttentionCounts.Series x = counts.series().get(s);
      AttentionChart.Line line = chart.lines().get(s);
      int queryIndex = form.queries().indexOf(x.query().query());
      legend.add(new ExploreView.Legend(x.query().label(), line.colour(), ExploreView.dashOf(line.dash()), x.total(),
          x.storyCount(),
          x.syntaxError(), searchLink(x.query().searchText(), form.since(), form.until()),
          form.withSaid(queryIndex).link("/explore") + "#said", queryIndex == form.said()));
    }
    List<ExploreView.Row> rows = new ArrayList<>();
    for (int i = 0; i < counts.periods().size(); i++) {
      List<ExploreView.Cell> cells = new ArrayList<>();
      for (int s = 0; s < counts.series().size(); s++) {
        AttentionCounts.Series x = counts.series().get(s);
        cells.add(new ExploreView.Cell(x.counts()[i], x.stories()[i], AttentionChart.percentExact(x.share(i)),
            search(counts, s, i)));
      }
      rows.add(new ExploreView.Row(counts.periods().get(i).label(), cells));
    }
    SaidView panel = said.view(form);
    html(ctx, new ExploreView(form, inputs, chart, legend, rows, form.interval().word(), form.link("/explore.csv"),
        form.link("/explore.png"), form.link("/api/v1/attention"), measures(form), collections, panel));
  }

  void csv(Context ctx) {
    ExploreForm form = ExploreForm.read(ctx, library, clock);
    requireQuery(form);
    AttentionCounts counts = counts(form);
    StringWriter out = new StringWriter();
    try {
      AttentionFormat.csv(counts, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"lede-attention.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  void png(Context ctx) {
    ExploreForm form = ExploreForm.read(ctx, library, clock);
    requireQuery(form);
    AttentionCounts counts = counts(form);
    String title = form.measure().title() + " per " + form.interval().word() + ", "
        + form.since() + " to " + form.until().minusDays(1);
    byte[] png = ChartPng.render(AttentionChart.of(counts, form.measure(), null), title);
    ctx.header("Content-Disposition", "attachment; filename=\"lede-attention.png\"");
    ctx.contentType("image/png").result(png);
  }

  /** {@code GET /api/v1/attention?q=Q1&q=Q2&since=&until=&interval=}: {@code {series: [{query, points: [...]}]}}. */
  void api(Context ctx) {
    ExploreForm form = ExploreForm.read(ctx, library, clock);
    requireQuery(form);
    Etags.send(ctx, Api.JSON, Api.write(AttentionFormat.json(counts(form), form.interval())));
  }

  /** {@code GET /explore/said.csv?q=&since=&until=}: what was said, a row per name, outlet, word and quote. */
  void saidCsv(Context ctx) {
    WhatWasSaid answer = said(ctx);
    StringWriter out = new StringWriter();
    try {
      SaidFormat.csv(answer, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"lede-said.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** {@code GET /api/v1/said?q=&since=&until=}: what was said about a query over a period. */
  void saidApi(Context ctx) {
    Etags.send(ctx, Api.JSON, Api.write(SaidFormat.json(said(ctx))));
  }

  private WhatWasSaid said(Context ctx) {
    if (ctx.queryParams("q").size() > 1) throw Problem.badRequest("what was said is about one query: give q once");
    String q = SearchForm.text(ctx.queryParam("q"), 500);
    java.time.LocalDate since = SearchForm.day(ctx.queryParam("since"), "since");
    java.time.LocalDate until = SearchForm.day(ctx.queryParam("until"), "until");
    if (since != null && until != null && !since.isBefore(until)) {
      throw Problem.badRequest("since (" + since + ") must be before until (" + until + ")");
    }
    org.lede.index.SearchRequest request = org.lede.index.SearchRequest.of(q)
        .withSince(since == null ? null : since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .withUntil(until == null ? null : until.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    try {
      return library.said(request);
    } catch (UnknownCollectionException e) {
      throw Problem.badRequest(e.getMessage());
    }
  }

  /** Links to the same chart plotting each other measure. */
  private static List<ExploreView.Choice> measures(ExploreForm form) {
    List<ExploreView.Choice> out = new ArrayList<>();
    for (Measure m : Measure.values()) {
      if (m != form.measure()) out.add(new ExploreView.Choice("Plot " + m.label(), false, form.withMeasure(m).link("/explore")));
    }
    return out;
  }

  private static void requireQuery(ExploreForm form) {
    if (form.queries().isEmpty()) throw Problem.badRequest("give at least one query as q (q= with nothing counts every article: use q=*:*)");
  }

  private AttentionCounts counts(ExploreForm form) {
    List<AttentionQuery> lines = form.lines();
    try {
      return library.attention(lines, form.since(), form.until(), form.interval());
    } catch (UnknownCollectionException e) {
      throw Problem.badRequest(e.getMessage());
    } catch (IllegalArgumentException e) {
      // attention() refuses only its span (empty, or too many periods), with a message naming since, until and interval
      throw Problem.badRequest(e.getMessage());
    }
  }

  /** The search that finds exactly the articles counted for line {@code s} in period {@code i}. */
  private static String search(AttentionCounts counts, int s, int i) {
    Period p = counts.periods().get(i);
    return searchLink(counts.series().get(s).query().searchText(), day(p.from()), day(p.until()));
  }

  private static String searchLink(String query, java.time.LocalDate since, java.time.LocalDate until) {
    return "/search?q=" + SearchForm.encode(query) + "&since=" + since + "&until=" + until + "&sort=date";
  }

  private static java.time.LocalDate day(java.time.Instant t) {
    return t.atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }

  private void html(Context ctx, ExploreView view) {
    Map<String, Object> params = new HashMap<>();
    params.put("x", view);
    ctx.contentType(Pages.HTML).result(templates.render("explore", params).getBytes(StandardCharsets.UTF_8));
  }
}
