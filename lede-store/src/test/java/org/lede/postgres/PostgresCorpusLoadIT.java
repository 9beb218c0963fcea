package org.lede.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus tables of a {@code lede spark} output loaded into PostgreSQL: rows as written, resumable, bad lines refused. */
class PostgresCorpusLoadIT {
  private static PostgresServer pg;

  @TempDir Path tmp;

  @BeforeAll
  static void start() throws Exception {
    pg = PostgresServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) pg.close();
  }

  /** Writes one part of {@code table} under {@code out/corpus}, as the job does. */
  private static void part(Path out, String table, String name, String... lines) throws IOException {
    Path dir = Files.createDirectories(out.resolve("corpus").resolve(table));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      for (String line : lines) gz.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A signature as the job writes it: 384 bytes, base64. */
  private static final String SIGNATURE = java.util.Base64.getEncoder().encodeToString(new byte[384]);

  private static Path output(Path out) throws IOException {
    SparkOutput.write(out, SparkOutput.articleLines(3), 1);
    part(out, "entity", "part-00000-a.jsonl.gz",
        "{\"id\":\"P:halvard-brekke\",\"type\":\"PERSON\",\"name\":\"Halvard Brekke\",\"aliases\":[\"Brekke\"],"
            + "\"titles\":[\"Energy Minister\"],\"roles\":[],\"mentions\":5,\"articles\":3,\"quotes\":4,"
            + "\"first_seen\":1772438400000,\"last_seen\":1772611200000,\"profile\":\"{\\\"type\\\":\\\"PERSON\\\"}\"}",
        "{\"id\":\"P:brekke\",\"type\":\"PERSON\",\"name\":\"Brekke\",\"mentions\":0,\"articles\":0,\"quotes\":0,"
            + "\"merged_into\":\"P:halvard-brekke\",\"profile\":\"{}\"}");
    part(out, "mention", "part-00000-a.jsonl.gz",
        "{\"article_id\":\"w-1\",\"local_id\":\"e1\",\"entity_id\":\"P:halvard-brekke\",\"name\":\"Halvard Brekke\","
            + "\"type\":\"PERSON\",\"reason\":\"FULL_NAME\",\"mentions\":2,\"quotes\":2,\"published_at\":1772438400000}",
        "{this line is not JSON",
        "{\"article_id\":\"w-0\",\"local_id\":\"e1\",\"name\":\"Brekke\"}");
    part(out, "corpus_quote", "part-00000-a.jsonl.gz",
        "{\"id\":1,\"speaker_id\":\"P:halvard-brekke\",\"speaker_name\":\"Brekke\",\"kind\":\"DIRECT\","
            + "\"text\":\"We will not let the valley go dark\",\"words\":\"we will not let the valley go dark\","
            + "\"first_article\":\"w-2\",\"first_ordinal\":1,\"first_published\":1772438000000,\"carriers\":2,\"outlets\":2}");
    part(out, "quote_carrier", "part-00000-a.jsonl.gz",
        "{\"article_id\":\"w-2\",\"ordinal\":1,\"quote_id\":1,\"speaker_local\":\"e1\",\"site\":\"Coastal Post\","
            + "\"published_at\":1772438000000}",
        "{\"article_id\":\"w-1\",\"ordinal\":1,\"quote_id\":1,\"speaker_local\":\"e1\",\"site\":\"Northern Courier\"}");
    part(out, "corpus_quote_key", "part-00000-a.jsonl.gz", "{\"key\":-42,\"quote_id\":1}", "{\"key\":-42,\"quote_id\":1}");
    part(out, "copy", "part-00000-a.jsonl.gz",
        "{\"article_id\":\"w-2\",\"signature\":\"" + SIGNATURE + "\",\"words\":75,\"first_at\":1772438000000,"
            + "\"ordinal\":2}",
        "{\"article_id\":\"w-1\",\"signature\":\"" + SIGNATURE + "\",\"words\":75,\"first_at\":1772438400000,"
            + "\"ordinal\":1,\"copy_of\":\"w-2\",\"similarity\":0.8958333333333334}",
        "{\"article_id\":\"w-3\",\"words\":70,\"first_at\":1772438400000,\"ordinal\":3}");
    return out;
  }

  @Test
  void the_corpus_tables_are_loaded_as_written_and_a_rerun_skips_them() throws Exception {
    Path out = output(tmp.resolve("out"));
    List<String> refused = new ArrayList<>();
    try (PostgresStore store = PostgresStore.open(PostgresAddress.parse(pg.createDatabase("corpus1")))) {
      LoadSummary summary = store.load(out, new LoadListener() {
        @Override
        public void refused(RefusedLine line) {
          refused.add(line.toString());
        }
      });
      assertThat(summary.articles()).isEqualTo(3);
      assertThat(summary.corpusRows()).as("2 entities, 1 mention, 1 quote, 2 carriers, 1 key, 2 copy rows")
          .isEqualTo(9);
      assertThat(summary.refused())
          .as("the line that is not JSON, the mention without an entity, the copy row without a signature")
          .isEqualTo(3);
      assertThat(refused).anyMatch(r -> r.contains("mention") && r.contains(":2: not JSON"))
          .anyMatch(r -> r.contains("1 lines lack a field mention needs"));
      try (Connection c = pg.connect("corpus1")) {
        assertThat(rows(c, "SELECT name, aliases[1], titles[1], mentions, first_seen, profile->>'type', merged_into"
            + " FROM entity ORDER BY id")).containsExactly(
            "Brekke null null 0 null null P:halvard-brekke",
            "Halvard Brekke Brekke Energy Minister 5 1772438400000 PERSON null");
        assertThat(rows(c, "SELECT article_id, entity_id, reason FROM mention")).containsExactly("w-1 P:halvard-brekke FULL_NAME");
        assertThat(rows(c, "SELECT c.article_id, c.published_at, q.first_article, q.speaker_id FROM quote_carrier c"
            + " JOIN corpus_quote q ON q.id = c.quote_id ORDER BY c.article_id")).containsExactly(
            "w-1 null w-2 P:halvard-brekke", "w-2 1772438000000 w-2 P:halvard-brekke");
        assertThat(rows(c, "SELECT key, quote_id FROM corpus_quote_key")).containsExactly("-42 1");
        assertThat(rows(c, "SELECT article_id, length(signature), words, first_at, ordinal, copy_of, similarity"
            + " FROM copy_signature ORDER BY article_id")).containsExactly(
            "w-1 384 75 1772438400000 1 w-2 0.8958333333333334", "w-2 384 75 1772438000000 2 null null");
      }
      LoadSummary again = store.load(out, new LoadListener() {});
      assertThat(again.loaded()).isZero();
      assertThat(again.skipped()).as("the article part and the six corpus parts").isEqualTo(7);
      assertThat(again.refused()).as("as refused when loaded").isEqualTo(3);
    }
  }

  private static String mention(String article, String local, String entity, int mentions, Long publishedAt) {
    return "{\"article_id\":\"" + article + "\",\"local_id\":\"" + local + "\",\"entity_id\":\"" + entity
        + "\",\"name\":\"N\",\"type\":\"PERSON\",\"reason\":\"FULL_NAME\",\"mentions\":" + mentions
        + ",\"quotes\":0" + (publishedAt == null ? "" : ",\"published_at\":" + publishedAt) + "}";
  }

  private static String quote(int id, String speaker, String kind) {
    return "{\"id\":" + id + ",\"speaker_id\":\"" + speaker + "\",\"speaker_name\":\"N\",\"kind\":\"" + kind
        + "\",\"text\":\"t\",\"words\":\"t\",\"first_article\":\"w-0\",\"first_ordinal\":0,\"carriers\":1,\"outlets\":1}";
  }

  @Test
  void the_day_and_quote_kind_counts_follow_each_part_and_equal_a_recount_after_rows_are_replaced() throws Exception {
    long day1 = 1772438400000L;
    long day2 = day1 + 86_400_000L;
    Path first = tmp.resolve("first");
    SparkOutput.write(first, SparkOutput.articleLines(2), 1);
    // w-0 names Brekke twice (two article entities linked to him): one article, three mentions that day
    part(first, "mention", "part-00000-a.jsonl.gz", mention("w-0", "e1", "P:brekke", 2, day1),
        mention("w-0", "e2", "P:brekke", 1, day1), mention("w-1", "e1", "P:brekke", 4, day2),
        mention("w-1", "e2", "P:sand", 1, null));
    part(first, "corpus_quote", "part-00000-a.jsonl.gz", quote(1, "P:brekke", "DIRECT"), quote(2, "P:brekke", "DIRECT"),
        quote(3, "P:sand", "INDIRECT"));
    // a later output replaces w-0's second entity with another person and one quote's kind
    Path second = tmp.resolve("second");
    SparkOutput.write(second, SparkOutput.articleLines(2), 1);
    part(second, "mention", "part-00000-b.jsonl.gz", mention("w-0", "e2", "P:sand", 1, day1));
    part(second, "corpus_quote", "part-00000-b.jsonl.gz", quote(2, "P:brekke", "PARTIAL"));
    String recountDays = "SELECT entity_id, floor(published_at / 86400000.0)::bigint, sum(mentions), count(DISTINCT article_id)"
        + " FROM mention WHERE published_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2";
    String recountKinds = "SELECT speaker_id, kind, count(*) FROM corpus_quote GROUP BY 1, 2 ORDER BY 1, 2";
    String days = "SELECT entity_id, day, mentions, articles FROM entity_day ORDER BY 1, 2";
    String kinds = "SELECT entity_id, kind, quotes FROM entity_quote_kind ORDER BY 1, 2";
    try (PostgresStore store = PostgresStore.open(PostgresAddress.parse(pg.createDatabase("counts")));
         Connection c = pg.connect("counts")) {
      store.load(first, new LoadListener() {});
      long d1 = day1 / 86_400_000L;
      assertThat(rows(c, days)).containsExactly("P:brekke " + d1 + " 3 1", "P:brekke " + (d1 + 1) + " 4 1");
      assertThat(rows(c, kinds)).containsExactly("P:brekke DIRECT 2", "P:sand INDIRECT 1");
      store.load(second, new LoadListener() {});
      assertThat(rows(c, days)).containsExactly("P:brekke " + d1 + " 2 1", "P:brekke " + (d1 + 1) + " 4 1", "P:sand " + d1 + " 1 1")
          .isEqualTo(rows(c, recountDays));
      assertThat(rows(c, kinds)).containsExactly("P:brekke DIRECT 1", "P:brekke PARTIAL 1", "P:sand INDIRECT 1")
          .isEqualTo(rows(c, recountKinds));
    }
  }

  @Test
  void an_output_without_corpus_tables_loads_its_articles_alone() throws Exception {
    Path out = tmp.resolve("plain");
    SparkOutput.write(out, SparkOutput.articleLines(2), 1);
    try (PostgresStore store = PostgresStore.open(PostgresAddress.parse(pg.createDatabase("corpus2")))) {
      LoadSummary summary = store.load(out, new LoadListener() {});
      assertThat(summary.articles()).isEqualTo(2);
      assertThat(summary.corpusRows()).isZero();
      assertThat(summary.complete()).isTrue();
    }
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) row.append(i == 1 ? "" : " ").append(rs.getString(i));
        out.add(row.toString());
      }
    }
    return out;
  }
}
