package org.lede.corpus;

import java.sql.Connection;
import java.sql.SQLException;

/** {@link Reads} on one connection the test holds, its open transaction included: corpus reads of rows just written. */
final class OneConnection {
  private OneConnection() {}

  static Reads reads(Connection c) {
    return new Reads() {
      @Override
      public <T> T read(Query<T> q) {
        try {
          return q.run(c);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }
}
