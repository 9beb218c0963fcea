package org.lede.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.json.ArticleJson;

class PostgresLoadIT {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static PostgresServer pg;
  private static List<String> lines;

  @TempDir Path tmp;

  @BeforeAll
  static void start() throws Exception {
    pg = PostgresServer.start();
    lines = SparkOutput.articleLines(24);
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) pg.close();
  }

  private static PostgresStore newStore() throws SQLException {
    return PostgresStore.open(PostgresAddress.parse(pg.createDatabase("news" + DATABASES.incrementAndGet())));
  }

  private static String database(PostgresStore store) {
    return store.address().database();
  }

  @Test
  void opening_a_new_database_applies_the_migrations_once_and_a_second_open_applies_none() throws Exception {
    try (PostgresStore store = newStore()) {
      try (Connection c = pg.connect(database(store))) {
        assertThat(PostgresMigrations.applied(c)).containsExactlyInAnyOrderElementsOf(PostgresMigrations.known());
        assertThat(PostgresMigrations.migrate(c)).as("nothing new to apply").isEmpty();
        assertThat(count(c, "SELECT count(*) FROM schema_version")).isEqualTo(PostgresMigrations.known().size());
        for (String table : List.of("articles", "entity_mentions", "quotes", "load_parts")) {
          assertThat(count(c, "SELECT count(*) FROM " + table)).as(table).isZero();
        }
      }
      try (PostgresStore again = PostgresStore.open(store.address())) {
        assertThat(again.articleCount()).isZero();
      }
    }
  }

  @Test
  void every_article_is_loaded_with_its_fields_and_bad_lines_are_refused_with_their_part_and_line() throws Exception {
    Path out = tmp.resolve("out");
    List<Path> parts = SparkOutput.write(out, lines, 4);
    List<String> second = new ArrayList<>(Arrays.asList(gunzip(parts.get(1)).split("\n")));
    second.add(2, "{this line is not JSON");
    second.add(4, "{\"headline\":\"A line without an id\"}");
    second.add("{\"id\":\"nul\",\"headline\":\"Null \\u0000 byte\"}");
    gzip(parts.get(1), String.join("\n", second) + "\n");

    List<RefusedLine> refused = new ArrayList<>();
    try (PostgresStore store = newStore()) {
      LoadSummary summary = store.load(out, new LoadListener() {
        @Override
        public void refused(RefusedLine line) {
          refused.add(line);
        }
      });
      assertThat(summary.loaded()).isEqualTo(4);
      assertThat(summary.articles()).isEqualTo(lines.size());
      assertThat(summary.refused()).isEqualTo(3);
      assertThat(summary.complete()).isFalse();
      assertThat(refused).extracting(RefusedLine::part).containsOnly(parts.get(1));
      assertThat(refused).extracting(RefusedLine::line).containsExactly(3L, 5L, (long) second.size());
      assertThat(refused.get(0).reason()).startsWith("not JSON");
      assertThat(refused.get(1).reason()).isEqualTo("no \"id\"");
      assertThat(refused.get(2).reason()).contains("U+0000");

      try (Connection c = pg.connect(database(store))) {
        assertThat(count(c, "SELECT count(*) FROM articles")).isEqualTo(lines.size());
        long mentions = 0;
        long quotes = 0;
        for (String line : lines) {
          assertStored(c, line);
          JsonNode node = ArticleJson.mapper().readTree(line);
          for (JsonNode e : node.get("entities")) mentions += e.get("mentions").size();
          quotes += node.get("quotes").size();
        }
        assertThat(quotes).as("the invented pages carry quotes").isPositive();
        assertThat(count(c, "SELECT count(*) FROM entity_mentions")).isEqualTo(mentions).isPositive();
        assertThat(count(c, "SELECT count(*) FROM quotes")).isEqualTo(quotes);
        assertThat(count(c, "SELECT count(*) FROM quotes WHERE speaker IS NOT NULL")).isPositive();
        // who said it joins who is mentioned: every speaker entity is one of its article's entities
        assertThat(count(c, "SELECT count(*) FROM quotes WHERE speaker_entity IS NOT NULL")).isPositive();
        assertThat(count(c, "SELECT count(*) FROM quotes q WHERE speaker_entity IS NOT NULL AND NOT EXISTS "
            + "(SELECT 1 FROM entity_mentions m WHERE m.article_id = q.article_id AND m.entity_id = q.speaker_entity)"))
            .isZero();
        assertThat(count(c, "SELECT sum(lines) FROM load_parts")).isEqualTo(lines.size() + 3);
        assertThat(count(c, "SELECT sum(refused) FROM load_parts")).isEqualTo(3);
      }

      LoadSummary again = store.load(out, new LoadListener() {});
      assertThat(again.loaded()).as("a second run loads nothing").isZero();
      assertThat(again.skipped()).isEqualTo(4);
      assertThat(again.refused()).as("the lines refused when those parts were loaded").isEqualTo(3);
      assertThat(store.articleCount()).isEqualTo(lines.size());
    }
  }

  @Test
  void an_article_met_again_in_a_later_part_replaces_the_stored_one_and_its_quotes_and_mentions() throws Exception {
    Path out = tmp.resolve("out");
    String changed = lines.get(0).replaceFirst("\"headline\":\"[^\"]*\"", "\"headline\":\"Changed headline\"");
    List<String> all = new ArrayList<>(lines.subList(0, 6));
    all.add(changed);
    SparkOutput.write(out, all, 2);
    try (PostgresStore store = newStore()) {
      assertThat(store.load(out, new LoadListener() {}).articles()).as("each part's articles, the one met twice too").isEqualTo(4 + 3);
      try (Connection c = pg.connect(database(store))) {
        assertThat(count(c, "SELECT count(*) FROM articles")).isEqualTo(6);
        assertStored(c, changed);
        String id = ArticleJson.fromLine(changed).id();
        long mentions = 0;
        for (JsonNode e : ArticleJson.mapper().readTree(changed).get("entities")) mentions += e.get("mentions").size();
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM entity_mentions WHERE article_id = ?")) {
          ps.setString(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(1)).as("mentions are replaced, not added").isEqualTo(mentions);
          }
        }
      }
    }
  }

  @Test
  void a_part_that_cannot_be_read_to_its_end_is_rolled_back_whole_and_the_other_parts_load() throws Exception {
    Path out = tmp.resolve("out");
    List<Path> parts = SparkOutput.write(out, lines, 3);
    byte[] whole = Files.readAllBytes(parts.get(1));
    Files.write(parts.get(1), Arrays.copyOf(whole, whole.length * 2 / 3));
    List<Path> failed = new ArrayList<>();
    try (PostgresStore store = newStore()) {
      LoadSummary summary = store.load(out, new LoadListener() {
        @Override
        public void failed(Path part, Exception why) {
          failed.add(part);
        }
      });
      assertThat(failed).containsExactly(parts.get(1));
      assertThat(summary.loaded()).isEqualTo(2);
      assertThat(summary.failed()).isEqualTo(1);
      assertThat(store.articleCount()).isEqualTo(lines.size() - lines.size() / 3);
      try (Connection c = pg.connect(database(store))) {
        assertThat(count(c, "SELECT count(*) FROM load_parts")).isEqualTo(2);
      }
      Files.write(parts.get(1), whole);
      LoadSummary repaired = store.load(out, new LoadListener() {});
      assertThat(repaired.loaded()).as("only the part that failed").isEqualTo(1);
      assertThat(store.articleCount()).isEqualTo(lines.size());
    }
  }

  @Test
  void an_output_without_articles_folder_is_refused_naming_it() throws Exception {
    try (PostgresStore store = newStore()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.load(tmp, new LoadListener() {}))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(tmp.toString()).hasMessageContaining("articles/");
    }
  }

  /** Checks the row of {@code line}'s article against the line: each column, and the line itself. */
  static void assertStored(Connection c, String line) throws Exception {
    Article a = ArticleJson.fromLine(line);
    try (PreparedStatement ps = c.prepareStatement("""
        SELECT url, canonical_url, site, language, headline, byline, published, updated, story_id, duplicate_of, line::text
        FROM articles WHERE id = ?""")) {
      ps.setString(1, a.id());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as(a.id()).isTrue();
        assertThat(rs.getString("url")).isEqualTo(a.url());
        assertThat(rs.getString("canonical_url")).isEqualTo(a.canonicalUrl());
        assertThat(rs.getString("site")).isEqualTo(a.site());
        assertThat(rs.getString("language")).isEqualTo(a.language());
        assertThat(rs.getString("headline")).isEqualTo(a.headline());
        Array byline = rs.getArray("byline");
        assertThat((String[]) byline.getArray()).containsExactlyElementsOf(a.byline());
        Timestamp published = rs.getTimestamp("published");
        assertThat(published == null ? null : published.toInstant())
            .isEqualTo(a.published() == null ? null : a.published().instant());
        Timestamp updated = rs.getTimestamp("updated");
        assertThat(updated == null ? null : updated.toInstant()).isEqualTo(a.updated() == null ? null : a.updated().instant());
        JsonNode stored = ArticleJson.mapper().readTree(rs.getString("line"));
        JsonNode expected = ArticleJson.mapper().readTree(line);
        // jsonb keeps numbers as numeric (1.0E7 comes back as 10000000): equal as numbers, not as text
        assertThat(stored.equals(NUMERIC, expected)).as("stored line of " + a.id() + ": " + stored).isTrue();
        JsonNode story = expected.path("story").path("id");
        assertThat(rs.getString("story_id")).isEqualTo(story.isMissingNode() || story.isNull() ? null : story.asText());
        assertThat(rs.getString("duplicate_of")).isEqualTo(expected.path("duplicateOf").textValue());
      }
    }
  }

  private static final java.util.Comparator<JsonNode> NUMERIC = (x, y) -> {
    if (x.isNumber() && y.isNumber()) return x.decimalValue().compareTo(y.decimalValue());
    return x.equals(y) ? 0 : 1;
  };

  static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String gunzip(Path part) throws Exception {
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(part))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static void gzip(Path part, String text) throws Exception {
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(part))) {
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
