package org.lede.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.Interval;
import org.lede.index.Period;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.store.ArticleStore;

class StoryCountsTest {
  @TempDir Path dir;

  private static final LocalDate SINCE = LocalDate.parse("2025-10-01");
  private static final LocalDate UNTIL = LocalDate.parse("2025-10-20");

  /** What the store says: the distinct stories of the articles a search finds in the period. */
  private static long storeStories(Library lib, String query, Period p) {
    List<SearchHit> hits = lib.search(SearchRequest.of(query).withSince(p.from()).withUntil(p.until()).withLimit(1000)).hits();
    Set<Long> stories = new HashSet<>();
    for (SearchHit h : hits) lib.stories().storyOf(h.id()).ifPresent(s -> stories.add(s.id()));
    return stories.size();
  }

  @Test
  void story_counts_per_period_equal_the_stores_stories_of_the_matching_articles() {
    try (Library lib = Library.open(dir)) {
      MillFireNews.ingest(lib);
      List<AttentionQuery> queries = List.of(AttentionQuery.of("fire"), AttentionQuery.of("Tarrow"), AttentionQuery.of(""));
      boolean folded = false;
      for (Interval interval : Interval.values()) {
        AttentionCounts counts = lib.attention(queries, SINCE, UNTIL, interval);
        for (AttentionCounts.Series s : counts.series()) {
          Set<Long> overall = new HashSet<>();
          for (int i = 0; i < counts.periods().size(); i++) {
            Period p = counts.periods().get(i);
            assertThat(s.stories()[i]).as("%s %s %s", interval, s.query().query(), p.label())
                .isEqualTo(storeStories(lib, s.query().query(), p));
            folded |= s.stories()[i] < s.counts()[i];
            for (SearchHit h : lib.search(SearchRequest.of(s.query().query()).withSince(p.from()).withUntil(p.until())
                .withLimit(1000)).hits()) {
              lib.stories().storyOf(h.id()).ifPresent(x -> overall.add(x.id()));
            }
          }
          assertThat(s.storyCount()).as("stories over the span of %s", s.query().query()).isEqualTo(overall.size());
        }
      }
      // the wire copies and the broadcaster's report are one story: fewer stories than articles somewhere
      assertThat(folded).isTrue();
    }
  }

  @Test
  void a_relink_that_moves_an_article_to_another_story_moves_it_in_the_index_too() {
    try (Library lib = Library.open(dir)) {
      MillFireNews.ingest(lib);
      long fire = lib.stories().storyOf("wire").orElseThrow().id();
      assertThat(lib.stories().storyOf("followup").orElseThrow().id()).isEqualTo(fire);
      // the follow-up's page is replaced by a choir report: a new version keeps the story it first joined...
      Article rewritten = MillFireNews.article("followup", "Tarrow Herald", "Prize-winning choir to sing at winter concert",
          "2025-10-15T10:00:00Z", List.of("The choir that won the regional contest with a programme of folk songs will "
              + "sing at the winter concert in the cathedral in December.",
              "Tickets for the concert go on sale on Monday."));
      lib.ingest(MillFireNews.document(rewritten), List.of(rewritten), List.of(Annotator.standard().annotate(rewritten)));
      assertThat(lib.stories().storyOf("followup").orElseThrow().id()).isEqualTo(fire);
      // ...and `lede restory` clusters it again: the index follows, in place
      int changed = lib.relink(ArticleStore.RelinkProgress.NONE);
      assertThat(changed).isPositive();
      assertThat(lib.stories().storyOf("followup").orElseThrow().id())
          .isNotEqualTo(lib.stories().storyOf("wire").orElseThrow().id());
      for (SearchHit h : lib.search(SearchRequest.of("").withLimit(100)).hits()) {
        assertThat(h.story()).as(h.id()).isEqualTo(lib.stories().storyOf(h.id()).orElseThrow().id());
      }
      AttentionCounts counts = lib.attention(List.of(AttentionQuery.of("choir OR fire")), SINCE, UNTIL, Interval.MONTH);
      Period october = counts.periods().getFirst();
      assertThat(counts.series().getFirst().stories()[0]).isEqualTo(storeStories(lib, "choir OR fire", october));
    }
  }

  @Test
  void the_index_follows_the_store_after_a_reopen_and_a_rebuild() {
    try (Library lib = Library.open(dir)) {
      MillFireNews.ingest(lib);
    }
    try (Library lib = Library.open(dir)) {
      lib.reindex(ReindexProgress.NONE);
      for (SearchHit h : lib.search(SearchRequest.of("").withLimit(100)).hits()) {
        assertThat(h.story()).as(h.id()).isEqualTo(lib.stories().storyOf(h.id()).orElseThrow().id());
      }
    }
  }

  @Test
  void copies_fold_under_their_original_and_hits_group_under_their_story() {
    try (Library lib = Library.open(dir)) {
      MillFireNews.ingest(lib);
      List<SearchHit> hits = lib.search(SearchRequest.of("mill fire").withLimit(20)).hits();
      List<FoldedHit> rows = lib.foldCopies(hits);
      FoldedHit wire = rows.stream().filter(r -> r.hit().id().equals("wire")).findFirst().orElseThrow();
      assertThat(wire.copies()).isEqualTo(2);
      assertThat(wire.copiesHere()).extracting(SearchHit::id).containsExactlyInAnyOrder("copy-coast", "copy-valley");
      assertThat(rows).extracting(r -> r.hit().id()).doesNotContain("copy-coast", "copy-valley");
      assertThat(rows.size() + 2).isEqualTo(hits.size());

      List<StoryGroup> groups = lib.groupByStory(hits);
      StoryGroup fire = groups.getFirst();
      assertThat(fire.story().id()).isEqualTo(lib.stories().storyOf("wire").orElseThrow().id());
      assertThat(fire.story().size()).isGreaterThanOrEqualTo(4);
      assertThat(fire.hits()).extracting(r -> r.hit().id()).contains("wire", "radio");
    }
  }
}
