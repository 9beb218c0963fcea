package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.extract.ArticleIds;
import org.lede.json.ArticleJson;
import org.lede.source.Document;
import org.lede.source.MediaType;

class MigrationsTest {
  @TempDir Path dir;

  @Test
  void opening_a_version_1_store_migrates_it_and_keeps_its_rows() throws Exception {
    Path db = dir.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertThat(Migrations.migrate(c, 1)).isEqualTo(1);
      try (Statement st = c.createStatement()) {
        st.execute("""
            INSERT INTO article_version(article_id, version, document_id, content_hash, ingested_at, json)
            VALUES ('abc', 1, NULL, 'h', 1000, '{"id":"abc","headline":"An old headline","paragraphs":["Body."]}')""");
        st.execute("""
            INSERT INTO article(id, latest_version, latest_seq, content_hash, headline, first_ingested_at, updated_at)
            VALUES ('abc', 1, 1, 'h', 'An old headline', 1000, 1000)""");
      }
    }

    try (ArticleStore store = ArticleStore.open(db, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest()).isGreaterThan(1);
      assertThat(store.storeId()).isNotBlank();
      assertThat(store.article("abc").orElseThrow().article().headline()).isEqualTo("An old headline");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
      java.util.List<Integer> applied = new java.util.ArrayList<>();
      while (rs.next()) applied.add(rs.getInt(1));
      assertThat(applied).isEqualTo(Migrations.known());
      assertThat(applied.getLast()).isEqualTo(Migrations.latest());
    }
  }

  @Test
  void a_store_that_had_band_keys_before_version_12_reads_its_settled_tier_unfiltered_and_a_new_one_does_not()
      throws Exception {
    Path withKeys = dir.resolve("keys.db");
    Path without = dir.resolve("none.db");
    for (Path db : List.of(withKeys, without)) {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        Migrations.migrate(c, 11);
        if (db == withKeys) {
          try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO copy_band(band, ordinal) VALUES (-4211, 1)");
          }
        }
      }
      ArticleStore.open(db, Clock.systemUTC()).close();
    }

    assertThat(tiers(withKeys)).isEqualTo("0 0");
    assertThat(tiers(without)).isEqualTo("0 1");
  }

  private static String tiers(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT settling_rows, settled_filtered FROM copy_band_tiers")) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1) + " " + rs.getLong(2);
    }
  }

  @Test
  void a_version_3_store_keeps_its_deflated_inputs_and_sees_its_articles_unchanged_on_reingest() throws Exception {
    Path db = dir.resolve("v3.db");
    byte[] page = "<html><body><h1>Ferry timetable changes</h1><p>Ferries run hourly.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    Article article = Article.builder().id("ferry-1").input("ferry.html").headline("Ferry timetable changes")
        .addParagraph("Ferries run hourly.").addParagraph("Fares stay the same.").build();
    Article bare = new Article(article.id(), null, null, null, null, null, article.headline(), null, null, null, null,
        null, null, null, null, article.paragraphs(), article.text());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Migrations.migrate(c, 3);
      try (PreparedStatement ps = c.prepareStatement("""
          INSERT INTO document(id, sha256, input, media_type, ingested_at, size, content)
          VALUES (1, ?, 'ferry.html', 'HTML', 1000, ?, ?)""")) {
        ps.setString(1, ArticleIds.sha256Hex(page));
        ps.setInt(2, page.length);
        ps.setBytes(3, deflated(page));
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("""
          INSERT INTO article_version(article_id, version, document_id, content_hash, ingested_at, json)
          VALUES ('ferry-1', 1, 1, ?, 1000, ?)""")) {
        ps.setString(1, ArticleIds.sha256Hex(ArticleJson.toLine(bare)));
        ps.setString(2, ArticleJson.toLine(article));
        ps.executeUpdate();
      }
      try (Statement st = c.createStatement()) {
        st.execute("""
            INSERT INTO article(id, latest_version, latest_seq, content_hash, headline, input, first_ingested_at, updated_at)
            SELECT article_id, 1, seq, content_hash, 'Ferry timetable changes', 'ferry.html', 1000, 1000 FROM article_version""");
      }
    }

    try (ArticleStore store = ArticleStore.open(db, Clock.systemUTC())) {
      assertThat(store.documents().toList()).singleElement().satisfies(d -> assertThat(d.content()).isEqualTo(page));
      assertThat(store.article("ferry-1").orElseThrow().article()).isEqualTo(article);
      byte[] resaved = (new String(page, StandardCharsets.UTF_8) + "\n<!-- saved again -->").getBytes(StandardCharsets.UTF_8);
      Document again = new Document("copy/ferry.html", resaved, MediaType.HTML, null, null, null);
      IngestOutcome outcome = store.ingest(again, List.of(article.toBuilder().input(null).build())).outcome();
      assertThat(outcome.documentNew()).isTrue();
      assertThat(outcome.articles()).singleElement()
          .satisfies(o -> assertThat(o.change()).isEqualTo(ArticleOutcome.Change.UNCHANGED));
      assertThat(store.documents().map(d -> d.content().length).toList()).containsExactly(page.length, resaved.length);
    }
  }

  private static byte[] deflated(byte[] raw) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    deflater.setInput(raw);
    deflater.finish();
    byte[] out = new byte[raw.length + 64];
    int n = deflater.deflate(out);
    deflater.end();
    return Arrays.copyOf(out, n);
  }

  @Test
  void a_store_from_a_newer_lede_is_refused_with_a_readable_error() throws Exception {
    Path db = dir.resolve("future.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Migrations.migrate(c, Migrations.latest());
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO schema_version(version, applied_at) VALUES (999, 0)");
      }
    }
    assertThatThrownBy(() -> ArticleStore.open(db, Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer than this Lede");
  }

  @Test
  void a_script_splits_into_statements_without_comments() {
    assertThat(Migrations.statements("-- note\nCREATE TABLE a (x INTEGER);\n\nCREATE INDEX i ON a(x);\n"))
        .containsExactly("CREATE TABLE a (x INTEGER);", "CREATE INDEX i ON a(x);");
  }

  @Test
  void a_trigger_is_one_statement_whatever_its_body_holds() {
    assertThat(Migrations.statements("CREATE TABLE a (x INTEGER);\nCREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n"
        + "  UPDATE a SET x = 1;\n  DELETE FROM a WHERE x = 2;\nEND;\nCREATE INDEX i ON a(x);\n"))
        .containsExactly("CREATE TABLE a (x INTEGER);",
            "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  UPDATE a SET x = 1;\n  DELETE FROM a WHERE x = 2;\nEND;",
            "CREATE INDEX i ON a(x);");
  }
}
