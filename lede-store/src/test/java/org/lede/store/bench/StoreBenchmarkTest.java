package org.lede.store.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBenchmarkTest {
  @TempDir Path dir;

  @Test
  void a_small_run_ingests_everything_and_reports_sane_figures() {
    BenchReport r = StoreBenchmark.run(dir, 300, 40, true, System.out);
    System.out.println(r.describe());
    assertThat(r.articles()).isEqualTo(300);
    assertThat(r.articlesPerSecond()).isPositive();
    assertThat(r.medianSearchMillis()).isPositive().isLessThanOrEqualTo(r.p99SearchMillis());
    assertThat(r.indexBytes()).isPositive();
    assertThat(r.reindexSeconds()).isPositive();
  }

  /** The full run: {@code -Dlede.bench=true [-Dlede.bench.articles=100000] [-Dlede.bench.reindex=false]}; prints the figures. */
  @Test
  void full_benchmark_when_asked_for() {
    assumeTrue(Boolean.getBoolean("lede.bench"), "set -Dlede.bench=true to run the full store benchmark");
    int articles = Integer.getInteger("lede.bench.articles", 100_000);
    boolean reindex = Boolean.parseBoolean(System.getProperty("lede.bench.reindex", "true"));
    BenchReport r = StoreBenchmark.run(dir, articles, 300, reindex, System.out);
    System.out.println(r.describe());
  }
}
