package org.lede.store.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.lede.store.ArticleStore;

/** A store's database for the benches that drive one set of corpus tables directly, without the rest of a store. */
final class BenchDatabase {
  private BenchDatabase() {}

  /**
   * Creates the store's schema in {@code db} (migrations and all) and returns a connection set up as the store's own
   * (WAL, synchronous NORMAL, the same page cache and memory map), not auto-committing; the caller closes it.
   */
  static Connection open(Path db) throws SQLException {
    ArticleStore.open(db, Clock.systemUTC()).close();
    org.lede.store.SqliteNative.prepare();
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA journal_mode = WAL");
      st.execute("PRAGMA synchronous = NORMAL");
      st.execute("PRAGMA cache_size = -16000");
      st.execute("PRAGMA mmap_size = 1073741824");
      c.setAutoCommit(false);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }
}
