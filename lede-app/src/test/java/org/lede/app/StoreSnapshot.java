package org.lede.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * What a data directory holds, read from a copy of its files as a crashed process left them (reading the original
 * would let SQLite recover its journal before Lede does): every row of every store table, less the clock times a
 * run stamps, and the search index's last commit.
 *
 * @param tables        per table, its rows rendered as text, sorted
 * @param indexed       the committed index's entries: article id to version, one per document (duplicates counted)
 * @param indexEntries  how many live documents the committed index holds
 * @param indexSeq      the store seq the index's last commit says it reached (0 when it has none)
 */
record StoreSnapshot(Map<String, List<String>> tables, Map<String, Integer> indexed, int indexEntries, long indexSeq) {
  /** Columns that hold when a run wrote a row: two runs never agree on them. */
  private static final Set<String> CLOCK_COLUMNS = Set.of(
      "ingested_at", "first_ingested_at", "updated_at", "applied_at", "created_at");
  /** Tables that say which store or schema this is rather than what it holds. */
  private static final Set<String> IDENTITY_TABLES = Set.of("schema_version", "store_meta");

  static StoreSnapshot read(Path dataDir, Path scratch) throws IOException, SQLException {
    Path copy = Files.createTempDirectory(Files.createDirectories(scratch), "snapshot");
    try {
      for (String name : List.of("lede.db", "lede.db-wal", "lede.db-shm")) {
        Path f = dataDir.resolve(name);
        if (Files.exists(f)) Files.copy(f, copy.resolve(name));
      }
      Map<String, List<String>> tables = Files.exists(copy.resolve("lede.db")) ? tables(copy.resolve("lede.db")) : Map.of();
      Map<String, Integer> indexed = new TreeMap<>();
      int[] entries = {0};
      long seq = index(dataDir.resolve("index"), indexed, entries);
      return new StoreSnapshot(tables, indexed, entries[0], seq);
    } finally {
      try (var files = Files.walk(copy)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }

  /** Returns the rows of {@code table}; empty when the store has no such table. */
  List<String> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }

  /** Article id to latest version, as the store's {@code article} table has them. */
  Map<String, Integer> latestVersions() {
    Map<String, Integer> out = new TreeMap<>();
    for (String row : rows("article")) {
      Map<String, String> cells = cells(row);
      out.put(cells.get("id"), Integer.parseInt(cells.get("latest_version")));
    }
    return out;
  }

  /** The highest seq the store's article table points at. */
  long storeSeq() {
    return rows("article").stream().mapToLong(r -> Long.parseLong(cells(r).get("latest_seq"))).max().orElse(0);
  }

  /** Splits a row rendered by this class into its cells, by column name. */
  static Map<String, String> cells(String row) {
    Map<String, String> out = new TreeMap<>();
    for (String cell : row.split("\u001f")) {
      int eq = cell.indexOf('=');
      out.put(cell.substring(0, eq), cell.substring(eq + 1));
    }
    return out;
  }

  private static Map<String, List<String>> tables(Path db) throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      List<String> names = new ArrayList<>();
      // the full-text index's shadow tables mirror corpus_quote; the virtual table itself is read like any other
      try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
          + "AND name NOT LIKE 'corpus_quote_text_%' ORDER BY name")) {
        while (rs.next()) names.add(rs.getString(1));
      }
      for (String table : names) {
        if (IDENTITY_TABLES.contains(table)) continue;
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              String column = md.getColumnName(i);
              if (CLOCK_COLUMNS.contains(column)) continue;
              Object value = rs.getObject(i);
              if (!row.isEmpty()) row.append('\u001f');
              row.append(column).append('=').append(value instanceof byte[] b ? "sha256:" + sha256(b) : value);
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        out.put(table, rows);
      }
    }
    return out;
  }

  private static long index(Path dir, Map<String, Integer> indexed, int[] entries) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      for (var leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          Document stored = fields.document(doc);
          entries[0]++;
          indexed.put(stored.get("id"), stored.getField("version").numericValue().intValue());
        }
      }
      String seq = reader.getIndexCommit().getUserData().get("lede.store.seq");
      return seq == null ? 0 : Long.parseLong(seq);
    } catch (IndexNotFoundException e) {
      return 0;
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
