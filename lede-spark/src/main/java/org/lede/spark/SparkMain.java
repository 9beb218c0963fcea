package org.lede.spark;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lede spark}: the batch pipeline on Spark, embedded ({@code --master 'local[*]'}) or submitted to a cluster
 * ({@code spark-submit --class org.lede.spark.SparkMain lede-spark.jar ...}, where the master comes from
 * spark-submit).
 */
@Command(
    name = "lede spark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Run Lede's extraction and annotation over news archives as a Spark job.",
        "",
        "Reads WARC/WARC.gz (CC-NEWS), JSON Lines, CSV, HTML files and text dumps from paths, directories or globs on",
        "any file system Hadoop reads, and writes OUT/articles/part-*.jsonl.gz (the JSON Lines contract),",
        "OUT/parquet/ (the same articles as Parquet) and OUT/rejects/part-*.jsonl.gz (each record that gave no",
        "article, with its reason). A bad record never fails the job. With annotations it also writes the corpus",
        "tables, linked as lede ingest links them: OUT/corpus/{entity,mention,corpus_quote,quote_carrier,",
        "corpus_quote_key,copy}/part-*.jsonl.gz and OUT/corpus-parquet/ (lede load loads them into PostgreSQL).",
        "",
        "Example:  ./lede spark --master 'local[*]' --input 'crawl/*.warc.gz' --output out",
    })
public final class SparkMain implements Callable<Integer> {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[N], local[*], spark://host:7077; omit under spark-submit")
  String master;

  @Option(names = "--input", paramLabel = "PATH", required = true,
      description = "a file, directory or glob to read; repeat for more")
  List<String> inputs;

  @Option(names = "--output", paramLabel = "OUT", required = true,
      description = "the directory to write; must not exist yet or be empty")
  String output;

  @Option(names = "--no-annotations", description = "articles only: skip quotes, entities, quantities and dates")
  boolean noAnnotations;

  @Option(names = "--no-corpus",
      description = "skip the corpus tables (entities linked across articles, corpus quotes, copies) in OUT/corpus")
  boolean noCorpus;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "resolve relative times against this ISO-8601 instant instead of each input's time")
  Instant asOf;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "32",
      description = "reject documents larger than this many megabytes (default: ${DEFAULT-VALUE})")
  int maxSizeMb;

  @Option(names = "--split-mb", paramLabel = "MB", defaultValue = "128",
      description = "read a local WARC larger than this as parts of this size, one task each (default: ${DEFAULT-VALUE})")
  int splitMb;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkMain()).execute(args));
  }

  @Override
  public Integer call() throws java.io.IOException {
    JobOptions options = new JobOptions(inputs, output, !noAnnotations, asOf, maxSizeMb * 1024L * 1024L,
        splitMb * 1024L * 1024L).withCorpus(!noAnnotations && !noCorpus);
    SparkSession.Builder builder = SparkSession.builder().appName("lede");
    if (master != null) {
      builder.master(master);
      if (master.startsWith("local")) {
        // an embedded run stays on this machine: no UI port, the driver on loopback
        builder.config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1");
      }
    }
    try (SparkSession spark = builder.getOrCreate()) {
      spark.sparkContext().setLogLevel("WARN");
      LedeJob.Summary s;
      try {
        s = LedeJob.run(spark, options);
      } catch (IllegalArgumentException e) {
        System.err.println("lede spark: " + e.getMessage());
        return 2;
      }
      int cores = spark.sparkContext().defaultParallelism();
      System.out.println(String.format(Locale.ROOT,
          "lede spark: %,d files (%.1f MB), %,d records -> %,d articles, %,d rejects in %.1f s;"
              + " %.1f articles/s, %,.0f words/s (%d cores: %.1f articles/s a core)",
          s.files(), s.bytes() / 1048576.0, s.documents(), s.articles(), s.rejects(), s.seconds(),
          s.articles() / s.seconds(), s.words() / s.seconds(), cores, s.articles() / s.seconds() / cores));
      if (s.corpus() != null) {
        System.out.println(String.format(Locale.ROOT,
            "  corpus: %,d entities from %,d article entities (%,d groups), %,d corpus quotes from %,d quotes,"
                + " %,d copies among %,d signed articles, %,d stories in %.1f s",
            s.corpus().entities(), s.corpus().mentions(), s.corpus().entityGroups(), s.corpus().quotes(),
            s.corpus().carriers(), s.corpus().copies(), s.corpus().signed(), s.corpus().stories(),
            s.corpus().seconds()));
      }
      System.out.println("  articles: " + output + "/articles   parquet: " + output + "/parquet   rejects: "
          + output + "/rejects" + (s.corpus() != null ? "   corpus: " + output + "/corpus" : ""));
      return 0;
    }
  }
}
