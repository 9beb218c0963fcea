package org.lede.spark.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The corpus tables of a run, from the {@link CorpusInput} lines its record pass wrote: entities linked across the
 * articles ({@link EntityLinking}), quotes keyed across them ({@link QuoteKeying}) and near-duplicates
 * ({@link CopyLinking}) and stories ({@link StoryLinking}), written as {@code OUT/corpus/TABLE/part-*.jsonl.gz} and {@code OUT/corpus-parquet/TABLE/},
 * one table each of {@value #ENTITY}, {@value #ENTITY_KEY}, {@value #MENTION}, {@value #CORPUS_QUOTE},
 * {@value #QUOTE_CARRIER}, {@value #QUOTE_KEY}, {@value #COPY}, {@value #STORY} and {@value #STORY_ARTICLE}, shaped as the store's tables of the same names ({@value #COPY} as its
 * {@code copy_signature}; times in epoch milliseconds, as there).
 *
 * <p>An article id met twice (the same page in two inputs, or a later version of it) counts once, as its last copy.
 */
public final class CorpusStage {
  public static final String ENTITY = "entity";
  public static final String MENTION = "mention";
  public static final String CORPUS_QUOTE = "corpus_quote";
  public static final String QUOTE_CARRIER = "quote_carrier";
  public static final String QUOTE_KEY = "corpus_quote_key";
  public static final String COPY = "copy";
  public static final String ENTITY_KEY = "entity_key";
  public static final String STORY = "story";
  public static final String STORY_ARTICLE = "story_article";

  /**
   * What the stage made.
   *
   * @param articles     articles linked (after duplicates)
   * @param entities     live corpus entities
   * @param mentions     article entities linked
   * @param quotes       corpus quotes
   * @param carriers     article quotes carrying them
   * @param entityGroups independent groups the entities were linked in
   * @param signed       articles whose text is long enough to judge as a copy
   * @param copies       signed articles that copy an earlier one
   * @param stories      stories
   * @param seconds      wall time of the stage
   */
  public record Summary(long articles, long entities, long mentions, long quotes, long carriers, long entityGroups,
      long signed, long copies, long stories, double seconds) {}

  private CorpusStage() {}

  /**
   * Reads the corpus inputs under {@code inputs} and writes the corpus tables under {@code out}.
   *
   * @param ingestedAt when the run ingests, in epoch milliseconds: an undated article's time, as its first ingest
   *                   time is in the store
   */
  public static Summary run(SparkSession spark, String inputs, Path out, FileSystem fs, long ingestedAt) {
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Set<Integer> persistedBefore = new HashSet<>(jsc.getPersistentRDDs().keySet());
    int partitions = Math.max(1, jsc.defaultParallelism() * 2);
    JavaRDD<String> lines = exists(fs, new Path(inputs)) ? jsc.textFile(inputs) : jsc.emptyRDD();
    JavaRDD<CorpusInput> articles = lines.map(CorpusInput::fromLine)
        .keyBy(CorpusInput::article).reduceByKey((a, b) -> a.before(b) ? b : a).values()
        .persist(StorageLevel.MEMORY_AND_DISK());
    EntityLinking.Linked linked = EntityLinking.run(articles, partitions);
    QuoteKeying.Keyed keyed = QuoteKeying.run(articles, linked.links(), partitions);
    JavaRDD<Row> copies = CopyLinking.run(articles, ingestedAt, partitions).persist(StorageLevel.MEMORY_AND_DISK());

    Path staging = new Path(out, "_corpus_staged");
    write(spark, linked.entities(), EntityLinking.ENTITY, ENTITY, staging, out, fs);
    long mentions = write(spark, linked.mentions(), EntityLinking.MENTION, MENTION, staging, out, fs);
    write(spark, linked.keys(), EntityLinking.KEY, ENTITY_KEY, staging, out, fs);
    long quotes = write(spark, keyed.quotes(), QuoteKeying.CORPUS_QUOTE, CORPUS_QUOTE, staging, out, fs);
    long carriers = write(spark, keyed.carriers(), QuoteKeying.QUOTE_CARRIER, QUOTE_CARRIER, staging, out, fs);
    write(spark, keyed.keys(), QuoteKeying.QUOTE_KEY, QUOTE_KEY, staging, out, fs);
    long signed = write(spark, copies, CopyLinking.COPY, COPY, staging, out, fs);
    long copied = copies.filter(r -> !r.isNullAt(5)).count();
    StoryLinking.Stories stories = StoryLinking.run(articles, linked.mentions(), copies, partitions);
    long storyCount = write(spark, stories.stories(), StoryLinking.STORY, STORY, staging, out, fs);
    write(spark, stories.articles(), StoryLinking.STORY_ARTICLE, STORY_ARTICLE, staging, out, fs);
    delete(fs, staging);
    long count = articles.count();
    // what this stage kept in memory, and only that: the session may run other work
    jsc.getPersistentRDDs().forEach((id, rdd) -> {
      if (!persistedBefore.contains(id)) rdd.unpersist(false);
    });
    return new Summary(count, linked.counts().entities().value(), mentions, quotes, carriers,
        linked.counts().groups().value(), signed, copied, storyCount, (System.nanoTime() - start) / 1e9);
  }

  /** Writes one table as JSON Lines and Parquet; returns its rows. */
  private static long write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String table, Path staging,
      Path out, FileSystem fs) {
    Dataset<Row> frame = spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
    Path json = new Path(staging, table);
    frame.write().option("compression", "gzip").mode(SaveMode.ErrorIfExists).json(json.toString());
    publish(fs, json, new Path(out, "corpus/" + table));
    frame.write().mode(SaveMode.ErrorIfExists).parquet(new Path(out, "corpus-parquet/" + table).toString());
    long n = frame.count();
    frame.unpersist(false);
    return n;
  }

  /** Moves the part files Spark wrote under {@code from} to {@code to} as {@code part-*.jsonl.gz}. */
  private static void publish(FileSystem fs, Path from, Path to) {
    try {
      fs.mkdirs(to);
      for (FileStatus part : fs.listStatus(from)) {
        String name = part.getPath().getName();
        if (!name.startsWith("part-")) continue;
        String renamed = name.replaceFirst("\\.json\\.gz$", ".jsonl.gz");
        if (!fs.rename(part.getPath(), new Path(to, renamed))) {
          throw new IOException("could not move " + part.getPath() + " to " + to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private static boolean exists(FileSystem fs, Path path) {
    try {
      return fs.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("could not look at " + path + ": " + e.getMessage(), e);
    }
  }

  private static void delete(FileSystem fs, Path path) {
    try {
      fs.delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + path + ": " + e.getMessage(), e);
    }
  }

}
