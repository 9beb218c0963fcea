package org.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.store.StoredArticle;

class StoryRedirectsTest {
  @TempDir Path dir;

  private static StoredArticle article(String id, String published) {
    Article a = Article.builder().id(id).site("Tarrow Herald").headline("Mill fire " + id)
        .published(new StatedTime(Instant.parse(published), StatedTime.Precision.MINUTE, published))
        .addParagraph("The mill fire was brought under control.").build();
    return new StoredArticle(a, 1, 1, Instant.EPOCH, Instant.EPOCH, Annotations.NONE);
  }

  @Test
  void a_story_merged_into_another_counts_as_its_survivor_and_articles_in_no_story_add_none() {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.put(article("a", "2025-10-14T06:00:00Z"), 1L);
      index.put(article("b", "2025-10-14T07:00:00Z"), 2L);
      index.put(article("c", "2025-10-15T07:00:00Z"), 2L);
      index.put(article("d", "2025-10-15T08:00:00Z"), null);
      List<AttentionQuery> fire = List.of(AttentionQuery.of("fire"));
      LocalDate since = LocalDate.parse("2025-10-14");
      LocalDate until = LocalDate.parse("2025-10-16");

      AttentionCounts apart = index.attention(fire, since, until, Interval.DAY, StoryRedirects.NONE);
      assertThat(apart.series().getFirst().counts()).containsExactly(2, 2);
      assertThat(apart.series().getFirst().stories()).containsExactly(2, 1);
      assertThat(apart.series().getFirst().storyCount()).isEqualTo(2);

      // story 2 merged into story 1: asked only about the stories the count met
      AttentionCounts merged = index.attention(fire, since, until, Interval.MONTH, stories -> {
        assertThat(stories).containsExactlyInAnyOrder(1L, 2L);
        return Map.of(2L, 1L);
      });
      assertThat(merged.series().getFirst().counts()).containsExactly(4);
      assertThat(merged.series().getFirst().stories()).containsExactly(1);
      assertThat(merged.series().getFirst().storyCount()).isEqualTo(1);
    }
  }

  @Test
  void restory_changes_only_the_articles_whose_story_differs() {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.put(article("a", "2025-10-14T06:00:00Z"), 1L);
      index.put(article("b", "2025-10-14T07:00:00Z"), 2L);
      assertThat(index.restory(Map.of("a", 1L, "b", 3L, "unknown", 4L))).isEqualTo(1);
      assertThat(index.search(SearchRequest.of("fire").withSort(SearchRequest.Sort.DATE)).hits())
          .extracting(SearchHit::story).containsExactly(3L, 1L);
    }
  }
}
