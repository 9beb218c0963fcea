package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.corpus.StoryTables;
import org.lede.story.StoryClusterer;

/** A store whose stories migration 8 wrote as JSON keeps them: it opens, and the next article about one joins it. */
class StoryMigrationTest {
  @TempDir Path dir;

  @Test
  void stories_written_as_json_before_migration_9_are_joined_by_later_reports_kept_apart_and_turned_compact()
      throws Exception {
    Path db = dir.resolve("v8.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Migrations.migrate(c, 8);
      try (Statement st = c.createStatement()) {
        // two articles clustered by migration 8's code: "Orsa dam breaks" (story 7) and "Harwick council budget
        // vote" (story 9, which absorbed story 8): their terms, postings, stories and the redirect
        st.execute("INSERT INTO story_term(term, df) VALUES ('', 2), ('orsa', 1), ('dam', 1), ('break', 1), "
            + "('harwick', 1), ('council', 1), ('budget', 1), ('vote', 1)");
        st.execute("INSERT INTO story_posting(term, story_id, last_at) VALUES ('orsa', 7, 1000), ('dam', 7, 1000), "
            + "('break', 7, 1000), ('harwick', 8, 2000), ('council', 9, 2000), ('budget', 9, 2000), ('vote', 9, 2000)");
        st.execute("""
            INSERT INTO story(id, title, title_score, first_at, last_at, size, outlets, norm_squared, centroid,
              entities, members)
            VALUES (7, 'Orsa dam breaks', 0.1, 1000, 1000, 1, 0, 1.0,
              '{"orsa":0.6,"dam":0.6,"break":0.529}', '["L:orsa"]', '[{"orsa":0.6,"dam":0.6,"break":0.529}]'),
              (9, 'Harwick council budget vote', 0.1, 2000, 2000, 1, 0, 1.0,
              '{"harwick":0.5,"council":0.5,"budget":0.5,"vote":0.5}', '["L:harwick"]',
              '[{"harwick":0.5,"council":0.5,"budget":0.5,"vote":0.5}]')""");
        st.execute("INSERT INTO story_redirect(id, survivor, merged_by) VALUES (8, 9, 'b')");
        st.execute("INSERT INTO story_article(article_id, story_id, site, published_at) VALUES ('a', 7, NULL, 1000), "
            + "('b', 9, NULL, 2000)");
      }
    }
    // the store opens as Lede opens it, which migrates it
    try (ArticleStore store = ArticleStore.open(db, Clock.systemUTC())) {
      assertThat(store).isNotNull();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      Instant later = Instant.ofEpochMilli(2000).plusSeconds(3600);
      long dam;
      long budget;
      long ferry;
      try (StoryTables stories = StoryTables.open(c)) {
        dam = stories.add(new StoryClusterer.Item("c", null, "Orsa dam breaks, valley evacuated", null, later, null,
            Set.of("L:orsa")));
        budget = stories.add(new StoryClusterer.Item("d", null, "Harwick council delays budget vote", null, later, null,
            Set.of("L:harwick")));
        ferry = stories.add(new StoryClusterer.Item("e", null, "Ferry crews walk out over pay", null, later, null,
            Set.of("L:kessel")));
      }
      c.commit();
      assertThat(dam).as("the dam report's story").isEqualTo(7);
      assertThat(budget).as("the budget report's story").isEqualTo(9);
      assertThat(ferry).as("a new story, numbered after the merged one too").isEqualTo(10);
      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT id, size, centroid, vector IS NOT NULL, member_next, "
               + "(SELECT COUNT(*) FROM story_member m WHERE m.story_id = s.id) FROM story s WHERE id IN (7, 9) ORDER BY id")) {
        for (int id : new int[] {7, 9}) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(id);
          assertThat(rs.getInt(2)).as("story %d's size", id).isEqualTo(2);
          assertThat(rs.getString(3)).as("story %d's JSON centroid emptied", id).isEqualTo("{}");
          assertThat(rs.getBoolean(4)).as("story %d's compact centroid written", id).isTrue();
          assertThat(rs.getInt(5)).as("story %d's next member slot", id).isEqualTo(2);
          assertThat(rs.getInt(6)).as("story %d's old member and the new", id).isEqualTo(2);
        }
      }
      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT (SELECT df FROM story_word WHERE term = 'dam'), "
               + "(SELECT df FROM story_word WHERE term = ''), (SELECT COUNT(*) FROM sqlite_master WHERE name = 'story_term')")) {
        rs.next();
        assertThat(rs.getInt(1)).as("document frequency carried over and counted").isEqualTo(2);
        assertThat(rs.getInt(2)).as("articles counted").isEqualTo(5);
        assertThat(rs.getInt(3)).as("the old term table is gone").isZero();
      }
    }
  }
}
