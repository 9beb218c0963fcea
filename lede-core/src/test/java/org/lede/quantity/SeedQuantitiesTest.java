package org.lede.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.eval.SeedGold;

/**
 * Acceptance of quantity finding on the seed dump: each quantity of the hand-made gold is found in its article
 * with its value, unit, hedge, what it counts, its whole and its stated equivalent. Data from shared/data only.
 */
class SeedQuantitiesTest {

  private static List<Article> articles;
  private static JsonNode gold;

  @BeforeAll
  static void extractSeed() throws Exception {
    Optional<SeedGold> seed = SeedGold.load();
    assumeTrue(seed.isPresent(), SeedGold.absent("seed quantity test"));
    gold = seed.get().gold();
    articles = seed.get().articles();
  }

  private static Qualifier qualifier(JsonNode g) {
    if (!g.has("qualifier")) return Qualifier.NONE;
    return Qualifier.valueOf(g.get("qualifier").asText().toUpperCase(Locale.ROOT).replace(' ', '_'));
  }

  @Test
  void every_gold_quantity_is_found_with_value_unit_qualifier_and_what_it_counts() {
    assertThat(gold.get("quantities")).hasSize(10);
    for (JsonNode g : gold.get("quantities")) {
      String label = g.get("text").asText();
      List<Quantity> found = QuantityFinder.standard().find(articles.get(g.get("article").asInt()));
      Quantity q = found.stream()
          .filter(x -> x.value() == g.get("value").asDouble() && label.contains(x.text().replaceAll("^\\D+ ", "")))
          .findFirst().orElseThrow(() -> new AssertionError("not found: " + label + " in " + found));
      assertThat(q.unit()).as("unit of %s", label).isEqualTo(g.has("unit") ? g.get("unit").asText() : null);
      assertThat(q.qualifier()).as("qualifier of %s", label).isEqualTo(qualifier(g));
      if (g.has("counts")) assertThat(q.counts()).as("counts of %s", label).isEqualTo(g.get("counts").asText());
      if (g.has("of")) assertThat(g.get("of").asText()).as("whose age: %s", label).endsWith(q.counts());
      if (g.has("of_total")) assertThat(q.ofTotal()).as("total of %s", label).isEqualTo(g.get("of_total").asDouble());
      if (g.has("stated_equivalent")) {
        JsonNode e = g.get("stated_equivalent");
        assertThat(q.equivalent()).as("equivalent of %s", label)
            .isEqualTo(new Quantity.Amount(e.get("value").asDouble(), e.get("unit").asText()));
      }
    }
  }
}
