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
 *
 * <p>Every known migration the store has not applied is applied, not only those above its highest: features built
 * side by side take numbers of their own, and a store that got a higher number first still gets a lower one when it
 * arrives. Migrations are therefore written not to depend on one another unless their numbers say so.
 */
final class Migrations {
  private static final String RESOURCE = "migration/%d.sql";
  /** Numbers are looked for up to here; they are small and few. */
  private static final int HIGHEST_LOOKED_FOR = 200;

  private Migrations() {}

  /** Returns the numbers of the migrations this code holds, ascending. */
  static List<Integer> known() {
    return Known.NUMBERS;
  }

  /** The jar is looked through once a process, not at every open (each look is a resource lookup per number). */
  private static final class Known {
    static final List<Integer> NUMBERS = find();

    private static List<Integer> find() {
      List<Integer> out = new ArrayList<>();
      for (int v = 1; v <= HIGHEST_LOOKED_FOR; v++) {
        if (Migrations.class.getResource(RESOURCE.formatted(v)) != null) out.add(v);
      }
      return List.copyOf(out);
    }
  }

  /** Returns the newest schema version this code knows. */
  static int latest() {
    List<Integer> known = known();
    return known.isEmpty() ? 0 : known.getLast();
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
    java.util.Set<Integer> applied = applied(conn);
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try {
      for (int v : known()) {
        if (v > target || applied.contains(v)) continue;
        try (Statement st = conn.createStatement()) {
          for (String sql : statements(load(v))) st.execute(sql);
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO schema_version(version, applied_at) VALUES (?, ?)")) {
          ps.setInt(1, v);
          ps.setLong(2, System.currentTimeMillis());
          ps.executeUpdate();
        }
        conn.commit();
        current = Math.max(current, v);
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

  private static java.util.Set<Integer> applied(Connection conn) throws SQLException {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
      while (rs.next()) out.add(rs.getInt(1));
    }
    return out;
  }

  private static String load(int version) {
    try (InputStream in = Migrations.class.getResourceAsStream(RESOURCE.formatted(version))) {
      if (in == null) throw new StoreException("migration " + version + " is missing from the build");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits a migration into statements: a semicolon ending a line ends one, but for a trigger, whose body holds
   * statements of its own, only an {@code END;} line does.
   */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String code = line.strip();
      if (code.startsWith("--") || code.isEmpty()) continue;
      current.append(line).append('\n');
      boolean trigger = current.toString().stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER");
      if (trigger ? code.equalsIgnoreCase("END;") : code.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) out.add(current.toString().strip());
    return out;
  }
}
