package org.lede.explore;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.export.Csv;
import org.lede.index.AttentionCounts;
import org.lede.index.Interval;
import org.lede.index.Period;

/** Attention counts as the CLI, the API and the downloads write them: one CSV shape and one JSON shape everywhere. */
public final class AttentionFormat {
  /** The CSV's header row: stories last, so the first four columns stay where they were. */
  public static final List<String> CSV_HEADER = List.of("query", "period", "count", "share", "stories");

  private AttentionFormat() {}

  /** Writes one row per query and period, zero counts included, after the header. */
  public static void csv(AttentionCounts counts, Writer out) throws IOException {
    Csv.row(out, CSV_HEADER);
    for (AttentionCounts.Series s : counts.series()) {
      for (int i = 0; i < counts.periods().size(); i++) {
        Csv.row(out, List.of(s.query().label(), counts.periods().get(i).label(), Long.toString(s.counts()[i]),
            share(s.share(i)), Long.toString(s.stories()[i])));
      }
    }
  }

  /** A share with six decimals: 0.031250. */
  public static String share(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  /**
   * The API's answer: {@code {since, until, interval, series: [{query, base, total, stories, syntaxError, points: [{period,
   * from, until, count, share, stories}]}]}}: {@code stories} is the distinct stories with a matching article.
   */
  public static Map<String, Object> json(AttentionCounts counts, Interval interval) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Period> periods = counts.periods();
    root.put("since", periods.getFirst().from().toString());
    root.put("until", periods.getLast().until().toString());
    root.put("interval", interval.word());
    List<Object> series = new ArrayList<>();
    for (AttentionCounts.Series s : counts.series()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("query", s.query().label());
      if (s.query().base() != null) one.put("base", s.query().base());
      one.put("total", s.total());
      one.put("stories", s.storyCount());
      one.put("syntaxError", s.syntaxError());
      List<Object> points = new ArrayList<>(periods.size());
      for (int i = 0; i < periods.size(); i++) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("period", periods.get(i).label());
        p.put("from", periods.get(i).from().toString());
        p.put("until", periods.get(i).until().toString());
        p.put("count", s.counts()[i]);
        p.put("share", s.share(i));
        p.put("stories", s.stories()[i]);
        points.add(p);
      }
      one.put("points", points);
      series.add(one);
    }
    root.put("series", series);
    return root;
  }
}
