package org.lede.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import org.lede.app.bench.Benchmarks;
import org.lede.app.bench.QuoteBench;
import org.lede.eval.quotes.SeedEval;
import org.lede.eval.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede bench}: Lede's speed and memory, each figure beside a floor or a peer measured in the same run. */
@Command(
    name = "bench",
    header = "Speed and memory beside jsoup, Readability4J and boilerpipe, in one run.",
    mixinStandardHelpOptions = true,
    description = {
        "Measure Lede's speed and memory in this process, each figure beside a reference measured in the same run.",
        "",
        "  extraction  pages/s of Lede's extraction beside plain jsoup parsing of the same pages (the floor) and the",
        "              Java peers Readability4J and boilerpipe, plus the peers' quality on the development sets",
        "  ingest      extract + store (SQLite) + index (Lucene) into a fresh data directory: pages/s, MB/s, peak heap,",
        "              wall and CPU time per page (--annotate: with quotes, entities, numbers and dates too)",
        "  annotate    quotes, entities, numbers and dates on the extracted bodies: tokens/s, and each as a share",
        "              of extraction time",
        "  search      the store and index alone on synthetic articles (--articles, default 100,000): ingest rate,",
        "              median and p99 search latency, index and store size, peak heap",
        "  web         the web server on loopback over a store of --articles synthetic articles (built once in",
        "              --store DIR and kept): article page, search page and API search, each at --rate req/s for",
        "              --seconds, open loop; achieved rate, p50/p90/p99/max latency, errors",
        "  corpus      first on the real seed and dates pages of --sets (each step a new process): `lede ingest`",
        "              with and without annotations (best of min(--rounds, 3) each) and their ratio, then a new",
        "              `lede serve`'s first article and entity page and entity page latency at --rate; then (unless",
        "              --articles 0) the corpus layer as one store grows with made-up news and its annotations to --articles (Zipf",
        "              people, a third by surname alone, shared surnames, wire copies carrying the same quotes), kept",
        "              in --store DIR (empty, or a store an earlier run grew towards the same --articles, which this run",
        "              continues where it stopped: corpus-bench.json there logs the blocks): at 10,000, 100,000, 1,000,000 and --articles, the",
        "              cost per article of the last 10,000 beside the first, bytes per article, a new `lede serve`",
        "              process's time to its first article and entity page, entity page and corpus-quote API latency",
        "              at --rate req/s for --seconds, and `lede entities --top 100` as a whole process",
        "  explore     the analyst's view over --articles synthetic articles (indexed once in --store DIR and kept;",
        "              the index alone, which is all it reads; a web bench store serves too): a five-query attention chart of one year by day and the \"what was",
        "              said\" panel for a query over that year, --rounds times each with other words; p50/p90/max",
        "  quotes      Lede's quotes beside Stanford CoreNLP's QuoteAnnotator with attribution on PolNeAR dev and the",
        "              seed: the same scorer for both, tokens/s, ms per article, peak heap, and Lede's lead as ratios.",
        "              CoreNLP needs its models jar (--corenlp-models); without it only Lede's column is printed",
        "  copies      near-duplicate finding alone: synthetic articles (one in ten a trimmed copy with other",
        "              furniture) through the copy tables; wall and CPU time per article at 10,000, 100,000,",
        "              200,000, 500,000 and --articles stored (give --articles 1000000 for a million), CPU time",
        "              per article of all stored on the way there (band tier merges included), copies found,",
        "              store size",
        "  stories     story clustering alone: a made-up stream in time order (one article a minute; three in ten",
        "              start an event, the rest follow one of the 300 latest) through the story tables, to --articles",
        "              (give --articles 1000000 for a million); the mean, p99 and CPU µs an article of each block of",
        "              10,000 at 10,000, 20,000, 50,000, 100,000, ... and the last, so a rising cost shows",
        "  load        a new `lede serve` process on --store DIR (grown with --articles made-up articles and their",
        "              annotations when it holds none; the corpus bench's store serves too), read at --rate req/s for",
        "              --seconds by a mix of article, search, entity and story pages, the API, feeds and the home page,",
        "              while a writer sends it --writes articles/s through POST /api/v1/articles: latency per kind and in",
        "              all, errors, what the writer stored, and the server's heap after GC, open files and threads",
        "              before and after (e.g. --articles 100000 --seconds 600 for ten minutes)",
        "  all         extraction, ingest and annotate (search, web and quotes are long: ask for them by name)",
        "",
        "Pages come from the trafilatura development set when it is found (see `lede eval --help`), else from the",
        "bundled samples. Run it on an idle machine; for one core: taskset -c 0 lede bench.",
    })
final class BenchCommand implements Callable<Integer> {
  enum Suite { extraction, ingest, annotate, search, web, corpus, explore, quotes, copies, stories, load, all }

  @Parameters(paramLabel = "SUITE", defaultValue = "all", description = "${COMPLETION-CANDIDATES} (default: all)")
  Suite suite;

  @Option(names = "--pages", defaultValue = "500", description = "how many pages to run over (default: ${DEFAULT-VALUE})")
  int pages;

  @Option(names = "--rounds", defaultValue = "7", description = "timed passes per contender (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--articles", defaultValue = "100000",
      description = "synthetic articles for the search, web and corpus benches (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--queries", defaultValue = "300", description = "timed searches in the search bench (default: ${DEFAULT-VALUE})")
  int queries;

  @Option(names = "--store", paramLabel = "DIR",
      description = "the web bench's store, built when absent (default: lede-bench-web); the corpus bench's, which it"
          + " grows and keeps (default: lede-bench-corpus)")
  Path store;

  @Option(names = "--rate", defaultValue = "200", description = "web bench requests per second (default: ${DEFAULT-VALUE})")
  int rate;

  @Option(names = "--seconds", defaultValue = "30", description = "web bench seconds per page (default: ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--writes", defaultValue = "2",
      description = "load bench: articles per second the writer sends the server meanwhile, 0 for none (default: ${DEFAULT-VALUE})")
  double writes;

  @Option(names = "--corenlp-models", paramLabel = "JAR",
      description = "CoreNLP 4.5.10 models jar for the quotes bench (default: the local Maven repository's copy)")
  Path corenlpModels = QuoteBench.DEFAULT_MODELS;

  @Option(names = "--annotate",
      description = "ingest: also find quotes, entities, numbers and dates and store them, as `lede ingest` does")
  boolean annotate;

  @Option(names = "--sets", paramLabel = "DIR", description = "the shared/data directory holding the labelled sets")
  Path sets;

  /** The corpus bench: on the real seed and dates pages when the shared data is there, then on made-up news. */
  private void corpus(Path root) throws Exception {
    Path corpusStore = store != null ? store : Path.of("lede-bench-corpus");
    List<Path> real = new java.util.ArrayList<>();
    if (root != null && Files.isDirectory(root.resolve("seed"))) {
      // the seed's dumps, not its gold file (which is not an article)
      try (var seed = Files.list(root.resolve("seed"))) {
        seed.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(real::add);
      }
    }
    if (root != null && Files.isDirectory(root.resolve("extraction-dev/dates/pages"))) {
      real.add(root.resolve("extraction-dev/dates/pages"));
    }
    if (real.isEmpty()) {
      System.out.println("Corpus layer on real pages: skipped (no shared data with seed/ and extraction-dev/dates/pages; use --sets)");
    } else {
      Path work = Files.createTempDirectory("lede-bench-real");
      new org.lede.app.bench.RealPagesBench(System.out).run(real, work, Math.min(rounds, 3), rate, seconds);
      System.out.println("  (stores kept in " + work + ")");
    }
    if (articles > 0) new org.lede.app.bench.CorpusBench(System.out).run(corpusStore, articles, rate, seconds);
  }

  @Override
  public Integer call() throws Exception {
    Path root = sets != null ? sets : SharedData.locate().orElse(null);
    Path dev = root == null ? null : root.resolve("extraction-dev");
    Benchmarks benchmarks = new Benchmarks(dev, pages, rounds, System.out);
    if (suite == Suite.extraction || suite == Suite.all) benchmarks.extraction();
    if (suite == Suite.ingest || suite == Suite.all) benchmarks.ingest(annotate);
    if (suite == Suite.annotate || suite == Suite.all) benchmarks.annotate();
    if (suite == Suite.search) benchmarks.search(articles, queries);
    if (suite == Suite.web) new org.lede.app.bench.WebBench(System.out).run(store != null ? store : Path.of("lede-bench-web"), articles, rate, seconds);
    if (suite == Suite.corpus) corpus(root);
    if (suite == Suite.explore) new org.lede.app.bench.ExploreBench(System.out).run(store != null ? store : Path.of("lede-bench-web"), articles, Math.max(rounds, 20));
    if (suite == Suite.quotes) return quotes(root);
    if (suite == Suite.load) {
      new org.lede.app.bench.LoadBench(System.out).run(store != null ? store : Path.of("lede-bench-load"), articles, rate, seconds, writes);
    }
    if (suite == Suite.copies) copies();
    if (suite == Suite.stories) stories();
    return ExitCodes.OK;
  }

  private void stories() throws Exception {
    Path dir = Files.createTempDirectory("lede-bench-stories");
    try {
      var r = org.lede.store.bench.StoryBenchmark.run(dir, articles, System.err);
      System.out.println("stories: clustering cost an article as the store grows (each row the block of 10,000 ending there)");
      System.out.printf("%12s %14s %10s %14s%n", "stored", "µs/article", "p99 µs", "CPU µs/article");
      java.util.Set<Long> shown = new java.util.HashSet<>();
      for (long m = 10_000; m <= articles; m *= 10) shown.addAll(java.util.List.of(m, 2 * m, 5 * m));
      for (int i = 0; i < r.blocks().size(); i++) {
        var b = r.blocks().get(i);
        if (!shown.contains(b.stored()) && i != r.blocks().size() - 1) continue;
        System.out.printf(java.util.Locale.ROOT, "%,12d %14.0f %10.0f %14.0f%n", b.stored(), b.microsPerArticle(),
            b.p99Micros(), b.cpuMicros());
      }
      System.out.printf(java.util.Locale.ROOT, "%,d stories (%,d merged away), store %.0f MB%n", r.stories(),
          r.redirects(), r.storeBytes() / 1e6);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private void copies() throws Exception {
    Path dir = Files.createTempDirectory("lede-bench-copies");
    try {
      long[] checkpoints = java.util.stream.LongStream.of(10_000, 100_000, 200_000, 500_000, articles).filter(n -> n <= articles)
          .distinct().sorted().toArray();
      var points = org.lede.store.bench.CopyBenchmark.run(dir, checkpoints, System.err);
      System.out.println("near-duplicates: cost an article as the store grows");
      System.out.printf("%12s %14s %10s %14s %14s %14s %10s%n", "stored", "µs/article", "p99 µs", "CPU µs/article",
          "CPU on the way", "copies found", "store MB");
      for (var p : points) {
        System.out.printf(java.util.Locale.ROOT, "%,12d %14.0f %10.0f %14.0f %14.0f %8d of %-4d %10.0f%n", p.stored(),
            p.microsPerArticle(), p.p99Micros(), p.cpuMicros(), p.cpuOnTheWayMicros(), p.copiesFound(), p.copiesMade(),
            p.storeBytes() / 1e6);
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private int quotes(Path root) throws Exception {
    Path polnear = root == null ? null : root.resolve("quotes-dev/polnear/polnear_dev.jsonl");
    if (polnear == null || !Files.isRegularFile(polnear)) {
      System.err.println("lede bench quotes: PolNeAR dev not found under shared/data/quotes-dev/polnear (use --sets DIR)");
      return ExitCodes.USAGE;
    }
    Path seed = root.resolve("seed");
    new QuoteBench(polnear, Files.isRegularFile(seed.resolve(SeedEval.SEED + ".txt")) ? seed : null, corenlpModels,
        System.out).run();
    return ExitCodes.OK;
  }
}
