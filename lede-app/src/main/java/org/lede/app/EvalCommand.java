package org.lede.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lede.app.bench.PeerBodies;
import org.lede.eval.SharedData;
import org.lede.eval.dates.DatesEval;
import org.lede.eval.entities.ConllEval;
import org.lede.eval.extraction.BodyTexts;
import org.lede.eval.extraction.ReadabilityEval;
import org.lede.eval.extraction.TrafilaturaEval;
import org.lede.eval.extraction.WcebEval;
import org.lede.eval.quotes.PolnearEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede eval}: scores Lede on the labelled development sets. */
@Command(
    name = "eval",
    header = "Score Lede on the labelled development sets.",
    mixinStandardHelpOptions = true,
    description = {
        "Score Lede on labelled development sets and print a table.",
        "",
        "  extraction  trafilatura's evaldata (body F1, pooled as its authors do), Mozilla Readability's test pages",
        "              (title and byline exact-match rates, body word F1), htmldate's set (publication-day F1), and",
        "              the WCEB datasets L3S-GN1, Dragnet, CleanEval (ROUGE-LSum F1 per page, averaged per dataset)",
        "              with Readability4J and boilerpipe scored beside Lede on the same pages",
        "  quotes      PolNeAR dev: direct-quote content and source spans, speech attributions (cue, source, content)",
        "  entities    CoNLL-2003 testa: P/R/F1 per type for the CRF alone and for Lede's entity layer",
        "  stories     the UCI News Aggregator slice (stories-dev/uci-news): BCubed P/R/F1, pairwise P/R/F1 and",
        "              ARI of Lede's story clustering beside a TF-IDF single-pass baseline run in the same command",
        "              (its threshold tuned on the slice); the labels are read only after both have clustered",
        "  all         every suite above",
        "",
        "The sets are not part of Lede: they are looked for in --sets, $LEDE_SHARED_DATA, or shared/data in the",
        "working directory or any directory above it.",
    })
final class EvalCommand implements Callable<Integer> {
  enum Suite { extraction, quotes, entities, stories, all }

  @Parameters(paramLabel = "SUITE", description = "what to score: ${COMPLETION-CANDIDATES}")
  Suite suite;

  @Option(names = "--sets", paramLabel = "DIR", description = "the shared/data directory holding the labelled sets")
  Path sets;

  @Override
  public Integer call() {
    Path root = sets != null ? sets : SharedData.locate().orElse(null);
    if (root == null || !Files.isDirectory(root)) {
      System.err.println("lede eval: no labelled data found; pass --sets DIR (the shared/data directory)");
      return ExitCodes.USAGE;
    }
    return switch (suite) {
      case extraction -> extraction(root.resolve("extraction-dev"));
      case quotes -> quotes(root.resolve("quotes-dev/polnear"));
      case entities -> entities(root.resolve("ner-dev"));
      case stories -> stories(root.resolve("stories-dev/uci-news"));
      case all -> Math.max(extraction(root.resolve("extraction-dev")),
          Math.max(quotes(root.resolve("quotes-dev/polnear")), entities(root.resolve("ner-dev"))));
    };
  }

  private int stories(Path dir) {
    if (!Files.isRegularFile(dir.resolve("headlines.jsonl")) || !Files.isRegularFile(dir.resolve("stories.tsv"))) {
      System.err.println("lede eval: " + dir + " is missing headlines.jsonl or stories.tsv");
      return ExitCodes.USAGE;
    }
    try {
      var r = org.lede.eval.stories.StoriesEval.run(dir, org.lede.story.StoryClusterer.Rules.standard());
      System.out.printf(java.util.Locale.ROOT, "UCI News Aggregator slice: %,d headlines, %d gold stories%n",
          r.headlines(), r.gold());
      System.out.printf(java.util.Locale.ROOT, "%-28s %7s %7s %7s   %7s %7s %7s   %6s %8s%n", "", "B3 P", "B3 R",
          "B3 F1", "pair P", "pair R", "pair F1", "ARI", "clusters");
      row("Lede (standard rules)", r.lede());
      row(String.format(java.util.Locale.ROOT, "TF-IDF baseline (t=%.2f)", r.baselineThreshold()), r.baseline());
      for (var v : r.ablations()) row("Lede, " + v.name(), v.scores());
      System.out.printf(java.util.Locale.ROOT,
          "lead in BCubed F1: %+.3f; Lede clustered the slice in %.2f s (CPU %.2f s)%n",
          r.lede().bcubedF1() - r.baseline().bcubedF1(), r.ledeSeconds(), r.ledeCpuSeconds());
      return ExitCodes.OK;
    } catch (java.io.IOException e) {
      System.err.println("lede eval: " + e.getMessage());
      return ExitCodes.SOME_FAILED;
    }
  }

  private static void row(String name, org.lede.eval.stories.ClusterScores s) {
    System.out.printf(java.util.Locale.ROOT, "%-28s %7.3f %7.3f %7.3f   %7.3f %7.3f %7.3f   %6.3f %8d%n", name,
        s.bcubedP(), s.bcubedR(), s.bcubedF1(), s.pairP(), s.pairR(), s.pairF1(), s.ari(), s.clusters());
  }

  private int quotes(Path polnear) {
    if (!Files.isDirectory(polnear)) {
      System.err.println("lede eval: " + polnear + " is missing");
      return ExitCodes.USAGE;
    }
    System.out.println("== PolNeAR dev (targets: direct content F1 >= 0.90 at overlap 0.5, source F1 >= 0.90;");
    System.out.println("   speech attributions source F1 >= 0.86, content F1 >= 0.72; train, as the check that rules");
    System.out.println("   generalise: java -cp lede.jar org.lede.eval.quotes.PolnearEval .../polnear_train.jsonl)");
    System.out.println(PolnearEval.run(polnear).table());
    return ExitCodes.OK;
  }

  private int entities(Path nerDev) {
    if (!Files.isDirectory(nerDev)) {
      System.err.println("lede eval: " + nerDev + " is missing");
      return ExitCodes.USAGE;
    }
    System.out.println("== CoNLL-2003 eng.testa (target: Lede's layer >= +1.0 F1 over the CRF alone)");
    System.out.println(ConllEval.run(nerDev).table());
    return ExitCodes.OK;
  }

  private int extraction(Path dev) {
    if (!Files.isDirectory(dev)) {
      System.err.println("lede eval: " + dev + " is missing");
      return ExitCodes.USAGE;
    }
    System.out.println("== trafilatura evaldata (body text; target F1 >= 0.92, trafilatura 2.2.0: 0.924)");
    System.out.println(TrafilaturaEval.run(dev).table());
    System.out.println(TrafilaturaEval.titles(dev).table());
    System.out.println("== Mozilla Readability test pages (target: titles >= 95 % exact)");
    System.out.println(ReadabilityEval.run(dev).table());
    System.out.println("== htmldate evaluation set (publication day; target F1 >= 0.96 with precision >= 0.95,"
        + " htmldate: 0.949)");
    System.out.println(DatesEval.run(dev).table());
    if (Files.isDirectory(dev.resolve("wceb"))) {
      System.out.println("== WCEB datasets (main text, ROUGE-LSum per page averaged, the benchmark's measure;"
          + " peers run here on the same pages)");
      System.out.println(WcebEval.run(dev, List.of(
          WcebEval.contender("Lede", BodyTexts.ledeBody()),
          WcebEval.contender("Readability4J 1.0.8", PeerBodies.readability4j()),
          WcebEval.contender("boilerpipe 1.1.0", PeerBodies.boilerpipe()))).table());
    }
    return ExitCodes.OK;
  }
}
