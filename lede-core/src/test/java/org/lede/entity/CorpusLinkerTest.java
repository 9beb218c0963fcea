package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusLinkerTest {
  private final MemoryLinkState state = new MemoryLinkState();
  private int articles;

  private static Entity person(String name, List<String> roles) {
    return new Entity("x/" + name, name, EntityType.PERSON, List.of(), List.of(), roles, null,
        List.of(new Mention(name, 0, name.length(), EntityType.PERSON, Mention.Source.RECOGNIZER)));
  }

  private static Entity org(String name) {
    return new Entity("x/" + name, name, EntityType.ORGANIZATION, List.of(), List.of(), List.of(), null, List.of());
  }

  private Map<String, String> link(Entity... entities) {
    return CorpusLinker.standard().link(
        new CorpusLinker.ArticleEntities("a" + articles++, null, List.of(entities), Map.of()), state);
  }

  @Test
  void a_surname_taken_by_the_only_person_is_decided_again_when_a_second_one_appears() {
    link(person("Elena Marsh", List.of("mayor")), org("Galway City Council"));
    String coachByName = link(person("Marsh", List.of("coach")), org("Galway United")).get("x/Marsh");
    assertThat(coachByName).isEqualTo("P:elena-marsh");
    String mayorByName = link(person("Marsh", List.of("mayor")), org("Galway City Council")).get("x/Marsh");
    assertThat(mayorByName).isEqualTo("P:elena-marsh");

    link(person("Tomas Marsh", List.of("coach")), org("Galway United"));

    assertThat(state.membersOf("P:tomas-marsh")).extracting(LinkMember::articleId).containsExactlyInAnyOrder("a1", "a3");
    assertThat(state.membersOf("P:elena-marsh")).extracting(LinkMember::articleId).containsExactlyInAnyOrder("a0", "a2");
    assertThat(state.profile("P:elena-marsh").orElseThrow().articles()).isEqualTo(2);
    assertThat(state.membersOf("P:tomas-marsh")).filteredOn(m -> m.articleId().equals("a1"))
        .extracting(LinkMember::reason).containsExactly(LinkReason.SURNAME_EVIDENCE);
  }

  @Test
  void a_surname_seen_before_any_full_name_waits_and_then_joins_its_person_whose_id_it_redirects_to() {
    String early = link(person("Kovac", List.of()), org("Port Authority")).get("x/Kovac");
    assertThat(early).isEqualTo("P:kovac");
    link(person("Kovac", List.of()));
    assertThat(state.membersOf("P:kovac")).hasSize(2);

    link(person("Ivana Kovac", List.of("harbour master")));

    assertThat(state.membersOf("P:ivana-kovac")).hasSize(3);
    assertThat(state.profile("P:kovac")).isEmpty();
    assertThat(state.idTaken("P:kovac")).isTrue();
    String later = link(person("Kovac", List.of())).get("x/Kovac");
    assertThat(later).isEqualTo("P:ivana-kovac");
  }

  @Test
  void a_name_read_as_an_organization_joins_the_person_of_that_name_when_the_person_appears() {
    link(org("Hana Ferreira"));
    link(person("Hana Ferreira", List.of("minister")));
    assertThat(state.entities()).extracting(EntityProfile::id).containsExactly("P:hana-ferreira");
    assertThat(state.membersOf("P:hana-ferreira")).hasSize(2);
    assertThat(link(org("Hana Ferreira")).get("x/Hana Ferreira")).isEqualTo("P:hana-ferreira");
  }

  @Test
  void a_new_version_of_an_article_is_counted_once() {
    link(person("Elena Marsh", List.of()));
    CorpusLinker.standard().unlink("a0", state);
    CorpusLinker.standard().link(new CorpusLinker.ArticleEntities("a0", null,
        List.of(person("Elena Marsh", List.of())), Map.of()), state);
    assertThat(state.profile("P:elena-marsh").orElseThrow().articles()).isEqualTo(1);
    assertThat(state.profile("P:elena-marsh").orElseThrow().mentions()).isEqualTo(1);
  }

  @Test
  void a_third_bearer_takes_only_the_waiting_mentions_it_has_evidence_for() {
    link(person("Elena Marsh", List.of("mayor")), org("Galway City Council"));
    link(person("Tomas Marsh", List.of("coach")), org("Galway United"));
    String harbour = link(person("Marsh", List.of()), org("Harbour Board")).get("x/Marsh");
    String quiet = link(person("Marsh", List.of())).get("x/Marsh");
    assertThat(harbour).isEqualTo(quiet).startsWith("P:marsh");

    link(person("Aoife Marsh", List.of("chair")), org("Harbour Board"));

    assertThat(state.membersOf("P:aoife-marsh")).extracting(LinkMember::articleId).containsExactlyInAnyOrder("a2", "a4");
    assertThat(state.membersOf(quiet)).extracting(LinkMember::articleId).containsExactly("a3");
    assertThat(state.membersOf(quiet)).extracting(LinkMember::reason).containsExactly(LinkReason.SURNAME_UNRESOLVED);
  }
}
