package org.lede.quantity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where outlets report different numbers for the same thing: "at least 6,000" volunteers in one, "5,000
 * volunteers" in another. Numbers are grouped by what they count ({@link CountedThing}: the unit and the head noun;
 * years, ordinals and small plain counts are left out); values within {@link #SAME} of each other are one figure
 * (rounding, "about"); values more than {@link #SPREAD} times apart are taken to count different things that share
 * a noun ("$5 million" for ads, "$7 trillion" of debt). A group is a disagreement only when two figures each have an
 * outlet that does not also give the other, so one article listing last year's and this year's figure, copied by a
 * second outlet, is not one; and only when those outlets' hedges cannot both hold ("more than 100" and "108" agree,
 * "at least 6,000" and "5,000" do not; "about" allows {@link #ABOUT} either side).
 *
 * <p>Stateless; the work is linear in the reports after one sort.
 */
public final class NumberDisagreements {
  /** Values closer than this fraction of the larger are the same figure. */
  static final double SAME = 0.02;
  /** Values further apart than this factor count different things. */
  static final double SPREAD = 4;
  /** How far either side of itself "about" or "an estimated" lets a number be. */
  static final double ABOUT = 0.1;

  private NumberDisagreements() {}

  /**
   * One number as an outlet reported it.
   *
   * @param articleId the article that gives it
   * @param outlet    the article's site
   * @param quantity  the number, as found in that article
   */
  public record Report(String articleId, String outlet, Quantity quantity) {}

  /**
   * One value of a disputed count, with the outlets that give it (one report each, the first given).
   *
   * @param value   the value (the lowest of those within {@link #SAME})
   * @param reports who reported it
   */
  public record Figure(double value, List<Report> reports) {
    public Figure {
      reports = List.copyOf(reports);
    }

    /** Returns the outlets that give this figure. */
    public Set<String> outlets() {
      Set<String> out = new LinkedHashSet<>();
      for (Report r : reports) out.add(r.outlet());
      return out;
    }
  }

  /**
   * A count outlets report differently.
   *
   * @param counts  what is counted, as one of the articles wrote it most briefly, or null when none says (an amount)
   * @param unit    the unit ("USD", "%", "years of age"), or null for a plain count
   * @param figures the different values, those most outlets give first
   */
  public record Disagreement(String counts, String unit, List<Figure> figures) {
    public Disagreement {
      figures = List.copyOf(figures);
    }

    /** Returns how many outlets give any of the figures. */
    public int outlets() {
      Set<String> all = new LinkedHashSet<>();
      for (Figure f : figures) all.addAll(f.outlets());
      return all.size();
    }
  }

  /**
   * Returns the disagreements among {@code reports}, those that involve most outlets first, at most {@code limit}.
   * Reports without an outlet are ignored: who said it is the point.
   */
  public static List<Disagreement> find(Collection<Report> reports, int limit) {
    Map<String, List<Report>> byThing = new LinkedHashMap<>();
    for (Report r : reports) {
      if (r.outlet() == null || r.outlet().isBlank() || r.quantity() == null) continue;
      String key = CountedThing.key(r.quantity());
      if (key != null) byThing.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Disagreement> out = new ArrayList<>();
    for (List<Report> same : byThing.values()) {
      List<Report> sorted = new ArrayList<>(same);
      sorted.sort(Comparator.comparingDouble(r -> r.quantity().value()));
      for (List<Report> run : runs(sorted)) {
        List<Figure> figures = figures(run);
        if (!disagree(figures)) continue;
        figures.sort(Comparator.comparingInt((Figure f) -> -f.outlets().size()).thenComparingDouble(Figure::value));
        out.add(new Disagreement(label(run), run.get(0).quantity().unit(), figures));
      }
    }
    out.sort(Comparator.comparingInt(Disagreement::outlets).reversed()
        .thenComparing(d -> -d.figures().size())
        .thenComparing(d -> d.counts() == null ? "" : d.counts()));
    return out.size() > limit ? List.copyOf(out.subList(0, Math.max(0, limit))) : out;
  }

  /** Splits values sorted ascending where one is more than {@link #SPREAD} times the one before. */
  private static List<List<Report>> runs(List<Report> sorted) {
    List<List<Report>> runs = new ArrayList<>();
    List<Report> run = new ArrayList<>();
    double previous = Double.NaN;
    for (Report r : sorted) {
      double v = r.quantity().value();
      if (!run.isEmpty() && (previous <= 0 ? v > 0 : v / previous > SPREAD)) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(r);
      previous = v;
    }
    if (!run.isEmpty()) runs.add(run);
    return runs;
  }

  /** Groups values sorted ascending into figures, one report per outlet each. */
  private static List<Figure> figures(List<Report> run) {
    List<Figure> figures = new ArrayList<>();
    List<Report> current = new ArrayList<>();
    Set<String> outlets = new LinkedHashSet<>();
    double base = Double.NaN;
    for (Report r : run) {
      double v = r.quantity().value();
      if (!current.isEmpty() && Math.abs(v - base) > SAME * Math.max(Math.abs(v), Math.abs(base))) {
        figures.add(new Figure(base, current));
        current = new ArrayList<>();
        outlets.clear();
      }
      if (current.isEmpty()) base = v;
      if (outlets.add(r.outlet())) current.add(r);
    }
    if (!current.isEmpty()) figures.add(new Figure(base, current));
    return figures;
  }

  /**
   * True when two figures each have an outlet the other lacks, and those outlets' reports cannot both be right: "more
   * than 100" and "108" agree; "at least 6,000" and "5,000" do not.
   */
  private static boolean disagree(List<Figure> figures) {
    for (int i = 0; i < figures.size(); i++) {
      Set<String> a = figures.get(i).outlets();
      for (int j = i + 1; j < figures.size(); j++) {
        Set<String> b = figures.get(j).outlets();
        if (b.containsAll(a) || a.containsAll(b)) continue;
        for (Report x : figures.get(i).reports()) {
          if (b.contains(x.outlet())) continue;
          for (Report y : figures.get(j).reports()) {
            if (!a.contains(y.outlet()) && !compatible(x.quantity(), y.quantity())) return true;
          }
        }
      }
    }
    return false;
  }

  /** True when the ranges two hedged numbers allow overlap. */
  static boolean compatible(Quantity x, Quantity y) {
    double[] a = range(x);
    double[] b = range(y);
    double slack = SAME * Math.max(Math.abs(x.value()), Math.abs(y.value()));
    return a[0] <= b[1] + slack && b[0] <= a[1] + slack;
  }

  /** The values a number allows: "at least 6,000" any from 6,000 up, "about 100" 90 to 110, "5 to 7" 5 to 7. */
  private static double[] range(Quantity n) {
    double low = n.value();
    double high = n.upper() == null ? n.value() : n.upper();
    return switch (n.qualifier() == null ? Qualifier.NONE : n.qualifier()) {
      case AT_LEAST, MORE_THAN -> new double[] {low, Double.POSITIVE_INFINITY};
      case UP_TO, LESS_THAN -> new double[] {Double.NEGATIVE_INFINITY, high};
      case ABOUT, ESTIMATED -> new double[] {low - ABOUT * Math.abs(low), high + ABOUT * Math.abs(high)};
      case NONE, EXACTLY -> new double[] {low, high};
    };
  }

  private static String label(List<Report> run) {
    String best = null;
    for (Report r : run) {
      String c = r.quantity().counts();
      if (c == null || c.isBlank()) continue;
      c = c.strip();
      if (best == null || c.length() < best.length()) best = c;
    }
    return best;
  }
}
