package org.lede.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a store's schema up to date: numbered SQL resources ({@code migration/1.sql}, {@code 2.sql}, ...) applied
 * in order, each in its own transaction together with its row in {@code schema_version}, so a crash leaves the
 * schema at some whole version.
 */
final class Migrations {
  private static final String RESOURCE = "migration/%d.sql";

  private Migrations() {}

  /** Returns the newest schema version this code knows. */
  static int latest() {
    int v = 0;
    while (Migrations.class.getResource(RESOURCE.formatted(v + 1)) != null) v++;
    return v;
  }

  /** Applies every migration newer than the store's version, up to {@code target}; returns the version reached. */
  static int migrate(Connection conn, int target) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
    }
    int current = current(conn);
    if (current > latest()) {
      throw new StoreException("the store's schema is version " + current + ", newer than this Lede (" + latest()
          + "); upgrade Lede to open it");
    }
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try {
      for (int v = current + 1; v <= target; v++) {
        try (Statement st = conn.createStatement()) {
          for (String sql : statements(load(v))) st.execute(sql);
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO schema_version(version, applied_at) VALUES (?, ?)")) {
          ps.setInt(1, v);
          ps.setLong(2, System.currentTimeMillis());
          ps.executeUpdate();
        }
        conn.commit();
        current = v;
      }
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(auto);
    }
    return current;
  }

  /** Returns the store's schema version, 0 for an empty file. */
  static int current(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static String load(int version) {
    try (InputStream in = Migrations.class.getResourceAsStream(RESOURCE.formatted(version))) {
      if (in == null) throw new StoreException("migration " + version + " is missing from the build");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a migration into statements; migrations hold no triggers, so a semicolon ending a line ends one. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String code = line.strip();
      if (code.startsWith("--") || code.isEmpty()) continue;
      current.append(line).append('\n');
      if (code.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) out.add(current.toString().strip());
    return out;
  }
}
