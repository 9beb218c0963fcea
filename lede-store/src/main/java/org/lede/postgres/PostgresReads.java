package org.lede.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import org.lede.corpus.Reads;
import org.lede.store.StoreException;

/**
 * A small pool of read-only connections to a PostgreSQL store, lent one a query: at most {@code size} queries run at
 * once, the others wait. Connections are opened when first needed, and one that failed is closed rather than lent
 * again, so a restarted server is reconnected to at the next query.
 *
 * <p>Thread-safe.
 */
final class PostgresReads implements Reads, AutoCloseable {
  private final PostgresAddress address;
  private final Semaphore lending;
  private final BlockingQueue<Connection> idle;
  private volatile boolean closed;

  PostgresReads(PostgresAddress address, int size) {
    if (size < 1) throw new IllegalArgumentException("a pool holds one connection or more, not " + size);
    this.address = address;
    this.lending = new Semaphore(size, true);
    this.idle = new ArrayBlockingQueue<>(size);
  }

  /**
   * Runs {@code q} on a pooled connection.
   *
   * @throws StoreException naming the store when the connection or the query fails
   */
  @Override
  public <T> T read(Query<T> q) {
    if (closed) throw new StoreException("the reads of " + address + " are closed");
    lending.acquireUninterruptibly();
    Connection c = null;
    try {
      c = idle.poll();
      if (c == null) c = connect();
      T answer = q.run(c);
      idle.add(c);
      c = null;
      return answer;
    } catch (SQLException e) {
      throw new StoreException("reading " + address + " failed: " + e.getMessage(), e);
    } finally {
      if (c != null) closeQuietly(c); // it failed: the next query opens a fresh one
      lending.release();
    }
  }

  private Connection connect() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", address.user());
    if (address.password() != null) props.setProperty("password", address.password());
    props.setProperty("connectTimeout", "10");
    props.setProperty("ApplicationName", "lede serve");
    props.setProperty("readOnly", "true");
    Connection c = new org.postgresql.Driver().connect(address.jdbcUrl(), props);
    if (c == null) throw new SQLException("not a PostgreSQL address: " + address);
    return c;
  }

  @Override
  public void close() {
    closed = true;
    for (Connection c; (c = idle.poll()) != null; ) closeQuietly(c);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing a connection we give up on: nothing to save
    }
  }
}
