package org.lede.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
}
