package org.lede.postgres;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings a PostgreSQL store's schema up to date: numbered SQL resources ({@code migration/1.sql}, {@code 2.sql}, ...)
 * applied in order, each in one transaction with its row in {@code schema_version}, so a crash leaves the schema at a
 * whole version and a re-run applies only what is new. Two loaders starting together take turns (an advisory lock).
 */
final class PostgresMigrations {
  private static final String RESOURCE = "migration/%d.sql";
  private static final int HIGHEST_LOOKED_FOR = 200;
  /** The advisory lock migrations hold, any number that other users of the database are unlikely to pick. */
  private static final long LOCK = 0x1ede_0001L;

  private PostgresMigrations() {}

  /** Returns the numbers of the migrations this code holds, ascending. */
  static List<Integer> known() {
    List<Integer> out = new ArrayList<>();
    for (int v = 1; v <= HIGHEST_LOOKED_FOR; v++) {
      if (PostgresMigrations.class.getResource(RESOURCE.formatted(v)) != null) out.add(v);
    }
    return out;
  }

  /** Applies every known migration the database lacks; returns the numbers applied now. */
  static List<Integer> migrate(Connection conn) throws SQLException {
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    List<Integer> appliedNow = new ArrayList<>();
    try {
      try (Statement st = conn.createStatement()) {
        st.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
        st.execute("CREATE TABLE IF NOT EXISTS schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
      }
      conn.commit();
      for (int v : known()) {
        try (Statement st = conn.createStatement()) {
          st.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
          if (applied(conn).contains(v)) {
            conn.commit();
            continue;
          }
          st.execute(sql(v));
          try (PreparedStatement ps = conn.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
            ps.setInt(1, v);
            ps.executeUpdate();
          }
          conn.commit();
          appliedNow.add(v);
        } catch (SQLException | RuntimeException e) {
          conn.rollback();
          throw e;
        }
      }
    } finally {
      conn.setAutoCommit(auto);
    }
    return appliedNow;
  }

  /** Returns the versions the database has applied. */
  static Set<Integer> applied(Connection conn) throws SQLException {
    Set<Integer> out = new HashSet<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
      while (rs.next()) out.add(rs.getInt(1));
    }
    return out;
  }

  private static String sql(int version) {
    try (InputStream in = PostgresMigrations.class.getResourceAsStream(RESOURCE.formatted(version))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
