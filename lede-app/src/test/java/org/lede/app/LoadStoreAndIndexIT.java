package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.opensearch.OpenSearchCluster;
import org.lede.opensearch.TestCluster;
import org.lede.postgres.PostgresServer;
import org.lede.postgres.SparkOutput;

/**
 * {@code lede load OUT --store postgres://… --index opensearch://…} as a user runs it, against a real PostgreSQL and a
 * real 2-node OpenSearch cluster: both filled from one Spark-shaped output, a re-run skipping every part in both, and
 * the loaded articles read back through {@code lede export --store} and {@code lede search --index}.
 */
class LoadStoreAndIndexIT {
  private static PostgresServer pg;
  private static OpenSearchCluster cluster;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() throws Exception {
    pg = PostgresServer.start();
    cluster = TestCluster.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) cluster.close();
    if (pg != null) pg.close();
  }

  @Test
  void one_load_fills_the_store_and_the_index_and_a_second_skips_every_part_in_both() throws Exception {
    List<String> lines = SparkOutput.articleLines(24);
    Path out = tmp.resolve("out");
    SparkOutput.write(out, lines, 4);
    String store = pg.createDatabase("both");
    String index = cluster.index("news").toString();

    Cli.Run first = Cli.run("load", out.toString(), "--store", store, "--index", index);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).as("the store's summary, then the index's")
        .contains("4 parts loaded (0 loaded before, skipped; 0 failed), 24 articles")
        .contains(index + ": 4 parts loaded (0 loaded before, skipped), 24 articles, 0 lines refused, 24 articles in the index");

    Cli.Run again = Cli.run("load", out.toString(), "--store", store, "--index", index);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("0 parts loaded (4 loaded before, skipped; 0 failed)")
        .contains("0 parts loaded (4 loaded before, skipped), 0 articles, 0 lines refused, 24 articles in the index");

    Path back = tmp.resolve("back.jsonl");
    Cli.Run export = Cli.run("export", "--store", store, "-o", back.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(Files.readAllLines(back)).hasSize(24);

    Cli.Run search = Cli.run("search", "--index", index, "--json", "--limit", "50", "council");
    assertThat(search.exit()).as(search.err()).isZero();
    assertThat(search.out()).as("every loaded article matches").contains("\"totalHits\":24");
  }

  @Test
  void a_load_to_an_index_no_cluster_answers_at_is_one_line_naming_it() throws Exception {
    Path out = tmp.resolve("small");
    SparkOutput.write(out, SparkOutput.articleLines(2), 1);
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Cli.Run run = Cli.run("load", out.toString(), "--index", "opensearch://127.0.0.1:" + closed + "/news");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("127.0.0.1:" + closed).doesNotContain("Exception");
  }
}
