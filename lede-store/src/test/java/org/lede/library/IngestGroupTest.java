package org.lede.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.index.SearchRequest;
import org.lede.source.Document;

class IngestGroupTest {
  @TempDir Path dir;

  @Test
  void grouped_inputs_are_unseen_until_the_group_commits_then_stored_and_searchable() {
    try (Library lib = Library.open(dir)) {
      Document harbour = Fixtures.rawFor("a.html", List.of(Fixtures.harbour()));
      try (IngestGroup group = lib.group()) {
        group.ingest(harbour, List.of(Fixtures.harbour()), List.of(Annotations.NONE));
        group.ingest(Fixtures.rawFor("b.html", List.of(Fixtures.orchard())), List.of(Fixtures.orchard()),
            List.of(Annotations.NONE));
        assertThat(lib.stats().articles()).as("readers see committed inputs only").isZero();
        assertThat(lib.search(SearchRequest.of("frost")).totalHits()).isZero();
        assertThat(lib.contains(harbour)).as("the writer's own uncommitted input counts as stored").isTrue();

        group.commit();

        assertThat(lib.stats().articles()).isEqualTo(2);
        assertThat(lib.search(SearchRequest.of("frost")).totalHits()).isEqualTo(1);
        group.ingest(Fixtures.rawFor("c.html", List.of(Fixtures.library())), List.of(Fixtures.library()),
            List.of(Annotations.NONE));
      }
      assertThat(lib.stats().articles()).as("closing commits the rest").isEqualTo(3);
      assertThat(lib.search(SearchRequest.of("librarians")).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void an_ingest_outside_the_group_is_committed_when_it_returns_with_the_group_before_it() {
    try (Library lib = Library.open(dir); IngestGroup group = lib.group()) {
      group.ingest(Fixtures.rawFor("a.html", List.of(Fixtures.harbour())), List.of(Fixtures.harbour()),
          List.of(Annotations.NONE));
      lib.ingest(Fixtures.rawFor("b.html", List.of(Fixtures.orchard())), List.of(Fixtures.orchard()));

      assertThat(lib.stats().articles()).isEqualTo(2);
      assertThat(lib.search(SearchRequest.of("harbour")).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void an_input_that_fails_midway_is_rolled_back_alone_and_the_group_goes_on() {
    try (Library lib = Library.open(dir)) {
      try (IngestGroup group = lib.group()) {
        group.ingest(Fixtures.rawFor("a.html", List.of(Fixtures.harbour())), List.of(Fixtures.harbour()),
            List.of(Annotations.NONE));
        // the second article's missing annotations fail the input after its first article was written
        List<Article> two = List.of(Fixtures.orchard(), Fixtures.library());
        assertThatThrownBy(() -> group.ingest(Fixtures.rawFor("two.html", two), two, Arrays.asList(Annotations.NONE, null)))
            .isInstanceOf(NullPointerException.class);
        group.ingest(Fixtures.rawFor("c.html", List.of(Fixtures.library())), List.of(Fixtures.library()),
            List.of(Annotations.NONE));
      }
      assertThat(lib.stats().articles()).isEqualTo(2);
      assertThat(lib.stats().documents()).as("nothing of the failed input").isEqualTo(2);
      assertThat(lib.search(SearchRequest.of("frost")).totalHits()).isZero();
      assertThat(lib.search(SearchRequest.of("librarians")).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void a_crash_loses_the_uncommitted_inputs_whole_and_the_index_holds_nothing_the_store_lacks() throws Exception {
    Path live = dir.resolve("live");
    Path crashed = dir.resolve("crashed");
    try (Library lib = Library.open(live); IngestGroup group = lib.group()) {
      group.ingest(Fixtures.rawFor("a.html", List.of(Fixtures.harbour())), List.of(Fixtures.harbour()),
          List.of(Annotations.NONE));
      group.commit();
      lib.commit();
      group.ingest(Fixtures.rawFor("b.html", List.of(Fixtures.orchard())), List.of(Fixtures.orchard()),
          List.of(Annotations.NONE));
      // the process dies here, inside the group's open transaction
      Copies.copyTree(live, crashed);
    }

    try (Library lib = Library.open(crashed)) {
      assertThat(lib.stats().articles()).isEqualTo(1);
      assertThat(lib.stats().indexed()).isEqualTo(1);
      assertThat(lib.search(SearchRequest.of("harbour")).totalHits()).isEqualTo(1);
      assertThat(lib.search(SearchRequest.of("frost")).totalHits()).isZero();
    }
  }
}
