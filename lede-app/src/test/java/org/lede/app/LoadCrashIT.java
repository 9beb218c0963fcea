package org.lede.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lede.postgres.PostgresServer;
import org.lede.postgres.SparkOutput;

/**
 * Kills {@code lede load} (the packaged jar, in a process of its own) with SIGKILL part-way through a larger output,
 * runs it again until it finishes, and checks that the database ends with the same rows as after an uninterrupted load,
 * and that each kill left only whole parts behind.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class LoadCrashIT {
  static final long SEED = Long.getLong("lede.crash.seed", 20261207L);
  private static final int PARTS = 40;
  /** Each table's rows in a fixed order, as text; load_parts without its time. */
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    // every column but when the row was loaded (PostgreSQL migration 4), which a second load cannot repeat
    TABLES.put("articles", "SELECT (to_jsonb(a) - 'loaded_at')::text FROM articles a ORDER BY id");
    TABLES.put("entity_mentions", "SELECT m::text FROM entity_mentions m ORDER BY article_id, entity_ordinal, mention_ordinal");
    TABLES.put("quotes", "SELECT q::text FROM quotes q ORDER BY article_id, ordinal");
    TABLES.put("load_parts", "SELECT (path, bytes, lines, articles, refused)::text FROM load_parts ORDER BY path");
  }

  private static PostgresServer pg;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() throws Exception {
    LedeProcess.assumeJar();
    pg = PostgresServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) pg.close();
  }

  @Test
  void a_load_killed_part_way_and_run_again_ends_with_the_rows_of_an_uninterrupted_load() throws Exception {
    List<String> lines = SparkOutput.copies(SparkOutput.articleLines(40), 250);
    Path out = tmp.resolve("out");
    SparkOutput.write(out, lines, PARTS);

    String whole = "whole";
    long started = System.nanoTime();
    LedeProcess reference = LedeProcess.start(tmp.resolve("logs"), "load", out.toString(), "--store", pg.createDatabase(whole));
    assertThat(reference.await(600)).as(reference.err()).isZero();
    long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    Map<String, String> expected = snapshot(whole);
    assertThat(count(whole, "SELECT count(*) FROM articles")).isEqualTo(lines.size());

    String killed = "killed";
    String store = pg.createDatabase(killed);
    Random random = new Random(SEED);
    int kills = 0;
    int partWay = 0;
    int resumedRuns = 0;
    for (int round = 0; round < 12; round++) {
      LedeProcess run = LedeProcess.start(tmp.resolve("logs"), "load", out.toString(), "--store", store);
      long wait = (long) ((0.3 + 0.6 * random.nextDouble()) * runMillis);
      if (kills < 4 && !run.endsWithin(wait) && run.kill()) {
        kills++;
        long parts = count(killed, "SELECT count(*) FROM load_parts");
        if (parts > 0 && parts < PARTS) partWay++;
        assertThat(count(killed, "SELECT count(*) FROM articles"))
            .as("after kill %d: only whole parts, each with its record", kills)
            .isEqualTo(count(killed, "SELECT coalesce(sum(articles), 0) FROM load_parts"))
            .isEqualTo(parts * (lines.size() / PARTS));
        continue;
      }
      assertThat(run.await(600)).as(run.err()).isZero();
      if (run.err().contains(" loaded before, skipped") && !run.err().contains("(0 loaded before")) resumedRuns++;
      break;
    }
    assertThat(kills).as("kills").isPositive();
    assertThat(partWay).as("kills that struck between the first and the last part").isPositive();
    assertThat(resumedRuns).as("the last run skipped the parts already loaded").isEqualTo(1);
    assertThat(snapshot(killed)).isEqualTo(expected);
    System.out.printf("LoadCrashIT: %d kills (%d part-way) of a %d ms load of %d articles in %d parts%n",
        kills, partWay, runMillis, lines.size(), PARTS);
  }

  private static Map<String, String> snapshot(String database) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = pg.connect(database); Statement st = c.createStatement()) {
      for (Map.Entry<String, String> table : TABLES.entrySet()) {
        StringBuilder rows = new StringBuilder();
        long n = 0;
        try (ResultSet rs = st.executeQuery(table.getValue())) {
          while (rs.next()) {
            rows.append(rs.getString(1)).append('\n');
            n++;
          }
        }
        out.put(table.getKey(), n + " rows, md5 " + md5(rows.toString()));
      }
    }
    return out;
  }

  private static long count(String database, String sql) throws SQLException {
    try (Connection c = pg.connect(database); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String md5(String s) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
          .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
