package org.lede.spark.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.eval.SharedData;
import org.lede.postgres.LoadListener;
import org.lede.postgres.LoadSummary;
import org.lede.postgres.PostgresAddress;
import org.lede.postgres.PostgresServer;
import org.lede.postgres.PostgresStore;
import org.lede.spark.SparkRuns;

/**
 * The same inputs through {@code lede ingest}'s store and through the Spark job give the same corpus: each article
 * entity linked to the same corpus id and found by the same keys ({@link KeyParity}), the same corpus quotes (text, carriers, first carrier, speaker, counts) and, on
 * the real pages, the same near-duplicate rows ({@link CopyParity}; the planted copies are in {@link CopyParityTest}).
 */
class CorpusParityTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkRuns.local();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void wire_copies_are_one_corpus_quote_with_every_carrier_on_both_paths(@TempDir Path tmp) throws Exception {
    Path in = WireCopies.write(tmp.resolve("in"));
    Parity p = run(List.of(in), tmp);
    System.out.println("corpus parity on the wire copies: " + p.figures());
    p.jobQuotes().forEach((carriers, said) -> System.out.println("  [" + carriers + "] " + said));

    assertThat(p.linkDifferences()).isEmpty();
    assertThat(p.quoteDifferences()).isEmpty();
    // not vacuous: the agency's quote is one saying of four carriers, first carried by the earlier-published copy
    assertThat(p.jobQuotes()).anySatisfy((carriers, said) -> {
      assertThat(carriers.split(" ")).hasSizeGreaterThanOrEqualTo(3);
      assertThat(said).contains("first=w-2#");
    });
    assertThat(p.jobLinks().values()).contains("P:halvard-brekke", "P:ingrid-brekke", "P:sigrun-dahl");
  }

  @Test
  void each_entity_is_found_by_the_same_keys_and_ranks_on_both_paths(@TempDir Path tmp) throws Exception {
    Path in = WireCopies.write(tmp.resolve("in"));
    run(List.of(in), tmp);
    KeyParity keys = KeyParity.of(tmp.resolve("store/lede.db"), tmp.resolve("out"));
    System.out.println("key parity on the wire copies: " + keys.figures());
    assertThat(keys.differences()).isEmpty();
    // not vacuous: two people share a surname, and each is found by it
    assertThat(keys.job()).anyMatch(k -> k.startsWith("S|brekke → P:halvard-brekke"))
        .anyMatch(k -> k.startsWith("S|brekke → P:ingrid-brekke"));
  }

  @Test
  void the_jobs_corpus_loaded_into_postgres_holds_what_lede_ingests_store_holds(@TempDir Path tmp) throws Exception {
    Path in = WireCopies.write(tmp.resolve("in"));
    Parity p = run(List.of(in), tmp);
    try (PostgresServer pg = PostgresServer.start();
         PostgresStore store = PostgresStore.open(PostgresAddress.parse(pg.createDatabase("news")))) {
      LoadSummary first = store.load(tmp.resolve("out"), new LoadListener() {});
      assertThat(first.complete()).isTrue();
      assertThat(first.articles()).isEqualTo(6);
      try (Connection c = pg.connect("news")) {
        Map<String, String> links = new TreeMap<>();
        for (List<String> r : rows(c, "SELECT article_id, local_id, entity_id FROM mention")) {
          links.put(r.get(0) + "\u0000" + r.get(1), r.get(2));
        }
        assertThat(links).isEqualTo(p.storeLinks());
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        for (List<String> r : rows(c, "SELECT key, entity_id, rank FROM entity_key")) {
          keys.add(r.get(0) + " → " + r.get(1) + " (" + r.get(2) + ")");
        }
        assertThat(keys).as("the keys entities are found by").isEqualTo(KeyParity.of(tmp.resolve("store/lede.db"),
            tmp.resolve("out")).store());
        assertThat(rows(c, "SELECT count(*), sum(carriers) FROM corpus_quote").getFirst())
            .containsExactly(String.valueOf(p.storeQuotes().size()),
                String.valueOf(p.storeQuotes().keySet().stream().mapToInt(k -> k.split(" ").length).sum()));
        // the agency's quote, as a read layer would ask for a speaker's quotes with their first carrier
        assertThat(rows(c, "SELECT q.first_article, q.carriers, q.outlets FROM corpus_quote q JOIN entity e"
            + " ON e.id = q.speaker_id WHERE e.name = 'Halvard Brekke' AND q.text LIKE 'We will not let%'"))
            .containsExactly(List.of("w-2", "3", "3"));
      }
      LoadSummary again = store.load(tmp.resolve("out"), new LoadListener() {});
      assertThat(again.loaded()).as("every part was loaded before").isZero();
    }
  }

  private static List<List<String>> rows(Connection c, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) row.add(rs.getString(i));
        out.add(row);
      }
    }
    return out;
  }

  @Test
  void the_dates_pages_and_the_seed_give_the_same_corpus_on_both_paths(@TempDir Path tmp) throws Exception {
    Optional<Path> pages = SharedData.locate("extraction-dev/dates/pages");
    Optional<Path> seed = SharedData.locate("seed");
    assumeTrue(pages.isPresent() && seed.isPresent(),
        "shared/data/extraction-dev/dates/pages or shared/data/seed is absent: the real-pages parity test is skipped");
    Path seedText = Files.createDirectories(tmp.resolve("seed"));
    try (var s = Files.list(seed.get())) {
      for (Path f : s.filter(f -> f.toString().endsWith(".txt")).toList()) Files.copy(f, seedText.resolve(f.getFileName()));
    }
    Parity p = run(List.of(seedText, pages.get()), tmp);

    System.out.println("corpus parity on the seed and the dates pages: " + p.figures());
    p.linkDifferences().forEach(d -> System.out.println("  link differs: " + d));
    p.quoteDifferences().forEach(d -> System.out.println("  quote differs: " + d));
    assertThat(p.jobLinks()).hasSizeGreaterThan(1000);
    assertThat(p.linkDifferences()).isEmpty();
    assertThat(p.quoteDifferences()).isEmpty();

    KeyParity keys = KeyParity.of(tmp.resolve("store/lede.db"), tmp.resolve("out"));
    System.out.println("key parity on the seed and the dates pages: " + keys.figures());
    keys.differences().stream().limit(20).forEach(d -> System.out.println("  key differs: " + d));
    assertThat(keys.job()).hasSizeGreaterThan(1000);
    assertThat(keys.differences()).isEmpty();

    CopyParity copies = CopyParity.of(tmp.resolve("store/lede.db"), tmp.resolve("out"));
    System.out.println("copy parity on the seed and the dates pages: " + copies.figures());
    copies.differences().forEach(d -> System.out.println("  copy differs: " + d));
    assertThat(copies.job()).hasSizeGreaterThan(200);
    assertThat(copies.differences()).isEmpty();
  }

  private static Parity run(List<Path> inputs, Path tmp) throws Exception {
    Path db = tmp.resolve("store/lede.db");
    SingleMachine.ingest(inputs, db);
    Path out = tmp.resolve("out");
    SparkRuns.job(spark, inputs, out);
    return Parity.of(db, out);
  }
}
