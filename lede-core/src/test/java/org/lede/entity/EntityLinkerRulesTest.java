package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The linker's rules on hand-made entities, without the recognizer. */
class EntityLinkerRulesTest {
  private static Entity person(String name, List<String> roles, String... aliases) {
    return new Entity("a/" + name, name, EntityType.PERSON, List.of(aliases), List.of(), roles, null, List.of());
  }

  private static Entity org(String name) {
    return new Entity("a/" + name, name, EntityType.ORGANIZATION, List.of(), List.of(), List.of(), null, List.of());
  }

  @Test
  void full_name_title_forms_and_surname_alone_are_one_person() {
    List<CorpusEntity> linked = EntityLinker.standard().link(List.of(
        List.of(person("Ada Brennan", List.of("Irish President"))),
        List.of(person("Ada M. Brennan", List.of())),
        List.of(person("Brennan", List.of("President")))));
    assertThat(linked).hasSize(1);
    assertThat(linked.getFirst().name()).isEqualTo("Ada M. Brennan");
    assertThat(linked.getFirst().aliases()).contains("Ada Brennan", "Brennan");
    assertThat(linked.getFirst().members()).hasSize(3);
  }

  @Test
  void different_first_names_are_different_people() {
    List<CorpusEntity> linked = EntityLinker.standard().link(List.of(
        List.of(person("Ada Brennan", List.of())), List.of(person("Liam Brennan", List.of()))));
    assertThat(linked).hasSize(2);
  }

  @Test
  void a_shared_surname_goes_to_the_person_whose_role_and_company_match() {
    List<CorpusEntity> linked = EntityLinker.standard().link(List.of(
        List.of(person("Ada Brennan", List.of("mayor")), org("Galway City Council")),
        List.of(person("Liam Brennan", List.of("coach")), org("Galway United")),
        List.of(person("Brennan", List.of("coach")), org("Galway United"))));
    CorpusEntity liam = linked.stream().filter(c -> c.name().equals("Liam Brennan")).findFirst().orElseThrow();
    assertThat(liam.members()).hasSize(2);
  }

  @Test
  void a_shared_surname_with_nothing_to_tell_the_people_apart_stays_unlinked() {
    List<CorpusEntity> linked = EntityLinker.standard().link(List.of(
        List.of(person("Ada Brennan", List.of())), List.of(person("Liam Brennan", List.of())),
        List.of(person("Brennan", List.of()))));
    assertThat(linked).hasSize(3);
    assertThat(linked).allMatch(c -> c.members().size() == 1);
  }

  @Test
  void organizations_link_through_a_shared_alias() {
    Entity full = new Entity("a/x", "National Farmers Union", EntityType.ORGANIZATION, List.of("NFU"), List.of(),
        List.of(), null, List.of());
    List<CorpusEntity> linked = EntityLinker.standard().link(List.of(List.of(full), List.of(org("NFU"))));
    assertThat(linked).hasSize(1);
    assertThat(linked.getFirst().aliases()).containsExactly("NFU");
  }
}
