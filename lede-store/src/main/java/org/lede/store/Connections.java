package org.lede.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.SQLiteConfig;

/**
 * The store's SQLite connections: one writer, which callers serialise on, and a small pool of readers, which WAL
 * mode lets run while the writer commits.
 */
final class Connections implements AutoCloseable {
  /** How much of the database file may be read through a memory map (address space, not memory taken). */
  static final long MMAP_BYTES = 1L << 30;
  private static final int IDLE_READERS = 8;

  private final String url;
  private static final long WAL_LIMIT_BYTES = 64L << 20;
  private final Connection writer;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE_READERS);
  private volatile boolean closed;

  Connections(Path dbFile) throws SQLException {
    SqliteNative.prepare();
    this.url = "jdbc:sqlite:" + dbFile.toAbsolutePath();
    this.writer = open(false);
  }

  /** Returns the writer; callers hold its monitor while they use it. */
  Connection writer() {
    return writer;
  }

  /** Borrows a reader; give it back with {@link #release}. */
  Connection reader() throws SQLException {
    if (closed) throw new StoreException("the store is closed");
    Connection c = idle.poll();
    return c != null ? c : open(true);
  }

  void release(Connection c) {
    if (closed || !idle.offer(c)) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // a reader that fails to close holds no writes; nothing to recover
      }
    }
  }

  private Connection open(boolean reader) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL in WAL mode syncs at checkpoints only: a power cut may lose the last commits but never corrupts.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    config.setCacheSize(-16_000);
    // pages beyond the page cache are read through a memory map, not a read() call and a copy each: the tables that
    // ingest touches at random (band keys, term postings, article ids) outgrow any cache as the corpus grows
    config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(MMAP_BYTES));
    // A large transaction (a merge of the near-duplicate band tiers writes half a gigabyte at a million articles)
    // grows the write-ahead log, and SQLite keeps the file at its largest size; truncated back after a checkpoint.
    config.setPragma(SQLiteConfig.Pragma.JOURNAL_SIZE_LIMIT, String.valueOf(WAL_LIMIT_BYTES));
    // Each ingested input is a savepoint of its group's transaction, and a savepoint journals the first change to every
    // page it touches: in memory rather than in a temporary file, which cost a create, writes and an unlink (system
    // time) for each input. Bounded by the pages one input touches.
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // The driver's generated keys cost a "SELECT last_insert_rowid()" prepared anew after every INSERT; Lede reads
    // new keys through RETURNING instead
    config.setGetGeneratedKeys(false);
    Connection c = config.createConnection(url);
    if (reader) {
      try (var st = c.createStatement()) {
        st.execute("PRAGMA query_only = true");
      }
    }
    return c;
  }

  @Override
  public void close() throws SQLException {
    closed = true;
    Connection c;
    while ((c = idle.poll()) != null) c.close();
    synchronized (writer) {
      writer.close();
    }
  }
}
