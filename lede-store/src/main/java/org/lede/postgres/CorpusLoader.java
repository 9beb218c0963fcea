package org.lede.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.lede.extract.records.LineSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads one part file of a corpus table ({@link CorpusTable}) in one transaction, as {@link PartLoader} loads an
 * article part: its lines streamed through COPY into a staging table as jsonb, upserted into the table by its key,
 * the counts kept from it brought in step ({@link CorpusCounts}), and the part recorded in {@code load_parts}, so a
 * re-run skips it. A line that is not JSON, or lacks a field its
 * table needs, is refused and reported; the rest of the part goes on.
 *
 * <p>Not thread-safe: one connection, one part at a time.
 */
final class CorpusLoader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection conn;

  CorpusLoader(Connection conn) throws SQLException {
    this.conn = conn;
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS corpus_staging (line_no int NOT NULL, l jsonb NOT NULL)"
          + " ON COMMIT DELETE ROWS");
      CorpusCounts.prepare(st);
    }
  }

  /** Returns the part files of {@code table} under {@code out}, by name; none when the output has no such table. */
  static List<Path> parts(Path out, CorpusTable table) throws IOException {
    Path dir = out.resolve("corpus").resolve(table.name());
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().startsWith("part-") && p.getFileName().toString().endsWith(".jsonl.gz"))
          .sorted().toList();
    }
  }

  /**
   * Loads {@code part} of {@code table} under {@code key}.
   *
   * @throws IOException  when the part cannot be read to its end (nothing of it is kept)
   * @throws SQLException when the database fails (nothing of it is kept)
   */
  LoadedPart load(CorpusTable table, Path part, String key, Consumer<RefusedLine> refusals)
      throws IOException, SQLException {
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try {
      long bytes = Files.size(part);
      long[] staged = stage(part, refusals); // lines, staged, refused
      long rows;
      try (Statement st = conn.createStatement()) {
        CorpusCounts.before(st, table);
        rows = st.executeUpdate(table.statement());
        CorpusCounts.after(st, table);
      }
      // a key met twice is one row (ON CONFLICT DO NOTHING): only the other tables' missing rows were refused
      long incomplete = table.keysOnly() ? 0 : staged[1] - rows;
      if (incomplete > 0) {
        refusals.accept(new RefusedLine(part, 0, incomplete + " lines lack a field " + table.name() + " needs ("
            + String.join(", ", table.required()) + ")"));
      }
      long refused = staged[2] + incomplete;
      try (PreparedStatement ps = conn.prepareStatement("""
          INSERT INTO load_parts (path, bytes, lines, articles, refused) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (path) DO UPDATE SET bytes = EXCLUDED.bytes, lines = EXCLUDED.lines,
            articles = EXCLUDED.articles, refused = EXCLUDED.refused, loaded_at = now()""")) {
        ps.setString(1, key);
        ps.setLong(2, bytes);
        ps.setLong(3, staged[0]);
        ps.setLong(4, rows);
        ps.setLong(5, refused);
        ps.executeUpdate();
      }
      conn.commit();
      return new LoadedPart(part, bytes, staged[0], rows, refused);
    } catch (IOException | SQLException | RuntimeException e) {
      try {
        if (!conn.isClosed()) conn.rollback();
      } catch (SQLException ignored) {
        // the connection is gone: the server rolls the transaction back itself
      }
      throw e;
    } finally {
      if (!conn.isClosed()) conn.setAutoCommit(auto);
    }
  }

  private long[] stage(Path part, Consumer<RefusedLine> refusals) throws IOException, SQLException {
    long lines = 0;
    long staged = 0;
    long refused = 0;
    String copy = "COPY corpus_staging (line_no, l) FROM STDIN (FORMAT binary)";
    try (InputStream in = new GZIPInputStream(Files.newInputStream(part), 1 << 16);
         OutputStream sink = new BufferedOutputStream(new PGCopyOutputStream(conn.unwrap(PGConnection.class), copy), 1 << 16);
         CopyRows rows = new CopyRows(sink)) {
      LineSource reader = new LineSource(new BufferedInputStream(in, 1 << 16), PartLoader.MAX_LINE_BYTES);
      for (LineSource.Line next = reader.next(); next != null; next = reader.next()) {
        lines++;
        String line = next.tooLong() ? null : next.text();
        if (line != null && line.isBlank()) continue;
        String reason = line == null ? "longer than " + (PartLoader.MAX_LINE_BYTES >> 20) + " MiB" : notAnObject(line);
        if (reason != null) {
          refused++;
          refusals.accept(new RefusedLine(part, lines, reason));
          continue;
        }
        if (lines > Integer.MAX_VALUE) throw new IOException(part + " has more than " + Integer.MAX_VALUE + " lines");
        rows.row(2);
        rows.int4((int) lines);
        rows.jsonb(line);
        staged++;
      }
    }
    return new long[] {lines, staged, refused};
  }

  /** Why {@code line} is not a JSON object, or null when it is one. */
  private static String notAnObject(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      return n != null && n.isObject() ? null : "not a JSON object";
    } catch (IOException e) {
      return "not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")";
    }
  }
}
