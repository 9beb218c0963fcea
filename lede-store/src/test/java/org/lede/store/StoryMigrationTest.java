package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.corpus.StoryTables;
import org.lede.story.StoryClusterer;

/** A store whose stories migration 8 wrote as JSON keeps them: the next article about one joins it. */
class StoryMigrationTest {
  @TempDir Path dir;

  @Test
  void a_story_written_as_json_before_migration_9_is_joined_by_a_later_report_and_turned_compact() throws Exception {
    Path db = dir.resolve("v8.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Migrations.migrate(c, 8);
      try (Statement st = c.createStatement()) {
        // one article, "Orsa dam breaks", clustered by migration 8's code: its terms, postings and story
        st.execute("INSERT INTO story_term(term, df) VALUES ('', 1), ('orsa', 1), ('dam', 1), ('break', 1)");
        st.execute("INSERT INTO story_posting(term, story_id, last_at) VALUES ('orsa', 7, 1000), ('dam', 7, 1000), "
            + "('break', 7, 1000)");
        st.execute("""
            INSERT INTO story(id, title, title_score, first_at, last_at, size, outlets, norm_squared, centroid,
              entities, members)
            VALUES (7, 'Orsa dam breaks', 0.1, 1000, 1000, 1, 0, 1.0,
              '{"orsa":0.6,"dam":0.6,"break":0.529}', '["L:orsa"]', '[{"orsa":0.6,"dam":0.6,"break":0.529}]')""");
        st.execute("INSERT INTO story_article(article_id, story_id, site, published_at) VALUES ('a', 7, NULL, 1000)");
      }
      Migrations.migrate(c, Migrations.latest());
      c.setAutoCommit(false);
      long joined;
      try (StoryTables stories = StoryTables.open(c)) {
        joined = stories.add(new StoryClusterer.Item("b", null, "Orsa dam breaks, valley evacuated", null,
            Instant.ofEpochMilli(1000).plusSeconds(3600), null, Set.of("L:orsa")));
      }
      c.commit();
      assertThat(joined).isEqualTo(7);
      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT size, centroid, vector IS NOT NULL, member_next, "
               + "(SELECT COUNT(*) FROM story_member WHERE story_id = 7), (SELECT df FROM story_word WHERE term = 'dam') "
               + "FROM story WHERE id = 7")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).as("size").isEqualTo(2);
        assertThat(rs.getString(2)).as("JSON centroid emptied").isEqualTo("{}");
        assertThat(rs.getBoolean(3)).as("compact centroid written").isTrue();
        assertThat(rs.getInt(4)).as("next member slot").isEqualTo(2);
        assertThat(rs.getInt(5)).as("the old member and the new").isEqualTo(2);
        assertThat(rs.getInt(6)).as("document frequency carried over and counted").isEqualTo(2);
      }
    }
  }
}
