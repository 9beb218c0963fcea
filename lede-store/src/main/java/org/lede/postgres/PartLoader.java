package org.lede.postgres;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.lede.extract.records.LineSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads one part file in one transaction: its lines streamed through COPY into a staging table, then upserted into
 * {@code articles} (an id already there is replaced), its quotes and entity mentions into their tables, and the part
 * itself into {@code load_parts}. A failure anywhere, or a crash, rolls the whole part back; a bad line is refused
 * and reported, and the rest of the part goes on.
 *
 * <p>Memory holds one line at a time, whatever the part's size. Not thread-safe: one connection, one part at a time.
 */
final class PartLoader {
  /** A line longer than this (in bytes) is refused unread; jsonb holds at most 255 MB. */
  static final int MAX_LINE_BYTES = 32 << 20;
  /** Loads into one database take turns a part at a time, so each part's load order (seq) is a block of its own. */
  private static final long LOCK = 0x1ede_0002L;
  private static final String[] STAGED = {"line_no", "id", "url", "canonical_url", "site", "language", "headline",
      "byline", "published", "updated", "story_id", "duplicate_of", "line"};

  private final Connection conn;

  PartLoader(Connection conn) throws SQLException {
    this.conn = conn;
    try (Statement st = conn.createStatement()) {
      st.execute("""
          CREATE TEMP TABLE IF NOT EXISTS load_staging (
            line_no int NOT NULL, id text NOT NULL, url text, canonical_url text, site text, language text,
            headline text, byline text[] NOT NULL, published timestamptz, updated timestamptz, story_id text,
            duplicate_of text, line jsonb NOT NULL
          ) ON COMMIT DELETE ROWS""");
    }
  }

  /**
   * Loads {@code part} (gzip'd when its name ends in .gz) under {@code key}; reports each refused line to
   * {@code refusals} as it is met.
   *
   * @throws IOException  when the part cannot be read to its end (nothing of it is kept)
   * @throws SQLException when the database fails (nothing of it is kept)
   */
  LoadedPart load(Path part, String key, Consumer<RefusedLine> refusals) throws IOException, SQLException {
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try {
      try (Statement st = conn.createStatement()) {
        st.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
      }
      long bytes = Files.size(part);
      long[] counts = stage(part, refusals); // lines, refused
      long articles = upsert();
      try (PreparedStatement ps = conn.prepareStatement("""
          INSERT INTO load_parts (path, bytes, lines, articles, refused) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (path) DO UPDATE SET bytes = EXCLUDED.bytes, lines = EXCLUDED.lines,
            articles = EXCLUDED.articles, refused = EXCLUDED.refused, loaded_at = now()""")) {
        ps.setString(1, key);
        ps.setLong(2, bytes);
        ps.setLong(3, counts[0]);
        ps.setLong(4, articles);
        ps.setLong(5, counts[1]);
        ps.executeUpdate();
      }
      conn.commit();
      return new LoadedPart(part, bytes, counts[0], articles, counts[1]);
    } catch (IOException | SQLException | RuntimeException e) {
      rollback();
      throw e;
    } finally {
      if (!conn.isClosed()) conn.setAutoCommit(auto);
    }
  }

  private long[] stage(Path part, Consumer<RefusedLine> refusals) throws IOException, SQLException {
    long lines = 0;
    long refused = 0;
    String copy = "COPY load_staging (" + String.join(", ", STAGED) + ") FROM STDIN (FORMAT binary)";
    try (InputStream raw = Files.newInputStream(part);
         InputStream in = part.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
         OutputStream sink = new BufferedOutputStream(new PGCopyOutputStream(conn.unwrap(PGConnection.class), copy), 1 << 16);
         CopyRows rows = new CopyRows(sink)) {
      LineSource reader = new LineSource(new BufferedInputStream(in, 1 << 16), MAX_LINE_BYTES);
      for (LineSource.Line next = reader.next(); next != null; next = reader.next()) {
        lines++;
        String line = next.tooLong() ? null : next.text();
        if (line != null && line.isBlank()) continue;
        ContractLine a;
        try {
          if (line == null) throw new ContractLine.Refused("longer than " + (MAX_LINE_BYTES >> 20) + " MiB");
          a = ContractLine.read(line);
        } catch (ContractLine.Refused e) {
          refused++;
          refusals.accept(new RefusedLine(part, lines, e.getMessage()));
          continue;
        }
        if (lines > Integer.MAX_VALUE) throw new IOException(part + " has more than " + Integer.MAX_VALUE + " lines");
        rows.row(STAGED.length);
        rows.int4((int) lines);
        rows.text(a.id());
        rows.text(a.url());
        rows.text(a.canonicalUrl());
        rows.text(a.site());
        rows.text(a.language());
        rows.text(a.headline());
        rows.textArray(a.byline());
        rows.timestamptz(a.published());
        rows.timestamptz(a.updated());
        rows.text(a.storyId());
        rows.text(a.duplicateOf());
        rows.jsonb(a.json());
      }
    }
    return new long[] {lines, refused};
  }

  /** Moves the staged lines into the tables; returns the articles loaded (distinct ids). */
  private long upsert() throws SQLException {
    try (Statement st = conn.createStatement()) {
      // an id met twice in one part: the later line wins, as a later part's line wins over an earlier part's
      st.execute("""
          DELETE FROM load_staging WHERE ctid IN (
            SELECT ctid FROM (SELECT ctid, row_number() OVER (PARTITION BY id ORDER BY line_no DESC) AS r FROM load_staging) d
            WHERE r > 1)""");
      long base;
      try (ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
        rs.next();
        base = rs.getLong(1);
      }
      st.execute("""
          INSERT INTO articles AS a (id, url, canonical_url, site, language, headline, byline, published, updated,
            story_id, duplicate_of, line, seq)
          SELECT id, url, canonical_url, site, language, headline, byline, published, updated, story_id, duplicate_of,
            line, %d + line_no FROM load_staging
          ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, canonical_url = EXCLUDED.canonical_url, site = EXCLUDED.site,
            language = EXCLUDED.language, headline = EXCLUDED.headline, byline = EXCLUDED.byline,
            published = EXCLUDED.published, updated = EXCLUDED.updated, story_id = EXCLUDED.story_id,
            duplicate_of = EXCLUDED.duplicate_of, line = EXCLUDED.line
          WHERE a.line IS DISTINCT FROM EXCLUDED.line""".formatted(base));
      st.execute("DELETE FROM entity_mentions WHERE article_id IN (SELECT id FROM load_staging)");
      st.execute("DELETE FROM quotes WHERE article_id IN (SELECT id FROM load_staging)");
      st.execute("""
          INSERT INTO entity_mentions (article_id, entity_ordinal, mention_ordinal, entity_id, name, type, mention,
            start_offset, end_offset)
          SELECT s.id, e.o, m.o, e.v->>'id', e.v->>'name', e.v->>'type', m.v->>'text', (m.v->>'start')::int,
            (m.v->>'end')::int
          FROM load_staging s,
            jsonb_array_elements(CASE WHEN jsonb_typeof(s.line->'entities') = 'array' THEN s.line->'entities' ELSE '[]' END)
              WITH ORDINALITY AS e(v, o),
            jsonb_array_elements(CASE WHEN jsonb_typeof(e.v->'mentions') = 'array' THEN e.v->'mentions' ELSE '[]' END)
              WITH ORDINALITY AS m(v, o)""");
      st.execute("""
          INSERT INTO quotes (article_id, ordinal, text, kind, start_offset, end_offset, cue, speaker, speaker_kind,
                              speaker_entity)
          SELECT s.id, q.o, q.v->>'text', q.v->>'kind', (q.v->>'start')::int, (q.v->>'end')::int,
            q.v->'cue'->>'text', q.v->'speaker'->>'name', q.v->'speaker'->>'kind', q.v->'speaker'->>'entityId'
          FROM load_staging s,
            jsonb_array_elements(CASE WHEN jsonb_typeof(s.line->'quotes') = 'array' THEN s.line->'quotes' ELSE '[]' END)
              WITH ORDINALITY AS q(v, o)""");
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM load_staging")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void rollback() {
    try {
      if (!conn.isClosed()) conn.rollback();
    } catch (SQLException ignored) {
      // the connection is gone: the server rolls the transaction back itself
    }
  }
}
