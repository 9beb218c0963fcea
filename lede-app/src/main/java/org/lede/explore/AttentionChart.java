package org.lede.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lede.index.AttentionCounts;
import org.lede.index.Period;

/**
 * A line chart of attention laid out once, as geometry, so the SVG on the page and the PNG download draw the same
 * picture: one line a query, a dot a period, a y axis with round ticks, a few period labels along the x axis.
 *
 * @param width       the drawing's width
 * @param height      the drawing's height
 * @param measure     what the y axis is: articles, their share of all articles, or stories
 * @param left        the plot's left edge (the y labels are to its left)
 * @param top         the plot's top edge
 * @param right       the plot's right edge
 * @param bottom      the plot's bottom edge (the x axis)
 * @param lines       one per query
 * @param yTicks      gridlines and their labels
 * @param xTicks      period labels along the axis
 * @param description one sentence saying what the chart shows, for screen readers
 */
public record AttentionChart(int width, int height, Measure measure, int left, int top, int right, int bottom,
    List<Line> lines, List<Tick> yTicks, List<Tick> xTicks, String description) {
  static final int WIDTH = 760;
  static final int HEIGHT = 320;
  /** Colour-blind-safe (Okabe and Ito), each with a dash pattern too, so lines differ in print and in grey. */
  static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#B8860B", "#56B4E9", "#000000",
      "#8C564B", "#7F7F7F", "#E41A1C"};
  static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "", "6 3", "2 3", "8 3 2 3", "1 2"};

  /** Links a point to its search: series index and period index to a URL, or null for none. */
  @FunctionalInterface
  public interface Links {
    String href(int series, int period);
  }

  /**
   * One query's line.
   *
   * @param label  the query as labelled
   * @param colour its stroke colour
   * @param dash   its SVG dash pattern, "" for solid
   * @param points the polyline's points, "x,y x,y ..."
   * @param dots   one per period
   */
  public record Line(String label, String colour, String dash, String points, List<Dot> dots) {}

  /**
   * One period's point.
   *
   * @param x     centre
   * @param y     centre
   * @param title what a tooltip and a screen reader say: "flood, 2024-03-05: 12 articles (3.1%)"
   * @param href  its search, or null
   */
  public record Dot(double x, double y, String title, String href) {}

  /**
   * A tick on an axis.
   *
   * @param at     its position along the axis (y for the y axis, x for the x axis)
   * @param label  what it says
   * @param anchor how the label sits on its position: start, middle or end (so none runs off the drawing)
   */
  public record Tick(double at, String label, String anchor) {}

  /** Lays out {@code counts}, plotting {@code measure}. */
  public static AttentionChart of(AttentionCounts counts, Measure measure, Links links) {
    boolean share = measure == Measure.SHARE;
    int left = 64;
    int top = 16;
    int right = WIDTH - 20;
    int bottom = HEIGHT - 44;
    List<Period> periods = counts.periods();
    double peak = 0;
    for (AttentionCounts.Series s : counts.series()) {
      for (int i = 0; i < periods.size(); i++) peak = Math.max(peak, measure.of(s, i));
    }
    double step = niceStep(peak, share);
    double max = Math.max(step, Math.ceil(peak / step) * step);
    List<Tick> yTicks = new ArrayList<>();
    for (double v = 0; v <= max + step / 2; v += step) {
      yTicks.add(new Tick(y(v, max, top, bottom), share ? percent(v, step) : whole(v), "end"));
    }
    int n = periods.size();
    double slot = n <= 1 ? 0 : (double) (right - left) / (n - 1);
    List<Tick> xTicks = new ArrayList<>();
    int every = Math.max(1, (int) Math.ceil(n / 7.0));
    for (int i = 0; i < n; i += every) {
      double at = x(i, n, left, right, slot);
      String anchor = at + 36 > WIDTH ? "end" : at - 36 < 0 ? "start" : "middle";
      xTicks.add(new Tick(at, periods.get(i).label(), anchor));
    }
    List<Line> lines = new ArrayList<>();
    for (int s = 0; s < counts.series().size(); s++) {
      AttentionCounts.Series series = counts.series().get(s);
      StringBuilder points = new StringBuilder();
      List<Dot> dots = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        double v = measure.of(series, i);
        double px = round(x(i, n, left, right, slot));
        double py = round(y(v, max, top, bottom));
        if (i > 0) points.append(' ');
        points.append(fmt(px)).append(',').append(fmt(py));
        String title = series.query().label() + ", " + periods.get(i).label() + ": " + series.counts()[i]
            + (series.counts()[i] == 1 ? " article" : " articles") + " (" + percentExact(series.share(i)) + "), "
            + series.stories()[i] + (series.stories()[i] == 1 ? " story" : " stories");
        dots.add(new Dot(px, py, title, links == null ? null : links.href(s, i)));
      }
      lines.add(new Line(series.query().label(), COLOURS[s % COLOURS.length], DASHES[s % DASHES.length],
          points.toString(), dots));
    }
    String what = measure.label();
    String description = (counts.series().size() == 1 ? "One line" : counts.series().size() + " lines") + ": " + what
        + " matching " + String.join("; ", counts.series().stream().map(x -> x.query().label()).toList()) + ", from "
        + periods.getFirst().label() + " to " + periods.getLast().label() + ".";
    return new AttentionChart(WIDTH, HEIGHT, measure, left, top, right, bottom, lines, yTicks, xTicks, description);
  }

  /**
   * Dots are drawn only when there is room for them; otherwise they are still there on the page, unseen until
   * pointed at or focused, so every period stays a link.
   */
  public boolean dotsShown() {
    return lines.isEmpty() || lines.getFirst().dots().size() <= 62;
  }

  /** Returns a coordinate as SVG writes it. */
  public static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static double x(int i, int n, int left, int right, double slot) {
    return n <= 1 ? (left + right) / 2.0 : left + i * slot;
  }

  private static double y(double v, double max, int top, int bottom) {
    return bottom - (bottom - top) * (v / max);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** A round step giving three to seven ticks: 1, 2 or 5 times a power of ten (whole articles at least). */
  static double niceStep(double peak, boolean share) {
    if (peak <= 0) return share ? 0.01 : 1;
    double raw = peak / 4;
    double pow = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / pow < 1.5 ? pow : raw / pow < 3.5 ? 2 * pow : raw / pow < 7.5 ? 5 * pow : 10 * pow;
    return share ? step : Math.max(1, step);
  }

  private static String whole(double v) {
    return String.format(Locale.ROOT, "%,d", Math.round(v));
  }

  private static String percent(double v, double step) {
    int decimals = step * 100 >= 1 ? 0 : step * 100 >= 0.1 ? 1 : 2;
    return String.format(Locale.ROOT, "%." + decimals + "f%%", v * 100);
  }

  /** A share as a reader reads it: 3.1%, 0.05%, 0%. */
  public static String percentExact(double share) {
    if (share == 0) return "0%";
    double p = share * 100;
    return String.format(Locale.ROOT, p >= 10 ? "%.0f%%" : p >= 1 ? "%.1f%%" : "%.2f%%", p);
  }
}
