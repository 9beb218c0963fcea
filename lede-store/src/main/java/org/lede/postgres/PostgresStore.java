package org.lede.postgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.lede.extract.records.PartFiles;
import org.lede.store.StoreException;

/**
 * Lede's articles in PostgreSQL: opened with its schema brought up to date, loaded from the part files of
 * {@code lede spark}, read back as lines of the JSON Lines contract.
 *
 * <pre>{@code
 * try (PostgresStore store = PostgresStore.open(PostgresAddress.parse("postgres://lede@127.0.0.1:5432/news"))) {
 *   LoadSummary s = store.load(Path.of("OUT"), new LoadListener() {});
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one connection.
 */
public final class PostgresStore implements AutoCloseable {
  /** Rows fetched at a time when reading articles back: memory stays flat whatever the store holds. */
  private static final int FETCH = 200;

  private final PostgresAddress address;
  private final Connection conn;

  private PostgresStore(PostgresAddress address, Connection conn) {
    this.address = address;
    this.conn = conn;
  }

  /**
   * Connects and applies the migrations the database lacks.
   *
   * @throws StoreException naming the address when the server cannot be reached or refuses the connection
   */
  public static PostgresStore open(PostgresAddress address) {
    Properties props = new Properties();
    props.setProperty("user", address.user());
    if (address.password() != null) props.setProperty("password", address.password());
    props.setProperty("connectTimeout", "10");
    props.setProperty("ApplicationName", "lede");
    Connection conn;
    try {
      conn = new org.postgresql.Driver().connect(address.jdbcUrl(), props);
    } catch (SQLException e) {
      throw new StoreException("cannot connect to PostgreSQL at " + address + ": " + e.getMessage(), e);
    }
    try {
      PostgresMigrations.migrate(conn);
      return new PostgresStore(address, conn);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(conn);
      throw new StoreException("cannot bring the schema of " + address + " up to date: " + e.getMessage(), e);
    }
  }

  /** Returns where this store is. */
  public PostgresAddress address() {
    return address;
  }

  /**
   * Loads every part file of a {@code lede spark} output ({@code out/articles/part-*.jsonl.gz}) in name order, then
   * its corpus tables ({@code out/corpus/TABLE/part-*.jsonl.gz}, when the run made them: {@link CorpusTable}), each
   * part in a transaction of its own that also records it, so that a part already loaded (same path, same size) is
   * skipped: a run stopped part-way resumes where it stopped.
   *
   * @throws IllegalArgumentException when {@code out} is not such an output
   * @throws StoreException           when the database fails or the connection is lost
   */
  public LoadSummary load(Path out, LoadListener listener) throws IOException {
    long started = System.nanoTime();
    List<Path> parts = PartFiles.of(out);
    Tally articles = new Tally();
    Tally corpusRows = new Tally();
    try {
      PartLoader loader = new PartLoader(conn);
      for (Path part : parts) loadPart(part, articles, listener, key -> loader.load(part, key, listener::refused));
      CorpusLoader corpus = new CorpusLoader(conn);
      for (CorpusTable table : CorpusTable.ALL) {
        for (Path part : CorpusLoader.parts(out, table)) {
          loadPart(part, corpusRows, listener, key -> corpus.load(table, part, key, listener::refused));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("loading into " + address + " failed: " + e.getMessage(), e);
    }
    return new LoadSummary(articles.loaded + corpusRows.loaded, articles.skipped + corpusRows.skipped,
        articles.failed + corpusRows.failed, articles.rows, corpusRows.rows, articles.bytes + corpusRows.bytes,
        articles.refused + corpusRows.refused, Duration.ofNanos(System.nanoTime() - started));
  }

  /** Counts of the part files of one kind: articles, or corpus rows. */
  private static final class Tally {
    int loaded;
    int skipped;
    int failed;
    long rows;
    long bytes;
    long refused;
  }

  /** Loads one part file, the same path and size at most once. */
  private interface PartLoad {
    LoadedPart load(String key) throws IOException, SQLException;
  }

  /** Skips {@code part} if it was loaded before, else loads it; a part that cannot be read is counted failed. */
  private void loadPart(Path part, Tally tally, LoadListener listener, PartLoad load) throws IOException, SQLException {
    String key = part.toRealPath().toString();
    Long refusedThen = loadedBefore(key, java.nio.file.Files.size(part));
    if (refusedThen != null) {
      tally.skipped++;
      tally.refused += refusedThen;
      listener.skipped(part, refusedThen);
      return;
    }
    try {
      LoadedPart done = load.load(key);
      tally.loaded++;
      tally.rows += done.articles();
      tally.bytes += done.bytes();
      tally.refused += done.refused();
      listener.loaded(done);
    } catch (IOException e) {
      tally.failed++;
      listener.failed(part, e);
    }
  }

  /** Returns the lines refused when {@code key} was loaded with this size, or null when it was not. */
  private Long loadedBefore(String key, long bytes) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT refused FROM load_parts WHERE path = ? AND bytes = ?")) {
      ps.setString(1, key);
      ps.setLong(2, bytes);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  /**
   * Returns every stored article's contract line as stored (jsonb's text: keys reordered), in load order, read a page
   * at a time through a cursor; close the stream when done.
   */
  public Stream<String> lines() {
    try {
      conn.setAutoCommit(false); // PgJDBC uses a cursor, and honours the fetch size, only inside a transaction
      PreparedStatement ps = conn.prepareStatement("SELECT line::text FROM articles ORDER BY seq, id");
      ps.setFetchSize(FETCH);
      ResultSet rs = ps.executeQuery();
      Iterator<String> it = new Iterator<>() {
        private Boolean ahead;

        @Override
        public boolean hasNext() {
          if (ahead == null) {
            try {
              ahead = rs.next();
            } catch (SQLException e) {
              throw new StoreException("reading articles from " + address + " failed: " + e.getMessage(), e);
            }
          }
          return ahead;
        }

        @Override
        public String next() {
          if (!hasNext()) throw new NoSuchElementException();
          ahead = null;
          try {
            return rs.getString(1);
          } catch (SQLException e) {
            throw new StoreException("reading articles from " + address + " failed: " + e.getMessage(), e);
          }
        }
      };
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
          .onClose(() -> {
            try {
              rs.close();
              ps.close();
              conn.rollback();
              conn.setAutoCommit(true);
            } catch (SQLException e) {
              throw new StoreException("closing the read of " + address + " failed: " + e.getMessage(), e);
            }
          });
    } catch (SQLException e) {
      throw new StoreException("reading articles from " + address + " failed: " + e.getMessage(), e);
    }
  }

  /** Returns how many articles the store holds. */
  public long articleCount() {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("counting the articles of " + address + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    closeQuietly(conn);
  }

  private static void closeQuietly(Connection conn) {
    try {
      conn.close();
    } catch (SQLException ignored) {
      // closing: nothing left to save
    }
  }
}
