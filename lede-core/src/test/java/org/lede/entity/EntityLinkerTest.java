package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
  private static List<List<Entity>> perArticle;
  private static List<CorpusEntity> linked;

  @BeforeAll
  static void link() {
    perArticle = new ArrayList<>();
    for (int i = 0; i < LinkerCorpus.ITEMS.size(); i++) {
      perArticle.add(EntityFinder.standard().find(LinkerCorpus.article(i)));
    }
    linked = EntityLinker.standard().link(perArticle);
  }

  /**
   * The corpus entity holding the person an item is about. The article's own entity may carry another type (the
   * recognizer reads some unfamiliar names as organizations); the linked one must be a person.
   */
  private static CorpusEntity personOf(int item) {
    String surname = Names.last(LinkerCorpus.ITEMS.get(item).person());
    Entity member = perArticle.get(item).stream()
        .filter(e -> Names.last(e.name()).equals(surname))
        .findFirst().orElseThrow(() -> new AssertionError("no person " + surname + " found in item " + item
            + ": " + perArticle.get(item)));
    CorpusEntity c = linked.stream().filter(x -> x.members().contains(member)).findFirst().orElseThrow();
    assertThat(c.type()).as("item %d", item).isEqualTo(EntityType.PERSON);
    return c;
  }

  @Test
  void every_name_form_of_a_person_links_to_one_corpus_entity() {
    Map<String, CorpusEntity> byPerson = new HashMap<>();
    for (int i = 0; i < LinkerCorpus.ITEMS.size(); i++) {
      String person = LinkerCorpus.ITEMS.get(i).person();
      CorpusEntity c = personOf(i);
      CorpusEntity first = byPerson.putIfAbsent(person, c);
      assertThat(c).as("item %d (%s)", i, person).isSameAs(first == null ? c : first);
      assertThat(c.name()).as("item %d", i).isEqualTo(person);
    }
    assertThat(byPerson).hasSize(6);
  }

  @Test
  void two_people_sharing_a_surname_are_never_merged() {
    assertThat(personOf(0)).isNotSameAs(personOf(5));
    for (CorpusEntity c : linked) {
      if (c.type() != EntityType.PERSON) continue;
      List<String> people = new ArrayList<>();
      for (Entity m : c.members()) {
        int item = perArticle.indexOf(perArticle.stream().filter(a -> a.contains(m)).findFirst().orElseThrow());
        people.add(LinkerCorpus.ITEMS.get(item).person());
      }
      assertThat(people.stream().distinct().count()).as("members of %s", c.name()).isEqualTo(1);
    }
  }

  @Test
  void linked_person_collects_titles_and_roles_from_all_articles() {
    CorpusEntity mayor = personOf(0);
    assertThat(mayor.roles()).anyMatch(r -> r.contains("Mayor"));
    CorpusEntity general = personOf(25);
    assertThat(general.titles()).contains("Gen.");
  }
}
