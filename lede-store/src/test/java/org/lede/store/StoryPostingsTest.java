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

/** The term index keeps a term's latest stories, not all of them, and the latest are still found. */
class StoryPostingsTest {
  @TempDir Path dir;

  @Test
  void a_word_in_every_story_keeps_a_bounded_list_and_a_late_follow_up_still_finds_its_story() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db"))) {
      Migrations.migrate(c, Migrations.latest());
      c.setAutoCommit(false);
      Instant start = Instant.parse("2026-03-01T00:00:00Z");
      long harbour;
      long followUp;
      try (StoryTables stories = StoryTables.open(c)) {
        // 600 unrelated council stories an hour apart, every one saying "council"
        for (int i = 0; i < 600; i++) {
          stories.add(new StoryClusterer.Item("c" + i, null, "Council vote on district " + word(i), null,
              start.plusSeconds(3600L * i), null, Set.of("L:district-" + i)));
        }
        Instant late = start.plusSeconds(3600L * 600);
        harbour = stories.add(new StoryClusterer.Item("h1", null, "Council closes Orsa harbour after storm damage", null,
            late, null, Set.of("L:orsa")));
        followUp = stories.add(new StoryClusterer.Item("h2", null, "Orsa harbour stays closed as council counts storm damage",
            null, late.plusSeconds(40 * 3600), null, Set.of("L:orsa")));
      }
      c.commit();
      assertThat(followUp).isEqualTo(harbour);
      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM story_word_posting p JOIN story_word w ON w.id = p.word_id "
               + "WHERE w.term = 'council'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("council's postings").isBetween(32, 32 + 32);
      }
    }
  }

  /** A made-up word of its own for district {@code i}, so that the stories share only "council". */
  private static String word(int i) {
    StringBuilder s = new StringBuilder();
    for (int n = i + 1; n > 0; n /= 20) s.append("bcdfghjklmnpqrstvwxz".charAt(n % 20)).append('a');
    return s.toString();
  }
}
