package org.lede.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.lede.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.index.SearchRequest;

class CrashRecoveryTest {
  @TempDir Path dir;

  @Test
  void articles_stored_but_not_yet_committed_to_the_index_are_indexed_on_the_next_open() throws Exception {
    Path live = dir.resolve("live");
    Path crashed = dir.resolve("crashed");
    try (Library lib = Library.open(live)) {
      lib.ingest(Fixtures.rawFor("a.html", List.of(Fixtures.harbour())), List.of(Fixtures.harbour()));
      lib.commit();
      lib.ingest(Fixtures.rawFor("b.html", List.of(Fixtures.orchard())), List.of(Fixtures.orchard()));
      lib.ingest(Fixtures.rawFor("c.html", List.of(Fixtures.library())), List.of(Fixtures.library()));
      assertThat(lib.search(SearchRequest.of("frost")).totalHits()).as("visible before any commit").isEqualTo(1);
      // the process dies here: the store has committed all three, the index only the first
      Copies.copyTree(live, crashed);
    }

    try (Library lib = Library.open(crashed)) {
      assertThat(lib.stats().indexed()).isEqualTo(3);
      assertThat(lib.search(SearchRequest.of("frost")).totalHits()).isEqualTo(1);
      assertThat(lib.search(SearchRequest.of("librarians")).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void annotations_refreshed_in_place_but_not_yet_committed_to_the_index_are_indexed_on_the_next_open() throws Exception {
    Path live = dir.resolve("live-annotated");
    Path crashed = dir.resolve("crashed-annotated");
    Article harbour = Fixtures.harbour();
    org.lede.entity.Entity engineer = new org.lede.entity.Entity("P:ines-halvorsen", "Ines Halvorsen",
        org.lede.entity.EntityType.PERSON, List.of(), List.of(), List.of(), null, List.of());
    org.lede.annotate.Annotations found = new org.lede.annotate.Annotations(List.of(), List.of(engineer), List.of(), List.of());
    SearchRequest named = SearchRequest.of("entity:\"Ines Halvorsen\"");
    try (Library lib = Library.open(live)) {
      lib.ingest(Fixtures.rawFor("a.html", List.of(harbour)), List.of(harbour)); // stored without annotations
      lib.commit();
      // the same text again, now annotated (a newer Lede): the version stays, its annotations change in place
      lib.ingest(Fixtures.rawFor("a-refetched.html", List.of(harbour)), List.of(harbour), List.of(found));
      assertThat(lib.stats().versions()).isEqualTo(1);
      assertThat(lib.search(named).totalHits()).as("visible before any commit").isEqualTo(1);
      Copies.copyTree(live, crashed); // the process dies here: the index has not committed the change
    }

    try (Library lib = Library.open(crashed)) {
      assertThat(lib.search(named).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void an_index_built_from_another_store_is_rebuilt() throws Exception {
    Path other = dir.resolve("other");
    Path mine = dir.resolve("mine");
    try (Library lib = Library.open(other)) {
      lib.ingest(Fixtures.rawFor("a.html", List.of(Fixtures.harbour())), List.of(Fixtures.harbour()));
    }
    try (Library lib = Library.open(mine)) {
      lib.ingest(Fixtures.rawFor("b.html", List.of(Fixtures.orchard())), List.of(Fixtures.orchard()));
    }
    Copies.deleteTree(mine.resolve(Library.INDEX_DIR));
    Copies.copyTree(other.resolve(Library.INDEX_DIR), mine.resolve(Library.INDEX_DIR));

    try (Library lib = Library.open(mine)) {
      assertThat(lib.search(SearchRequest.of("harbour")).totalHits()).isZero();
      assertThat(lib.search(SearchRequest.of("frost")).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void a_store_reopened_after_a_crash_numbers_its_copies_and_stories_as_one_that_ran_on() throws Exception {
    // too short to sign for near-duplicates: it must not use up a number that a reopened store would hand out again
    Article brief = Article.builder().canonicalUrl("https://example.test/brief/ferry").site("Coastal Ledger")
        .headline("Ferry delayed").published(Fixtures.time("2024-03-13T08:00:00Z"))
        .addParagraph("The morning ferry was delayed by fog.").build();
    List<Article> day = List.of(brief, Fixtures.harbour(), Fixtures.orchard(), Fixtures.library());
    Path ranOn = dir.resolve("ran-on");
    try (Library lib = Library.open(ranOn)) {
      for (Article a : day) lib.ingest(Fixtures.rawFor(a.canonicalUrl(), List.of(a)), List.of(a));
    }
    Path live = dir.resolve("live");
    Path crashed = dir.resolve("crashed");
    try (Library lib = Library.open(live)) {
      lib.ingest(Fixtures.rawFor(brief.canonicalUrl(), List.of(brief)), List.of(brief));
      Copies.copyTree(live, crashed); // the process dies here
    }
    try (Library lib = Library.open(crashed)) {
      for (Article a : day.subList(1, day.size())) lib.ingest(Fixtures.rawFor(a.canonicalUrl(), List.of(a)), List.of(a));
    }

    String numbers = "SELECT 'copy', article_id, ordinal FROM copy_signature UNION ALL "
        + "SELECT 'story', article_id, story_id FROM story_article ORDER BY 1, 2";
    assertThat(rows(crashed, numbers)).hasSize(7).isEqualTo(rows(ranOn, numbers));
  }

  @Test
  void a_relink_stopped_half_way_is_done_again_on_the_next_open() throws Exception {
    Path data = dir.resolve("relinked");
    String tables = "SELECT 'copy', article_id, ordinal FROM copy_signature UNION ALL "
        + "SELECT 'story', article_id, story_id FROM story_article ORDER BY 1, 2";
    try (Library lib = Library.open(data)) {
      for (int i = 0; i < 520; i++) {
        Article a = Article.builder().canonicalUrl("https://example.test/pier/" + i).site("Coastal Ledger")
            .headline("Pier repairs, day " + i).published(Fixtures.time("2024-03-14T08:30:00Z"))
            .addParagraph("Day " + i + " of the pier works.").build();
        lib.ingest(Fixtures.rawFor(a.canonicalUrl(), List.of(a)), List.of(a));
      }
    }
    List<String> whole = rows(data, tables);
    try (Library lib = Library.open(data)) {
      // the process dies once the first batch of the rebuilt tables has been committed
      assertThatThrownBy(() -> lib.relink((done, total) -> {
        if (done < total) throw new IllegalStateException("killed");
      })).hasMessageContaining("killed");
    }
    assertThat(rows(data, tables)).as("half rebuilt").hasSizeLessThan(whole.size());

    try (Library lib = Library.open(data)) {
      assertThat(lib.stats().articles()).isEqualTo(520);
    }
    assertThat(rows(data, tables)).isEqualTo(whole);
  }

  private static List<String> rows(Path dataDir, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Library.DB_FILE));
         Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3));
    }
    return out;
  }
}
