package org.lede.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.lede.eval.quotes.Score;

/**
 * Renders the quote bench: each figure for Lede and CoreNLP, and Lede's lead as a ratio (above 1 means Lede is
 * ahead: higher for scores and speed, lower for time and heap).
 */
final class QuoteBenchTable {
  private QuoteBenchTable() {}

  /** One row: how to read it from a contender's figures, and whether a higher value is better. */
  private record Row(String name, ToDoubleFunction<QuoteBench.Figures> value, boolean higherIsBetter, String format) {}

  static String render(List<QuoteBench.Figures> figures) {
    List<Row> rows = new ArrayList<>();
    for (Score s : figures.get(0).polnear().scores()) {
      String measure = s.name();
      rows.add(new Row("PolNeAR " + measure + " F1", f -> f.polnear().score(measure).f1(), true, "%.3f"));
    }
    if (figures.get(0).seed() != null) {
      rows.add(new Row("seed direct quotes with speaker", f -> f.seed().direct(), true, "%.0f"));
      rows.add(new Row("seed partial quotes with speaker", f -> f.seed().partial(), true, "%.0f"));
      rows.add(new Row("seed indirect speech with speaker", f -> f.seed().indirect(), true, "%.0f"));
      rows.add(new Row("seed nicknames taken for quotes", f -> f.seed().nicknames(), false, "%.0f"));
    }
    rows.add(new Row("tokens/s (one thread)", QuoteBench.Figures::tokensPerSecond, true, "%,.0f"));
    rows.add(new Row("ms per article", QuoteBench.Figures::msPerArticle, false, "%.2f"));
    rows.add(new Row("load ms (models, once)", f -> f.loadNanos() / 1e6, false, "%,.0f"));
    rows.add(new Row("peak heap MB (own JVM, " + QuoteBench.HEAP + ")", QuoteBench.Figures::peakHeapMb, false, "%,.0f"));

    QuoteBench.Figures lede = figures.get(0);
    QuoteBench.Figures peer = figures.size() > 1 ? figures.get(1) : null;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Quotes on %d articles (PolNeAR dev%s), %,d tokens, same scorer for both%n",
        lede.articles(), lede.seed() == null ? "" : " + seed", lede.tokens()));
    b.append(String.format(Locale.ROOT, "%-68s %12s %12s %10s%n", "figure", "Lede", peer == null ? "" : "CoreNLP",
        peer == null ? "" : "Lede lead"));
    int behind = 0;
    for (Row r : rows) {
      double l = r.value().applyAsDouble(lede);
      String ls = String.format(Locale.ROOT, r.format(), l);
      if (peer == null) {
        b.append(String.format(Locale.ROOT, "%-68s %12s%n", r.name(), ls));
        continue;
      }
      double c = r.value().applyAsDouble(peer);
      double ratio = r.higherIsBetter() ? l / c : c / l;
      boolean ahead = r.higherIsBetter() ? l > c : l < c || l == 0 && c == 0;
      if (!ahead) behind++;
      String rs = Double.isNaN(ratio) ? "tie"
          : Double.isInfinite(ratio) ? (r.higherIsBetter() ? "peer 0" : "Lede 0")
          : String.format(Locale.ROOT, "x%.2f", ratio);
      b.append(String.format(Locale.ROOT, "%-68s %12s %12s %10s%s%n", r.name(), ls,
          String.format(Locale.ROOT, r.format(), c), rs, ahead ? "" : "  <- Lede not ahead"));
    }
    if (peer != null) {
      b.append(behind == 0 ? "Lede is ahead on every figure.\n" : "Lede is behind or level on " + behind + " figure(s).\n");
    }
    return b.toString();
  }
}
