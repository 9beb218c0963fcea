package org.lede.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A bar chart of how often an entity is mentioned over time, laid out on the server as SVG geometry so it needs no
 * script: a bar a day when the mentions span two months or less, a month up to five years, else a year. Empty
 * periods between the first and last get a zero bar, so the gaps show.
 *
 * @param unit    "day", "month" or "year"
 * @param width   the drawing's width in SVG units
 * @param height  the drawing's height in SVG units
 * @param bars    one bar a period, oldest first
 * @param undated mentions in articles without a publication date (not drawn)
 * @param peak    the largest bar's count
 */
record MentionChart(String unit, int width, int height, List<Bar> bars, int undated, int peak) {
  static final int WIDTH = 640;
  static final int HEIGHT = 140;
  private static final int BASELINE = 118;
  private static final int TOP = 12;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  /**
   * One period's bar.
   *
   * @param label  the period ("Mar 2022")
   * @param count  mentions in it
   * @param x      left edge
   * @param y      top edge
   * @param w      width
   * @param h      height (at least 1 for a nonzero count, so it shows)
   */
  record Bar(String label, int count, int x, int y, int w, int h) {
    String title() {
      return label + ": " + count + (count == 1 ? " mention" : " mentions");
    }
  }

  /** A dated count of mentions: one article's. */
  record Point(Instant when, int mentions) {}

  int baseline() {
    return BASELINE;
  }

  String firstLabel() {
    return bars.isEmpty() ? "" : bars.getFirst().label();
  }

  String lastLabel() {
    return bars.isEmpty() ? "" : bars.getLast().label();
  }

  /** Lays out {@code points} (any order). */
  static MentionChart of(List<Point> points) {
    int undated = 0;
    LocalDate first = null;
    LocalDate last = null;
    for (Point p : points) {
      if (p.when() == null) {
        undated += p.mentions();
        continue;
      }
      LocalDate d = LocalDate.ofInstant(p.when(), ZoneOffset.UTC);
      if (first == null || d.isBefore(first)) first = d;
      if (last == null || d.isAfter(last)) last = d;
    }
    if (first == null) return new MentionChart("day", WIDTH, HEIGHT, List.of(), undated, 0);
    String unit = ChronoUnit.DAYS.between(first, last) <= 62 ? "day"
        : ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) < 60 ? "month" : "year";
    TreeMap<LocalDate, Integer> counts = new TreeMap<>();
    for (LocalDate d = period(first, unit); !d.isAfter(last); d = next(d, unit)) counts.put(d, 0);
    for (Point p : points) {
      if (p.when() != null) counts.merge(period(LocalDate.ofInstant(p.when(), ZoneOffset.UTC), unit), p.mentions(), Integer::sum);
    }
    int peak = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int n = counts.size();
    int slot = Math.max(1, WIDTH / n);
    int barWidth = Math.max(1, Math.min(48, slot * 4 / 5));
    int left = (WIDTH - slot * n) / 2;
    List<Bar> bars = new ArrayList<>(n);
    int i = 0;
    for (var e : counts.entrySet()) {
      int h = e.getValue() == 0 ? 0 : Math.max(1, Math.round((float) (BASELINE - TOP) * e.getValue() / peak));
      bars.add(new Bar(label(e.getKey(), unit), e.getValue(), left + i * slot + (slot - barWidth) / 2, BASELINE - h, barWidth, h));
      i++;
    }
    return new MentionChart(unit, WIDTH, HEIGHT, bars, undated, peak);
  }

  private static LocalDate period(LocalDate d, String unit) {
    return switch (unit) {
      case "day" -> d;
      case "month" -> d.withDayOfMonth(1);
      default -> d.withDayOfYear(1);
    };
  }

  private static LocalDate next(LocalDate d, String unit) {
    return switch (unit) {
      case "day" -> d.plusDays(1);
      case "month" -> d.plusMonths(1);
      default -> d.plusYears(1);
    };
  }

  private static String label(LocalDate d, String unit) {
    return switch (unit) {
      case "day" -> DAY.format(d);
      case "month" -> MONTH.format(d);
      default -> String.valueOf(d.getYear());
    };
  }
}
