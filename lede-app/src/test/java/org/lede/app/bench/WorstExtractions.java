package org.lede.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.lede.eval.SharedData;
import org.lede.eval.extraction.BodyTexts;
import org.lede.eval.extraction.TrafilaturaEval;
import org.lede.eval.extraction.WcebEval;
import org.lede.source.FileInputs;

/**
 * A development tool, not a test: lists the pages where Lede's body extraction loses most, so errors can be read and
 * sorted into kinds before a rule is changed. Run from the repository root after {@code test-compile}:
 *
 * <pre>
 * java -cp lede-app/target/lede.jar:lede-app/target/test-classes org.lede.app.bench.WorstExtractions wceb 25
 * java -cp ... org.lede.app.bench.WorstExtractions trafilatura 40
 * java -cp ... org.lede.app.bench.WorstExtractions page wceb/dragnet/html/R123.html.gz OUT_DIR
 * </pre>
 */
final class WorstExtractions {
  private WorstExtractions() {}

  public static void main(String[] args) throws Exception {
    Path dev = SharedData.locate("extraction-dev").orElseThrow(() -> new IllegalStateException("no shared/data"));
    int n = args.length > 1 && args[1].matches("\\d+") ? Integer.parseInt(args[1]) : 25;
    switch (args.length == 0 ? "" : args[0]) {
      case "wceb" -> wceb(dev, n);
      case "trafilatura" -> trafilatura(dev, n);
      case "page" -> page(dev.resolve(args[1]), Path.of(args[2]));
      default -> System.err.println("usage: WorstExtractions wceb|trafilatura [N] | page FILE OUT_DIR");
    }
  }

  /** Per dataset: the pages where the best peer beats Lede by most, with each contender's P/R/F1. */
  private static void wceb(Path dev, int n) {
    WcebEval.Result r = WcebEval.run(dev, List.of(
        WcebEval.contender("lede", BodyTexts.ledeBody()),
        WcebEval.contender("r4j", PeerBodies.readability4j()),
        WcebEval.contender("bp", PeerBodies.boilerpipe())));
    System.out.println(r.table());
    Map<String, Map<String, WcebEval.PageScore>> byPage = r.pages().stream().collect(Collectors.groupingBy(
        p -> p.dataset() + "/" + p.id(), Collectors.toMap(WcebEval.PageScore::contender, p -> p)));
    for (String dataset : r.datasets()) {
      System.out.println("== " + dataset + ": lede F1 (P R) | r4j | bp | loss to the best peer");
      byPage.entrySet().stream()
          .filter(e -> e.getKey().startsWith(dataset + "/"))
          .sorted(Comparator.comparingDouble(e -> -loss(e.getValue())))
          .limit(n)
          .forEach(e -> {
            Map<String, WcebEval.PageScore> s = e.getValue();
            System.out.printf(Locale.ROOT, "%-50s %s | %s | %s | %.3f%n", e.getKey(), fmt(s.get("lede")),
                fmt(s.get("r4j")), fmt(s.get("bp")), loss(s));
          });
    }
  }

  private static double loss(Map<String, WcebEval.PageScore> s) {
    return Math.max(s.get("r4j").f1(), s.get("bp").f1()) - s.get("lede").f1();
  }

  private static String fmt(WcebEval.PageScore s) {
    return String.format(Locale.ROOT, "%.2f (%.2f %.2f)", s.f1(), s.precision(), s.recall());
  }

  /** The pages with most errors, with the segments missed and the unwanted ones kept. */
  private static void trafilatura(Path dev, int n) {
    TrafilaturaEval.Result r = TrafilaturaEval.run(dev);
    System.out.println(r.table());
    for (TrafilaturaEval.PageScore p : r.worst(n)) {
      System.out.printf(Locale.ROOT, "== %s tp %d fp %d fn %d%n", p.file(), p.tp(), p.fp(), p.fn());
      for (String m : p.missed()) System.out.println("  MISSED   " + clip(m));
      for (String u : p.unwanted()) System.out.println("  UNWANTED " + clip(u));
    }
  }

  /** Writes Lede's and the peers' text of one page beside each other in {@code out}. */
  private static void page(Path file, Path out) throws IOException, org.lede.source.InputException {
    var doc = FileInputs.standard().read(file);
    Files.createDirectories(out);
    Files.writeString(out.resolve("lede.txt"), String.valueOf(BodyTexts.ledeBody().apply(doc)));
    Files.writeString(out.resolve("r4j.txt"), String.valueOf(PeerBodies.readability4j().apply(doc)));
    Files.writeString(out.resolve("bp.txt"), String.valueOf(PeerBodies.boilerpipe().apply(doc)));
  }

  private static String clip(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }
}
