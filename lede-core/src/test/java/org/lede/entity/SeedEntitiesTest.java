package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.eval.SeedGold;

/**
 * Acceptance of the entity layer on the seed dump: every person, organization and place of its hand-made gold is
 * found with the right type, nothing else of those types is, and no pronoun or page clutter becomes an entity.
 * The seed and its gold live in shared/data, never in the repository.
 */
class SeedEntitiesTest {

  private record Gold(String name, Set<EntityType> types) {}

  private static List<Entity> entities;
  private static List<Gold> gold;
  private static JsonNode json;

  @BeforeAll
  static void findEntities() throws Exception {
    Optional<SeedGold> seed = SeedGold.load();
    assumeTrue(seed.isPresent(), SeedGold.absent("seed entity test"));
    json = seed.get().gold();
    List<Article> articles = seed.get().articles();
    entities = new ArrayList<>();
    for (Article a : articles) entities.addAll(EntityFinder.standard().find(a));
    gold = new ArrayList<>();
    json.get("people").forEach(p -> gold.add(new Gold(p.get("name").asText(), EnumSet.of(EntityType.PERSON))));
    json.get("organizations").forEach(o -> gold.add(new Gold(o.asText(), EnumSet.of(EntityType.ORGANIZATION))));
    json.get("places").forEach(p -> gold.add(new Gold(p.asText(), EnumSet.of(EntityType.LOCATION))));
    json.get("either_type").forEach(e -> {
      Set<EntityType> types = EnumSet.noneOf(EntityType.class);
      e.get("types").forEach(t -> types.add(EntityType.valueOf(t.asText())));
      gold.add(new Gold(e.get("name").asText(), types));
    });
  }

  /** Names compared without case, accents, punctuation or a leading "the". */
  private static String key(String name) {
    String k = Names.key(name);
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private static boolean matches(Entity e, Gold g) {
    if (!g.types().contains(e.type())) return false;
    if (e.names().stream().anyMatch(n -> key(n).equals(key(g.name())))) return true;
    return e.mentions().stream().anyMatch(m -> key(m.text()).equals(key(g.name())));
  }

  private static boolean listed(Gold g) {
    return g.types().size() == 1;
  }

  @Test
  void recall_over_the_gold_people_organizations_and_places_is_at_least_95_percent() {
    List<String> missed = new ArrayList<>();
    long listed = gold.stream().filter(SeedEntitiesTest::listed).count();
    for (Gold g : gold) {
      if (listed(g) && entities.stream().noneMatch(e -> matches(e, g))) missed.add(g.name() + " " + g.types());
    }
    double recall = 1 - (double) missed.size() / listed;
    System.out.printf("seed entities: recall %.3f over %d gold names, missed %s%n", recall, listed, missed);
    assertThat(recall).as("missed: %s", missed).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void precision_of_people_organizations_and_places_is_at_least_95_percent() {
    List<String> wrong = new ArrayList<>();
    int counted = 0;
    for (Entity e : entities) {
      if (e.type() == EntityType.MISC) continue;
      counted++;
      if (gold.stream().noneMatch(g -> matches(e, g))) wrong.add(e.name() + " " + e.type());
    }
    double precision = 1 - (double) wrong.size() / counted;
    System.out.printf("seed entities: precision %.3f over %d found, wrong %s%n", precision, counted, wrong);
    assertThat(precision).as("not in the gold: %s", wrong).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void no_pronoun_or_page_clutter_is_an_entity() {
    for (Entity e : entities) {
      for (String n : e.names()) {
        assertThat(NewsWords.isPronoun(n)).as("pronoun entity %s", n).isFalse();
        assertThat(NewsWords.isClutter(n)).as("clutter entity %s", n).isFalse();
      }
    }
  }

  @Test
  void gold_people_carry_their_roles_and_titles() {
    for (JsonNode p : json.get("people")) {
      Gold g = new Gold(p.get("name").asText(), EnumSet.of(EntityType.PERSON));
      Entity e = entities.stream().filter(x -> matches(x, g)).findFirst().orElseThrow();
      if (p.has("titles")) {
        p.get("titles").forEach(t -> assertThat(e.titles()).as("titles of %s", g.name()).contains(t.asText()));
      }
      if (p.has("roles")) {
        for (JsonNode r : p.get("roles")) {
          String role = key(r.asText());
          assertThat(e.roles()).as("roles of %s", g.name())
              .anyMatch(x -> key(x).equals(role) || key(x).endsWith(role) || role.endsWith(key(x)));
        }
      }
      if (p.has("age")) assertThat(e.age()).as("age of %s", g.name()).isEqualTo(p.get("age").asInt());
    }
  }
}
