package org.lede.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;
import org.lede.source.Document;
import org.lede.store.ArticleDiff;
import org.lede.store.ArticleOutcome.Change;
import org.lede.store.IngestOutcome;
import org.lede.store.StoredArticle;
import org.lede.store.StoredDocument;

class LibraryTest {
  @TempDir Path dir;

  @Test
  void ingested_articles_are_stored_and_found_by_search() {
    try (Library lib = Library.open(dir)) {
      IngestOutcome out = lib.ingest(Fixtures.rawFor("a.html", List.of(Fixtures.harbour())), List.of(Fixtures.harbour()));

      assertThat(out.documentNew()).isTrue();
      assertThat(out.articles()).singleElement().satisfies(a -> {
        assertThat(a.change()).isEqualTo(Change.NEW);
        assertThat(a.version()).isEqualTo(1);
      });
      String id = out.articles().getFirst().id();
      StoredArticle stored = lib.article(id).orElseThrow();
      assertThat(stored.article().headline()).isEqualTo(Fixtures.harbour().headline());
      assertThat(stored.article().input()).isEqualTo("a.html");
      assertThat(stored.version()).isEqualTo(1);
      assertThat(lib.search(SearchRequest.of("bridge")).hits()).extracting(h -> h.id()).containsExactly(id);
    }
  }

  @Test
  void reingesting_the_same_input_adds_nothing() {
    try (Library lib = Library.open(dir)) {
      Document raw = Fixtures.rawFor("a.html", List.of(Fixtures.harbour(), Fixtures.orchard()));
      lib.ingest(raw, List.of(Fixtures.harbour(), Fixtures.orchard()));
      IngestOutcome again = lib.ingest(raw, List.of(Fixtures.harbour(), Fixtures.orchard()));

      assertThat(again.documentNew()).isFalse();
      assertThat(again.changedAnything()).isFalse();
      assertThat(again.count(Change.UNCHANGED)).isEqualTo(2);
      assertThat(lib.stats()).satisfies(s -> {
        assertThat(s.documents()).isEqualTo(1);
        assertThat(s.articles()).isEqualTo(2);
        assertThat(s.versions()).isEqualTo(2);
      });
      assertThat(lib.contains(raw)).isTrue();
    }
  }

  @Test
  void the_same_page_saved_under_another_name_is_not_a_new_version() {
    try (Library lib = Library.open(dir)) {
      lib.ingest(Fixtures.raw("first.html", "<html>one copy</html>"), List.of(Fixtures.harbour()));
      IngestOutcome copy = lib.ingest(Fixtures.raw("copy.html", "<html>a second copy</html>"), List.of(Fixtures.harbour()));

      assertThat(copy.documentNew()).isTrue();
      assertThat(copy.articles()).singleElement().extracting(a -> a.change()).isEqualTo(Change.UNCHANGED);
    }
  }

  @Test
  void a_changed_article_becomes_a_new_version_that_diffs_by_paragraph() {
    Article first = Fixtures.harbour();
    Article corrected = first.toBuilder()
        .headline("Harbour bridge reopens after repairs costing twice the estimate")
        .paragraphs(List.of(first.paragraphs().get(0),
            "City engineers said the repairs cost twice the original estimate.",
            first.paragraphs().get(2)))
        .build();
    try (Library lib = Library.open(dir)) {
      lib.ingest(Fixtures.raw("v1.html", "<html>first</html>"), List.of(first));
      IngestOutcome out = lib.ingest(Fixtures.raw("v2.html", "<html>second</html>"), List.of(corrected));
      String id = out.articles().getFirst().id();

      assertThat(out.articles().getFirst().change()).isEqualTo(Change.UPDATED);
      assertThat(out.articles().getFirst().version()).isEqualTo(2);
      assertThat(lib.versions(id)).extracting(v -> v.version()).containsExactly(1, 2);
      assertThat(lib.article(id).orElseThrow().article().headline()).isEqualTo(corrected.headline());
      assertThat(lib.version(id, 1).orElseThrow().article().headline()).isEqualTo(first.headline());

      ArticleDiff diff = lib.diff(id, 1, 2).orElseThrow();
      assertThat(diff.fields()).extracting(ArticleDiff.FieldChange::field).containsExactly("headline");
      assertThat(diff.paragraphs()).extracting(ArticleDiff.ParagraphEdit::kind).containsExactly(
          ArticleDiff.ParagraphEdit.Kind.KEPT, ArticleDiff.ParagraphEdit.Kind.REMOVED,
          ArticleDiff.ParagraphEdit.Kind.ADDED, ArticleDiff.ParagraphEdit.Kind.KEPT);

      SearchResults r = lib.search(SearchRequest.of("estimate"));
      assertThat(r.totalHits()).isEqualTo(1);
      assertThat(lib.search(SearchRequest.of("corrosion")).totalHits()).as("old version no longer indexed").isZero();
    }
  }

  @Test
  void stored_documents_come_back_whole_for_reprocessing() {
    try (Library lib = Library.open(dir)) {
      Document raw = Fixtures.rawFor("a.html", List.of(Fixtures.harbour()));
      lib.ingest(raw, List.of(Fixtures.harbour()));
      lib.ingest(Fixtures.rawFor("b.html", List.of(Fixtures.orchard())), List.of(Fixtures.orchard()));

      List<StoredDocument> docs;
      try (var s = lib.documents()) {
        docs = s.toList();
      }
      assertThat(docs).extracting(StoredDocument::input).containsExactly("a.html", "b.html");
      Document back = docs.getFirst().toDocument();
      assertThat(back.content()).isEqualTo(raw.content());
      assertThat(back.mediaType()).isEqualTo(raw.mediaType());
      assertThat(back.fetched()).isEqualTo(raw.fetched());
      assertThat(back.declaredCharset()).isEqualTo(raw.declaredCharset());
    }
  }

  @Test
  void reindex_rebuilds_the_index_from_the_store() {
    try (Library lib = Library.open(dir)) {
      lib.ingest(Fixtures.rawFor("a.html", List.of(Fixtures.harbour())), List.of(Fixtures.harbour()));
      lib.ingest(Fixtures.rawFor("b.html", List.of(Fixtures.orchard())), List.of(Fixtures.orchard()));
      long[] last = new long[2];
      lib.reindex((done, total) -> {
        last[0] = done;
        last[1] = total;
      });

      assertThat(last).containsExactly(2, 2);
      assertThat(lib.stats().indexed()).isEqualTo(2);
      assertThat(lib.search(SearchRequest.of("frost")).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void a_lost_index_is_rebuilt_on_open() throws Exception {
    try (Library lib = Library.open(dir)) {
      lib.ingest(Fixtures.rawFor("a.html", List.of(Fixtures.harbour())), List.of(Fixtures.harbour()));
    }
    Copies.deleteTree(dir.resolve(Library.INDEX_DIR));
    try (Library lib = Library.open(dir)) {
      assertThat(lib.search(SearchRequest.of("harbour")).totalHits()).isEqualTo(1);
    }
  }
}
