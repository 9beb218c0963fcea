package org.lede.corpus;

import java.sql.Connection;
import java.sql.SQLException;

/** Lends a reader connection of the store for one query. */
@FunctionalInterface
public interface Reads {

  /** A query on a reader connection. */
  @FunctionalInterface
  interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code q} on a reader connection and gives the connection back. */
  <T> T read(Query<T> q);
}
