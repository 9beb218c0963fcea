package org.lede.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A {@code lede spark} output ({@code OUT/articles/part-*.jsonl.gz}, {@code OUT/corpus/TABLE/part-*.jsonl.gz}) written
 * from a data directory {@code lede ingest} filled: the articles as {@code lede export} writes them, the corpus tables
 * row for row as the SQLite store holds them (the job computes the same tables; its parity with the store is the
 * Spark module's own test). So a store {@code lede load} fills from it holds exactly what the SQLite store holds, and
 * the pages served from both can be compared line by line.
 */
final class StoreAsJobOutput {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Each corpus table the load takes, the columns read, the order its rows were written in, and the job's folder for
   * it when that is not the table's name.
   */
  private static final List<String[]> TABLES = List.of(
      new String[] {"entity", "id, type, name, mentions, articles, quotes, first_seen, last_seen, profile, merged_into", "rowid"},
      new String[] {"entity_key", "key, entity_id, rank", "key, entity_id"},
      new String[] {"mention", "article_id, local_id, entity_id, name, type, reason, mentions, quotes, published_at", "seq"},
      new String[] {"corpus_quote", "id, speaker_id, speaker_name, kind, text, words, first_article, first_ordinal, "
          + "first_published, carriers, outlets", "id"},
      new String[] {"quote_carrier", "article_id, ordinal, quote_id, speaker_local, site, published_at", "seq"},
      new String[] {"corpus_quote_key", "key, quote_id", "key, quote_id"},
      new String[] {"copy_signature", "article_id, signature, words, first_at, ordinal, copy_of, similarity", "ordinal",
          "copy"},
      new String[] {"story", "id, title, first_at, last_at, size, outlets", "id"},
      new String[] {"story_article", "article_id, story_id, site, published_at", "article_id"},
      new String[] {"story_redirect", "id, survivor, merged_by", "id"});

  private StoreAsJobOutput() {}

  /** Writes {@code dataDir}'s articles and corpus tables under {@code out}, as the job lays them out. */
  static void write(Path dataDir, Path out) throws IOException, SQLException {
    Path articles = Files.createDirectories(out.resolve("articles"));
    Path exported = out.resolve("exported.jsonl");
    Cli.Run export = Cli.run("export", "--data", dataDir.toString(), "-o", exported.toString());
    if (export.exit() != 0) throw new IllegalStateException("lede export failed: " + export.err());
    List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
    gzip(lines, articles.resolve("part-00000-0a1b2c3d-c000.jsonl.gz"));
    Files.delete(exported);
    List<String> ids = new java.util.ArrayList<>(); // for the tests: each article's id and headline
    for (String line : lines) {
      JsonNode a = JSON.readTree(line);
      ids.add(a.path("id").asText() + "\t" + a.path("headline").asText());
    }
    Files.write(out.resolveSibling(out.getFileName() + "-ids.txt"), ids, StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("lede.db"))) {
      for (String[] t : TABLES) {
        Path dir = Files.createDirectories(out.resolve("corpus").resolve(t.length > 3 ? t[3] : t[0]));
        gzip(rows(c, t[0], t[1], t[2]), dir.resolve("part-00000-0a1b2c3d-c000.jsonl.gz"));
      }
    }
    Files.createDirectories(out.resolve("rejects"));
    Files.writeString(out.resolve("_SUCCESS"), "");
  }

  private static List<String> rows(Connection c, String table, String columns, String order) throws SQLException {
    List<String> lines = new java.util.ArrayList<>();
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + table + " ORDER BY " + order)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        ObjectNode row = JSON.createObjectNode();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String name = meta.getColumnName(i);
          Object v = rs.getObject(i);
          if (v == null) row.putNull(name);
          else if (name.equals("profile")) row.set(name, profile(row, rs.getString(i)));
          else if (v instanceof byte[] bytes) row.put(name, java.util.Base64.getEncoder().encodeToString(bytes));
          else if (name.equals("similarity")) row.put(name, rs.getDouble(i));
          else if (v instanceof Number n) row.put(name, n.longValue());
          else row.put(name, v.toString());
        }
        lines.add(JSON.writeValueAsString(row));
      }
    } catch (IOException e) {
      throw new SQLException(e);
    }
    return lines;
  }

  /** The profile as JSON, and the aliases, titles and roles the job writes beside it from the same profile. */
  private static JsonNode profile(ObjectNode row, String text) throws IOException {
    JsonNode profile = JSON.readTree(text);
    ArrayNode aliases = row.putArray("aliases");
    profile.path("names").fieldNames().forEachRemaining(n -> {
      if (!n.equals(row.path("name").asText())) aliases.add(n);
    });
    row.set("titles", profile.path("titles").isArray() ? profile.get("titles") : JSON.createArrayNode());
    row.set("roles", profile.path("roles").isArray() ? profile.get("roles") : JSON.createArrayNode());
    return profile;
  }

  private static void gzip(List<String> lines, Path file) throws IOException {
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (String line : lines) gz.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
