package org.lede.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.library.Library;

/**
 * A surname many people share, as a large store has them: the linker's "most mentioned bearers" and the entity
 * lookup by name read the bearers in rank order (migration 13), and the rank follows the mentions as they grow and as
 * entities merge, so the answers are those of sorting every bearer by mentions.
 */
class SurnameBearersTest {
  private static final String SURNAME_KEY = "S|halloran";
  private static final int BEARERS = 600;

  @TempDir Path dir;
  private Connection writer;
  private SqliteLinkState state;
  private final Random random = new Random(7);

  @BeforeEach
  void openStore() throws SQLException {
    Library.open(dir).close(); // creates and migrates the store
    writer = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lede.db"));
    writer.setAutoCommit(false); // one transaction, as the linker writes inside an ingest's
    state = new SqliteLinkState(new Statements(writer), 0);
    try (PreparedStatement ps = writer.prepareStatement(
        "INSERT INTO entity(id, type, name, mentions, articles, quotes, profile) VALUES (?, 'PERSON', ?, ?, ?, 0, '{}')")) {
      for (int i = 0; i < BEARERS; i++) {
        ps.setString(1, id(i));
        ps.setString(2, "Person " + i + " Halloran");
        ps.setInt(3, mentionsDrawn());
        ps.setInt(4, 1);
        ps.executeUpdate();
        state.addKey(SURNAME_KEY, id(i));
      }
    }
  }

  @AfterEach
  void close() throws SQLException {
    writer.close();
  }

  private static String id(int i) {
    return "P:person-" + i + "-halloran";
  }

  /** Mostly one or two mentions, a few people in the news every day: the shape of a common surname in the news. */
  private int mentionsDrawn() {
    return (int) Math.min(50_000, Math.floor(1 / Math.pow(random.nextDouble(), 1.4)));
  }

  /** The bearers sorted as the linker means them: most mentioned first, then in the order their key was added. */
  private List<String> expectedTop(int limit) throws SQLException {
    record Bearer(String id, int mentions, long seq) {}
    List<Bearer> all = new ArrayList<>();
    try (PreparedStatement ps = writer.prepareStatement("SELECT k.entity_id, e.mentions, k.seq FROM entity_key k "
        + "JOIN entity e ON e.id = k.entity_id WHERE k.key = ? AND e.merged_into IS NULL")) {
      ps.setString(1, SURNAME_KEY);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) all.add(new Bearer(rs.getString(1), rs.getInt(2), rs.getLong(3)));
      }
    }
    return all.stream().sorted(Comparator.comparingInt(Bearer::mentions).reversed().thenComparingLong(Bearer::seq))
        .limit(limit).map(Bearer::id).toList();
  }

  private void setMentions(String id, int mentions) throws SQLException {
    try (PreparedStatement ps = writer.prepareStatement("UPDATE entity SET mentions = ? WHERE id = ?")) {
      ps.setInt(1, mentions);
      ps.setString(2, id);
      ps.executeUpdate();
    }
  }

  @Test
  void the_most_mentioned_bearers_come_first_as_if_every_bearer_were_sorted() throws SQLException {
    assertThat(state.lookup(SURNAME_KEY, 20)).containsExactlyElementsOf(expectedTop(20));
    assertThat(state.lookup(SURNAME_KEY, 3)).containsExactlyElementsOf(expectedTop(3));
  }

  @Test
  void a_bearer_whose_mentions_grow_past_the_others_rises_to_the_top() throws SQLException {
    String quiet = expectedTop(BEARERS).getLast();
    setMentions(quiet, 200_000);
    assertThat(state.lookup(SURNAME_KEY, 1)).containsExactly(quiet);
    // and falls back when the count is corrected downwards (a relink)
    setMentions(quiet, 1);
    assertThat(state.lookup(SURNAME_KEY, 20)).containsExactlyElementsOf(expectedTop(20)).doesNotContain(quiet);
    for (int step = 0; step < 40; step++) setMentions(id(random.nextInt(BEARERS)), mentionsDrawn());
    assertThat(state.lookup(SURNAME_KEY, 20)).containsExactlyElementsOf(expectedTop(20));
  }

  @Test
  void keys_moved_to_a_merged_entity_rank_by_its_mentions() throws SQLException {
    String top = expectedTop(1).getFirst();
    try (PreparedStatement ps = writer.prepareStatement(
        "INSERT INTO entity(id, type, name, mentions, articles, quotes, profile) VALUES ('O:halloran-trust', "
            + "'ORGANIZATION', 'Halloran Trust', 900000, 1, 0, '{}')")) {
      ps.executeUpdate();
    }
    state.addKey("N|ORGANIZATION|halloran trust", "O:halloran-trust");
    state.merge(top, "O:halloran-trust");
    assertThat(state.lookup(SURNAME_KEY, 1)).containsExactly("O:halloran-trust");
    assertThat(state.lookup(SURNAME_KEY, 20)).containsExactlyElementsOf(expectedTop(20));
  }

  @Test
  void the_lookup_reads_the_bearers_in_rank_order_not_all_of_them_sorted() throws SQLException {
    List<String> plan = new ArrayList<>();
    try (PreparedStatement ps = writer.prepareStatement("EXPLAIN QUERY PLAN " + Statements.LOOKUP_TOP)) {
      ps.setString(1, SURNAME_KEY);
      ps.setInt(2, 20);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) plan.add(rs.getString(4));
      }
    }
    // the sort is of what remains within a rank, which the limit stops early; "FOR ORDER BY" alone would sort all
    assertThat(plan).anySatisfy(step -> assertThat(step).contains("USING INDEX entity_key_by_rank"));
    assertThat(plan).anySatisfy(step -> assertThat(step).contains("LAST 2 TERMS OF ORDER BY"));
  }

  @Test
  void the_entity_named_by_a_shared_surname_is_its_most_mentioned_bearer() throws SQLException {
    SqliteCorpus corpus = new SqliteCorpus(OneConnection.reads(writer));
    String top = expectedTop(1).getFirst();
    assertThat(corpus.named("Halloran")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(top));
  }
}
