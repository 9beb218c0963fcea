package org.lede.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The corpus tables' running numbers (the order of linked rows, the copy ordinal, the next story id) kept in the store
 * beside the rows they number, in the same transaction. Derived from the rows instead (their maximum), a number whose
 * row was later removed, or never written, would be handed out again after a restart, so a run that was killed and
 * resumed would number its rows differently from one that was not, and a story id could come back for another story.
 *
 * <p>Used on the writer connection, under its monitor; not thread-safe.
 */
final class CorpusCounters implements AutoCloseable {
  static final String LINK_SEQ = "corpus.link_seq";
  static final String COPY_ORDINAL = "corpus.copy_ordinal";
  static final String STORY_ID = "corpus.last_story_id";

  private final PreparedStatement read;
  private final PreparedStatement save;

  CorpusCounters(Connection w) throws SQLException {
    read = w.prepareStatement("SELECT value FROM store_meta WHERE key = ?");
    save = w.prepareStatement("INSERT INTO store_meta(key, value) VALUES (?, ?), (?, ?), (?, ?) "
        + "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  }

  /** Where a counter comes from in a store that has none stored: the rows it numbers. */
  @FunctionalInterface
  interface Fallback {
    long read() throws SQLException;
  }

  /**
   * The stored value of {@code key}, or {@code fallback}'s when the store has none (one from before the counters).
   * The fallback is asked only then: the stored value is written with the rows it numbers, so it is never behind
   * them, and finding their maximum may read a whole table (a store is opened at every start of {@code lede serve}).
   */
  long read(String key, Fallback fallback) throws SQLException {
    read.setString(1, key);
    try (ResultSet rs = read.executeQuery()) {
      if (rs.next()) return Long.parseLong(rs.getString(1));
    }
    return fallback.read();
  }

  /** Stores the three counters, inside the caller's transaction. */
  void save(long linkSeq, long copyOrdinal, long lastStoryId) throws SQLException {
    save.setString(1, LINK_SEQ);
    save.setString(2, Long.toString(linkSeq));
    save.setString(3, COPY_ORDINAL);
    save.setString(4, Long.toString(copyOrdinal));
    save.setString(5, STORY_ID);
    save.setString(6, Long.toString(lastStoryId));
    save.executeUpdate();
  }

  @Override
  public void close() {
    try {
      read.close();
      save.close();
    } catch (SQLException ignored) {
      // closing statements of a connection that is closing; nothing is lost
    }
  }
}
