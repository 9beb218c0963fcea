package org.lede.spark.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.postgres.LoadListener;
import org.lede.postgres.LoadSummary;
import org.lede.postgres.PostgresAddress;
import org.lede.postgres.PostgresServer;
import org.lede.postgres.PostgresStore;
import org.lede.spark.SparkRuns;

/**
 * The same written news with planted wire copies through {@code lede ingest}'s store and through the Spark job give
 * the same near-duplicate table: every copy points at the same earliest carrier with the same similarity, every
 * signed article has the same number, words and signature. (The real pages are compared in
 * {@link CorpusParityTest}, on the run that compares their entities and quotes.)
 */
class CopyParityTest {
  @TempDir static Path tmp;
  private static CopyParity parity;

  @BeforeAll
  static void run() throws Exception {
    SparkSession spark = SparkRuns.local();
    try {
      Path in = AgencyCopies.write(tmp.resolve("in"));
      SingleMachine.ingest(List.of(in), tmp.resolve("store/lede.db"));
      SparkRuns.job(spark, List.of(in), tmp.resolve("out"));
    } finally {
      spark.stop();
    }
    parity = CopyParity.of(tmp.resolve("store/lede.db"), tmp.resolve("out"));
    System.out.println("copy parity on the planted wire copies: " + parity.figures());
    parity.differences().forEach(d -> System.out.println("  differs: " + d));
  }

  @AfterAll
  static void forget() {
    parity = null;
  }

  @Test
  void every_planted_copy_points_at_its_earliest_carrier_on_both_paths() {
    assertThat(parity.differences()).isEmpty();
    assertThat(parity.jobLinks()).isEqualTo(Map.of(
        // published first, though read second
        "flood-herald", "flood-valley", "flood-coastal", "flood-valley", "flood-star", "flood-valley",
        // published at the same minute: the one read first
        "plant-gazette", "plant-courier",
        // tied to the earliest cut only through the whole report, which came last
        "harbour-first", "harbour-second", "harbour-whole", "harbour-second"));
  }

  @Test
  void an_own_report_a_brief_and_a_chain_are_judged_as_the_store_judges_them() {
    assertThat(parity.job()).containsKey("flood-ledger").doesNotContainKey("brief");
    assertThat(parity.job().get("flood-ledger").copyOf()).as("its own words on the same flood").isNull();
    assertThat(parity.job().get("flood-star").firstAt()).as("undated: it counts from its ingest").isEqualTo("ingested");
    // the first cut shares too little with the second to be its copy alone: the chain made it one
    assertThat(parity.job().get("harbour-first").similarity()).isLessThan(48L);
    assertThat(parity.store()).isEqualTo(parity.job());
  }

  /**
   * Opt-in, for measuring on more pages than the build can afford: {@code -Dlede.copyparity.pages=DIR[,DIR...]} runs
   * both paths over those pages and prints the figures.
   */
  @Test
  void pages_named_by_a_property_give_the_same_copies_on_both_paths(@TempDir Path own) throws Exception {
    String pages = System.getProperty("lede.copyparity.pages");
    assumeTrue(pages != null && !pages.isBlank(), "set -Dlede.copyparity.pages=DIR to compare copies on those pages");
    List<Path> inputs = java.util.Arrays.stream(pages.split(",")).map(Path::of).toList();
    long started = System.nanoTime();
    SingleMachine.ingest(inputs, own.resolve("store/lede.db"));
    long ingested = System.nanoTime();
    SparkSession spark = SparkRuns.local();
    try {
      SparkRuns.job(spark, inputs, own.resolve("out"));
    } finally {
      spark.stop();
    }
    long ran = System.nanoTime();
    CopyParity p = CopyParity.of(own.resolve("store/lede.db"), own.resolve("out"));
    System.out.printf(java.util.Locale.ROOT, "copy parity on %s: %s (ingest %.0f s, job %.0f s)%n", pages,
        p.figures(), (ingested - started) / 1e9, (ran - ingested) / 1e9);
    p.differences().forEach(d -> System.out.println("  differs: " + d));
    p.jobLinks().forEach((copy, original) -> System.out.println("  " + copy + " -> " + original));
    assertThat(p.differences()).isEmpty();
  }

  @Test
  void the_jobs_copies_loaded_into_postgres_are_the_stores_rows() throws Exception {
    try (PostgresServer pg = PostgresServer.start();
         PostgresStore store = PostgresStore.open(PostgresAddress.parse(pg.createDatabase("news")))) {
      LoadSummary first = store.load(tmp.resolve("out"), new LoadListener() {});
      assertThat(first.complete()).isTrue();
      Map<String, String> loaded = new TreeMap<>();
      try (Connection c = pg.connect("news"); Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT article_id, copy_of, round(similarity * 96), ordinal, words,"
               + " upper(encode(signature, 'hex')) FROM copy_signature")) {
        while (rs.next()) {
          loaded.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " " + rs.getLong(4) + " "
              + rs.getInt(5) + " " + rs.getString(6));
        }
      }
      Map<String, String> inStore = new TreeMap<>();
      parity.store().forEach((id, r) -> inStore.put(id, r.copyOf() + " " + r.similarity() + " " + r.ordinal() + " "
          + r.words() + " " + r.signature()));
      assertThat(loaded).hasSize(12).isEqualTo(inStore);
      LoadSummary again = store.load(tmp.resolve("out"), new LoadListener() {});
      assertThat(again.loaded()).as("every part was loaded before").isZero();
    }
  }
}
