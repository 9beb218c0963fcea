package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
      int expected = 1;
      while (rs.next()) assertThat(rs.getInt(1)).isEqualTo(expected++);
      assertThat(expected - 1).isEqualTo(Migrations.latest());
    }
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
}
