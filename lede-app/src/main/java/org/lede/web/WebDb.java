package org.lede.web;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The web app's own small SQLite file, {@code web.db} beside {@code lede.db}: follows and hashed access tokens. It
 * is kept apart from the article store so the store's migrations never have to know about the web app.
 */
final class WebDb {
  static final String FILE = "web.db";

  private WebDb() {}

  /** Opens (creating when absent) the web database in {@code dataDir}. The caller closes the connection. */
  static Connection open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      org.lede.store.SqliteNative.prepare();
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(FILE));
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA busy_timeout=5000");
        s.execute("""
            CREATE TABLE IF NOT EXISTS follow (
              kind TEXT NOT NULL, value TEXT NOT NULL, followed_at INTEGER NOT NULL, PRIMARY KEY (kind, value))""");
        s.execute("""
            CREATE TABLE IF NOT EXISTS access_token (
              sha256 TEXT PRIMARY KEY, label TEXT, created_at INTEGER NOT NULL)""");
      }
      return c;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open " + dataDir.resolve(FILE) + ": " + e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
