package org.lede.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.lede.source.FileInputs;

/** The job as tests in other packages run it: a local[2] session, and a run with annotations and the corpus stage. */
public final class SparkRuns {
  private SparkRuns() {}

  /** Starts a local[2] session on loopback, without a UI. */
  public static SparkSession local() {
    return SparkSession.builder().appName("lede-test").master("local[2]")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
  }

  /** Runs the whole job, corpus stage included, over {@code inputs} into {@code out}. */
  public static LedeJob.Summary job(SparkSession spark, List<Path> inputs, Path out) {
    return LedeJob.run(spark, new JobOptions(inputs.stream().map(Path::toString).toList(), out.toString(), true,
        null, FileInputs.DEFAULT_MAX_BYTES));
  }
}
