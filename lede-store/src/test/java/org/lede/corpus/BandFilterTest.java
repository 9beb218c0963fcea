package org.lede.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.store.ArticleStore;

/** The band filter in a real store: what it was given it holds across writers, and it lets few other keys through. */
class BandFilterTest {
  @TempDir Path dir;

  private static final int KEYS = 20_000;

  private Connection store() throws SQLException {
    Path db = dir.resolve("filter.db");
    ArticleStore.open(db, Clock.systemUTC()).close();
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
    c.setAutoCommit(false);
    return c;
  }

  @Test
  void every_key_saved_by_one_writer_is_held_for_the_next_and_few_others_pass() throws SQLException {
    try (Connection c = store()) {
      SplittableRandom keys = new SplittableRandom(3);
      try (BandFilter filter = new BandFilter(c, 1 << 14)) {
        for (int i = 0; i < KEYS; i++) filter.add(keys.nextLong());
        filter.save();
        c.commit();
      }
      try (BandFilter reopened = new BandFilter(c, 1 << 14)) {
        SplittableRandom same = new SplittableRandom(3);
        for (int i = 0; i < KEYS; i++) assertThat(reopened.mayHold(same.nextLong())).isTrue();
        // 1 << 14 words hold 20,000 keys at 52 bits a key: about one absent key in a thousand passes
        SplittableRandom others = new SplittableRandom(4);
        int passed = 0;
        for (int i = 0; i < KEYS; i++) if (reopened.mayHold(others.nextLong())) passed++;
        assertThat(passed).isLessThan(KEYS / 100);
      }
    }
  }

  @Test
  void keys_whose_save_was_rolled_back_are_not_held_by_the_next_writer() throws SQLException {
    try (Connection c = store()) {
      try (BandFilter filter = new BandFilter(c, BandFilter.PIECE_WORDS)) {
        filter.add(42L);
        filter.save();
        c.commit();
        filter.add(-7L << 20);
        filter.save();
        c.rollback();
        // the writer's memory may hold more than the store: only more passes, never fewer
        assertThat(filter.mayHold(-7L << 20)).isTrue();
      }
      try (BandFilter reopened = new BandFilter(c, BandFilter.PIECE_WORDS)) {
        assertThat(reopened.mayHold(42L)).isTrue();
        assertThat(reopened.mayHold(-7L << 20)).isFalse();
      }
    }
  }
}
