package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.eval.SharedData;
import org.lede.source.FileInputs;

/** The job on the 238 real pages of htmldate's set gives the articles {@code lede extract} gives, field for field. */
class RealPagesJobTest {

  @Test
  void theDatesPagesComeOutAsLedeExtractMakesThem(@TempDir Path tmp) throws IOException {
    Optional<Path> pages = SharedData.locate("extraction-dev/dates/pages");
    assumeTrue(pages.isPresent(), "shared/data/extraction-dev/dates/pages is absent: the real-pages job test is skipped");
    SparkSession spark = SparkSession.builder().appName("lede-test").master("local[2]")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try {
      Path out = tmp.resolve("out");
      // articles alone: annotations run the same code on both sides, and the set is large for a build
      LedeJob.Summary summary = LedeJob.run(spark, new JobOptions(List.of(pages.get().toString()), out.toString(),
          false, null, FileInputs.DEFAULT_MAX_BYTES));

      Map<String, String> expected = LedeJobTest.inProcess(pages.get(), false);
      assertThat(expected).hasSizeGreaterThan(200);
      assertThat(LedeJobTest.byId(LedeJobTest.lines(out.resolve("articles")))).isEqualTo(expected);
      assertThat(summary.articles()).isEqualTo(expected.size());
    } finally {
      spark.stop();
    }
  }
}
