package org.lede.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements a writer prepares once on its connection and closes together: {@link #prepare} keeps each, and
 * {@link #close} closes them all (a statement that will not close is left to the connection, which closes next).
 *
 * <p>Used under the writer's monitor, like the connection; not thread-safe.
 */
public final class PreparedSet implements AutoCloseable {
  private final List<PreparedStatement> all = new ArrayList<>();

  /** Prepares {@code sql} on {@code connection} and keeps the statement, to be closed with the others. */
  public PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    all.add(ps);
    return ps;
  }

  @Override
  public void close() {
    for (PreparedStatement ps : all) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // the connection closes next and frees whatever this statement held
      }
    }
    all.clear();
  }
}
