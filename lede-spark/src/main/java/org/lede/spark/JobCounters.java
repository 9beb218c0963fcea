package org.lede.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/** What a run read and made, counted on the executors and summed on the driver. */
record JobCounters(LongAccumulator files, LongAccumulator bytes, LongAccumulator documents,
    LongAccumulator articles, LongAccumulator rejects, LongAccumulator words) implements Serializable {

  static JobCounters register(SparkContext sc) {
    return new JobCounters(sc.longAccumulator("files"), sc.longAccumulator("bytes"), sc.longAccumulator("documents"),
        sc.longAccumulator("articles"), sc.longAccumulator("rejects"), sc.longAccumulator("words"));
  }
}
