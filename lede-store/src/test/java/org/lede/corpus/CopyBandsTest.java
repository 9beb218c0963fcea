package org.lede.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.store.ArticleStore;

/**
 * The band index's tiers, merged after every article or two (tiny tier sizes) beside one that never merges: a ferry
 * story run by the wire and later copied, with made-up briefs in between that push the wire story's bands from the
 * fresh tier through the recent and settling ones into the settled one, then the wire story rewritten at its address.
 */
class CopyBandsTest {
  @TempDir Path dir;

  private static final List<String> FERRY = List.of(
      "A passenger ferry with 214 people on board ran aground off the island of Tessel on Sunday evening after its "
          + "steering failed in a strong westerly gale, the coastguard said.",
      "All passengers were taken off by lifeboats and a fishing trawler within three hours, and eleven were treated "
          + "for minor injuries at the harbour clinic in Oster.",
      "The operator, Northsound Lines, said the vessel had passed its annual inspection in May and that divers would "
          + "examine the hull once the weather allowed.");

  private static final List<String> FERRY_CORRECTED = List.of(
      "Investigators said on Monday that the ferry which grounded off Tessel had been sailing on a single engine for "
          + "most of the crossing, contradicting the operator's first account.",
      "The maritime safety board will publish a preliminary report within a month, its chairwoman told reporters at "
          + "the quayside in Oster, where the damaged ship now lies.");

  private static final String[] WORDS = ("council budget harbour school road bridge rain market festival museum "
      + "election mayor strike nurses train station river farmers wheat price storm power cable library court judge "
      + "appeal company workers factory closure tourism summer hotel airport runway delay fire crew forest drought "
      + "water reservoir police report survey households energy bill tram line cyclists parking fees").split(" ");

  private static Article article(String url, String published, List<String> paragraphs) {
    return Article.builder().canonicalUrl(url).site(url.substring(8, url.indexOf('/', 8))).headline(url)
        .published(new StatedTime(Instant.parse(published), StatedTime.Precision.MINUTE, published))
        .paragraphs(paragraphs).build();
  }

  private static List<String> furnished(String before, List<String> body, String after) {
    List<String> p = new ArrayList<>();
    p.add(before);
    p.addAll(body);
    p.add(after);
    return p;
  }

  /** A brief of made-up words in a seeded order: shares no five-word run with any other. */
  private static Article brief(Random random, int n) {
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      StringBuilder s = new StringBuilder();
      for (int w = 0; w < 30; w++) s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      paragraphs.add(s + ".");
    }
    return article("https://briefs.example/" + n, "2026-05-03T06:%02d:00Z".formatted(n % 60), paragraphs);
  }

  /** What each step gave: which article each stored one copies, in order. */
  private record Run(List<String> copyOf, List<List<String>> table, long settled, long settling, long recent,
      long fresh) {
    long rows() {
      return settled + settling + recent + fresh;
    }
  }

  /** Tiers merged after every article or two, with a filter of one piece. */
  private Run merged(String name) throws SQLException {
    return run(name, 40, 100, 200, BandFilter.PIECE_WORDS, c -> {});
  }

  /** Runs the story through a new store, calling {@code between} after the first commit, with its writer closed. */
  private Run run(String name, long freshRows, long recentRows, long settlingRows, int filterWords, Between between)
      throws SQLException {
    Path db = dir.resolve(name + ".db");
    ArticleStore.open(db, Clock.systemUTC()).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      List<String> copyOf = new ArrayList<>();
      Random random = new Random(5);
      try (CopyWriter copies = new CopyWriter(c, freshRows, recentRows, settlingRows, filterWords)) {
        copyOf.add(copies.article("wire", article("https://wire.example/ferry", "2026-05-03T08:00:00Z", FERRY)));
        for (int i = 0; i < 6; i++) copies.article("brief-" + i, brief(random, i));
        copyOf.add(copies.article("coast", article("https://coast.example/tessel", "2026-05-03T09:00:00Z",
            furnished("Listen to this story", FERRY, "Sign up for the Coast Herald newsletter"))));
        for (int i = 6; i < 12; i++) copies.article("brief-" + i, brief(random, i));
        c.commit();
      }
      between.accept(c);
      c.commit();
      try (CopyWriter copies = new CopyWriter(c, freshRows, recentRows, settlingRows, filterWords)) {
        // the wire rewrites its story at the same address: the old text's bands leave whichever tier holds them
        copyOf.add(copies.article("wire", article("https://wire.example/ferry", "2026-05-03T08:00:00Z",
            FERRY_CORRECTED)));
        copyOf.add(copies.article("isles", article("https://isles.example/ferry", "2026-05-03T10:00:00Z",
            furnished("ISLES (Wire) -", FERRY, "Advertisement"))));
        c.commit();
      }
      return new Run(copyOf, rows(c, "SELECT article_id, copy_of FROM copy_signature ORDER BY article_id"),
          count(c, "copy_band"), count(c, "copy_band_settling"), count(c, "copy_band_recent"),
          count(c, "copy_band_fresh"));
    }
  }

  /** What happens to the store between the two writers. */
  private interface Between {
    void accept(Connection c) throws SQLException;
  }

  private static long count(Connection c, String table) throws SQLException {
    return rows(c, "SELECT COUNT(*) FROM " + table).getFirst().stream().mapToLong(Long::parseLong).sum();
  }

  private static List<List<String>> rows(Connection c, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) row.add(String.valueOf(rs.getString(i)));
        out.add(row);
      }
    }
    return out;
  }

  @Test
  void copies_are_found_before_and_after_their_original_is_merged_into_the_settled_tier() throws SQLException {
    Run merged = merged("merged");

    assertThat(merged.copyOf()).containsExactly(null, "wire", null, "coast");
    assertThat(merged.settled()).as("the wire story's bands were merged down before its copy came").isPositive();
  }

  @Test
  void a_rewritten_original_leaves_every_tier_and_its_copies_regroup_under_the_earliest_of_them() throws SQLException {
    Run merged = merged("merged");

    // 15 signed articles (the wire story once, in its rewritten text), 32 band rows each, none in two tiers
    assertThat(merged.rows()).isEqualTo(15L * 32);
    assertThat(merged.table()).contains(List.of("isles", "coast"), List.of("wire", "null"));
  }

  @Test
  void tiers_merged_after_every_article_or_two_find_what_one_unmerged_tier_finds() throws SQLException {
    Run merged = merged("merged");
    Run unmerged = run("unmerged", 1_000_000, 1_000_000, 1_000_000, BandFilter.WORDS, c -> {});

    assertThat(unmerged.settled() + unmerged.settling() + unmerged.recent()).isZero();
    assertThat(merged.copyOf()).isEqualTo(unmerged.copyOf());
    assertThat(merged.table()).isEqualTo(unmerged.table());
  }

  @Test
  void a_store_whose_settled_tier_predates_the_filter_still_finds_copies_of_what_it_holds() throws SQLException {
    Run filtered = merged("filtered");
    // as migration 12 leaves a store that had band keys: all its large tier's rows in copy_band, none in the filter
    Run unfiltered = run("unfiltered", 40, 100, 200, BandFilter.PIECE_WORDS, c -> {
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO copy_band SELECT band, ordinal FROM copy_band_settling");
        st.execute("DELETE FROM copy_band_settling");
        st.execute("DELETE FROM copy_band_filter");
        st.execute("UPDATE copy_band_tiers SET settling_rows = 0, settled_filtered = 0");
      }
    });

    assertThat(unfiltered.copyOf()).isEqualTo(filtered.copyOf()).containsExactly(null, "wire", null, "coast");
    assertThat(unfiltered.table()).isEqualTo(filtered.table());
  }

  @Test
  void a_relink_clears_the_filter_and_covers_the_settled_tier_again() throws SQLException {
    Path db = dir.resolve("relinked.db");
    ArticleStore.open(db, Clock.systemUTC()).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement(); CopyWriter copies = new CopyWriter(c, 40, 100, 200, BandFilter.PIECE_WORDS)) {
        st.execute("UPDATE copy_band_tiers SET settled_filtered = 0");
        Random random = new Random(9);
        for (int i = 0; i < 12; i++) copies.article("brief-" + i, brief(random, i));
        copies.clear(st);
        c.commit();

        assertThat(count(c, "copy_band_filter") + count(c, "copy_band") + count(c, "copy_band_fresh")).isZero();
        assertThat(rows(c, "SELECT settling_rows, settled_filtered FROM copy_band_tiers")).containsExactly(List.of("0", "1"));
      }
    }
  }
}
