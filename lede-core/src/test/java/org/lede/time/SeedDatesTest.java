package org.lede.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.eval.SeedGold;

/** Acceptance of dates in the text on the seed: each gold date is found in its article and resolved as the gold says. */
class SeedDatesTest {
  @Test
  void every_gold_date_is_found_and_resolved_against_its_article() {
    Optional<SeedGold> seed = SeedGold.load();
    assumeTrue(seed.isPresent(), SeedGold.absent("seed dates test"));
    List<Article> articles = seed.get().articles();
    for (JsonNode gold : seed.get().gold().path("dates")) {
      Article article = articles.get(gold.path("article").asInt());
      Annotations found = Annotator.standard().annotate(article);
      String text = gold.path("text").asText();
      Optional<DateMention> mention = found.dates().stream().filter(d -> d.text().equals(text)).findFirst();
      assertThat(mention).as("date '%s' in article %d", text, gold.path("article").asInt()).isPresent();
      if (gold.has("resolves_to")) {
        assertThat(mention.get().date()).as(text).hasToString(gold.path("resolves_to").asText());
      } else {
        assertThat(mention.get().date().toString()).as(text).endsWith("-" + gold.path("resolves_to_month_day").asText());
      }
    }
  }
}
