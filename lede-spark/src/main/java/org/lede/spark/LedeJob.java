package org.lede.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.lede.spark.corpus.CorpusStage;

/**
 * The batch job: lists the inputs on the driver, reads, extracts and annotates them on the executors
 * ({@link PartitionWork}), and writes
 * <ul>
 *   <li>{@code OUT/articles/part-*.jsonl.gz}: every article, one line of the JSON Lines contract each;</li>
 *   <li>{@code OUT/rejects/part-*.jsonl.gz}: every record that gave no article, {@code {"input", "reason"}};</li>
 *   <li>{@code OUT/parquet/}: the articles again as Parquet ({@link ArticleSchema});</li>
 *   <li>{@code OUT/corpus/TABLE/part-*.jsonl.gz} and {@code OUT/corpus-parquet/TABLE/}: the corpus tables, when
 *   annotations are on ({@link CorpusStage}), from what the record pass staged of each article's entities and quotes.</li>
 * </ul>
 * Records are read once: articles and rejects leave in one pass, split by kind; the Parquet files are made from the
 * written articles. A bad record never fails a task; a run that fails leaves no {@code _SUCCESS} in {@code OUT}.
 */
final class LedeJob {
  private static final StructType STAGED = StructType.fromDDL("kind STRING, line STRING");

  /**
   * What a run did.
   *
   * @param corpus  what the corpus stage made, or null when it did not run
   * @param seconds wall time of the whole run
   */
  record Summary(long files, long bytes, long documents, long articles, long rejects, long words,
      CorpusStage.Summary corpus, double seconds) {}

  private LedeJob() {}

  static Summary run(SparkSession spark, JobOptions options) {
    long start = System.nanoTime();
    long ingestedAt = System.currentTimeMillis();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(options.output());
    FileSystem fs = fileSystem(out, hadoop);
    refuseUsed(fs, out);
    List<InputFile> listed = InputListing.list(options.inputs(), hadoop, options.splitBytes());
    List<InputFile> files = new java.util.ArrayList<>(listed.size());
    for (InputFile f : listed) files.add(f.placed(files.size()));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JobCounters counters = JobCounters.register(spark.sparkContext());
    SerializableConfiguration conf = new SerializableConfiguration(hadoop);
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));

    JavaRDD<Row> outcomes = jsc.parallelize(files, slices).mapPartitions(part -> rows(options, conf, counters, part));
    Path staged = new Path(out, "_staged");
    spark.createDataFrame(outcomes, STAGED).write().partitionBy("kind").option("compression", "gzip")
        .mode(SaveMode.ErrorIfExists).text(staged.toString());
    Path articles = new Path(out, Outcome.ARTICLE);
    publish(fs, new Path(staged, "kind=" + Outcome.ARTICLE), articles);
    publish(fs, new Path(staged, "kind=" + Outcome.REJECT), new Path(out, Outcome.REJECT));
    CorpusStage.Summary corpus = options.corpus()
        ? CorpusStage.run(spark, new Path(staged, "kind=" + Outcome.CORPUS).toString(), out, fs, ingestedAt)
        : null;
    delete(fs, staged);

    Dataset<Row> parquet = counters.articles().value() == 0
        ? spark.createDataFrame(List.<Row>of(), ArticleSchema.struct())
        : spark.read().schema(ArticleSchema.struct()).json(articles.toString());
    parquet.write().mode(SaveMode.ErrorIfExists).parquet(new Path(out, "parquet").toString());
    touch(fs, new Path(out, "_SUCCESS"));
    return new Summary(counters.files().value(), counters.bytes().value(), counters.documents().value(),
        counters.articles().value(), counters.rejects().value(), counters.words().value(), corpus,
        (System.nanoTime() - start) / 1e9);
  }

  private static Iterator<Row> rows(JobOptions options, SerializableConfiguration conf, JobCounters counters,
      Iterator<InputFile> files) {
    PartitionWork work = new PartitionWork(options, conf.value(), counters, files);
    TaskContext task = TaskContext.get();
    if (task != null) task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> work.close());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return work.hasNext();
      }

      @Override
      public Row next() {
        Outcome o = work.next();
        return RowFactory.create(o.kind(), o.line());
      }
    };
  }

  /** Refuses an output that holds anything: a second run must not mix its files with a first run's. */
  private static void refuseUsed(FileSystem fs, Path out) {
    try {
      if (fs.exists(out) && (!fs.getFileStatus(out).isDirectory() || fs.listStatus(out).length > 0)) {
        throw new IllegalArgumentException(out + " already exists and is not an empty directory;"
            + " give a new output directory");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not look at " + out + ": " + e.getMessage(), e);
    }
  }

  /** Moves a kind's staged part files to {@code to}, renamed {@code part-*.jsonl.gz}; creates it empty if none. */
  private static void publish(FileSystem fs, Path from, Path to) {
    try {
      fs.mkdirs(to);
      if (!fs.exists(from)) return;
      for (FileStatus part : fs.listStatus(from)) {
        String name = part.getPath().getName();
        if (!name.startsWith("part-")) continue;
        String renamed = name.replaceFirst("\\.txt\\.gz$", ".jsonl.gz");
        if (!fs.rename(part.getPath(), new Path(to, renamed))) {
          throw new IOException("could not move " + part.getPath() + " to " + to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private static void delete(FileSystem fs, Path path) {
    try {
      fs.delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + path + ": " + e.getMessage(), e);
    }
  }

  private static void touch(FileSystem fs, Path path) {
    try {
      fs.create(path, true).close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + path + ": " + e.getMessage(), e);
    }
  }

  private static FileSystem fileSystem(Path path, Configuration conf) {
    try {
      return path.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("no file system for " + path + ": " + e.getMessage(), e);
    }
  }
}
