package org.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.article.Image;
import org.lede.article.StatedTime;
import org.lede.article.Subhead;
import org.lede.eval.SeedGold;

/**
 * The acceptance test of text-dump extraction: the seed dump read through the front door must agree with its
 * hand-made gold on every article field. The seed and its gold live in shared/data, never in the repository.
 */
class SeedGoldTest {
  private static final Instant AS_OF = Instant.parse("2026-02-05T12:00:00Z");

  private static List<Article> articles;
  private static JsonNode gold;

  @BeforeAll
  static void extractSeed() throws Exception {
    Optional<SeedGold> seed = SeedGold.load();
    assumeTrue(seed.isPresent(), SeedGold.absent("seed gold test"));
    gold = seed.get().gold();
    articles = seed.get().articles();
  }

  private static JsonNode goldArticle(int i) {
    return gold.get("articles").get(i);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void the_seed_holds_as_many_articles_as_its_gold() {
    assertThat(articles).as("articles").hasSize(gold.get("articles").size());
  }

  @Test
  void each_headline_is_the_gold_headline() {
    for (int i = 0; i < articles.size(); i++) {
      assertThat(articles.get(i).headline()).as("headline of article %d", i).isEqualTo(goldArticle(i).get("headline").asText());
    }
  }

  @Test
  void each_caption_and_credit_is_the_gold_one() {
    for (int i = 0; i < articles.size(); i++) {
      JsonNode g = goldArticle(i);
      List<Image> images = articles.get(i).images();
      if (g.get("image_caption").isNull()) {
        assertThat(images).as("images of article %d", i).isEmpty();
        continue;
      }
      assertThat(images).as("images of article %d", i).hasSize(1);
      assertThat(images.get(0).caption()).as("caption of article %d", i).isEqualTo(g.get("image_caption").asText());
      assertThat(images.get(0).credit()).as("credit of article %d", i).isEqualTo(g.get("image_credit").asText());
      assertThat(images.get(0).url()).as("image url of article %d", i).isNull();
    }
  }

  @Test
  void the_first_article_was_updated_on_the_stated_day() {
    LocalDate day = LocalDate.parse(goldArticle(0).get("updated").asText());
    StatedTime updated = articles.get(0).updated();
    assertThat(updated).as("updated of article 0").isNotNull();
    assertThat(updated.instant()).as("updated instant of article 0").isEqualTo(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    assertThat(updated.precision()).as("updated precision of article 0").isEqualTo(StatedTime.Precision.DAY);
  }

  @Test
  void the_second_article_was_updated_five_seconds_before_the_reference_time() {
    StatedTime updated = articles.get(1).updated();
    assertThat(updated).as("updated of article 1").isNotNull();
    assertThat(updated.instant()).as("updated instant of article 1").isEqualTo(Instant.parse("2026-02-05T11:59:55Z"));
    assertThat(updated.raw()).as("updated raw of article 1").contains(goldArticle(1).get("updated_relative").asText());
  }

  @Test
  void each_article_has_the_gold_key_points() {
    for (int i = 0; i < articles.size(); i++) {
      assertThat(articles.get(i).keyPoints()).as("key points of article %d", i)
          .containsExactlyElementsOf(strings(goldArticle(i).get("key_points")));
    }
  }

  @Test
  void each_dateline_is_set_apart_from_the_body() {
    for (int i = 0; i < articles.size(); i++) {
      String place = goldArticle(i).get("dateline").asText();
      assertThat(articles.get(i).dateline()).as("dateline of article %d", i).isNotNull();
      assertThat(articles.get(i).dateline().place()).as("dateline place of article %d", i).isEqualTo(place);
      assertThat(articles.get(i).paragraphs().get(0)).as("first paragraph of article %d", i).doesNotStartWith(place);
    }
  }

  @Test
  void each_article_has_the_gold_subheads() {
    for (int i = 0; i < articles.size(); i++) {
      assertThat(articles.get(i).subheads()).as("subheads of article %d", i).extracting(Subhead::text)
          .containsExactlyElementsOf(strings(goldArticle(i).get("subheads")));
      for (String subhead : strings(goldArticle(i).get("subheads"))) {
        assertThat(articles.get(i).paragraphs()).as("paragraphs of article %d", i).doesNotContain(subhead);
      }
    }
  }

  @Test
  void each_body_has_the_gold_paragraph_count() {
    for (int i = 0; i < articles.size(); i++) {
      assertThat(articles.get(i).paragraphs()).as("paragraphs of article %d", i)
          .hasSize(goldArticle(i).get("body_paragraphs").asInt());
    }
  }

  @Test
  void each_body_starts_and_ends_with_the_gold_words() {
    for (int i = 0; i < articles.size(); i++) {
      String text = articles.get(i).text();
      assertThat(text).as("body start of article %d", i).startsWith(goldArticle(i).get("body_first_words").asText());
      assertThat(text).as("body end of article %d", i).endsWith(goldArticle(i).get("body_last_words").asText());
    }
  }

  @Test
  void no_boilerplate_reaches_a_body() {
    for (int i = 0; i < articles.size(); i++) {
      String text = articles.get(i).text();
      for (String clutter : strings(goldArticle(i).get("boilerplate_not_in_body"))) {
        assertThat(text).as("body of article %d", i).doesNotContain(clutter);
      }
      assertThat(text).as("body of article %d", i).doesNotContain(goldArticle(i).get("headline").asText());
    }
  }
}
