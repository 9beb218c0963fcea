package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;

class EntityFinderTest {
  private static List<Entity> find(String... paragraphs) {
    return EntityFinder.standard().find(Article.builder().id("t").paragraphs(List.of(paragraphs)).build());
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + entities));
  }

  @Test
  void surname_alone_resolves_to_the_person_named_in_full() {
    List<Entity> es = find("Chief inspector Maria Gonzalez opened the inquiry in Madrid.",
        "Gonzalez said the report would be published in May.");
    Entity p = named(es, "Maria Gonzalez");
    assertThat(p.type()).isEqualTo(EntityType.PERSON);
    assertThat(p.aliases()).contains("Gonzalez");
    assertThat(p.mentions()).hasSize(2);
  }

  @Test
  void full_name_with_and_without_middle_initial_is_one_person() {
    List<Entity> es = find("Robert K. Lindqvist chaired the meeting in Stockholm.",
        "Robert Lindqvist later told reporters the vote was close.");
    Entity p = named(es, "Robert K. Lindqvist");
    assertThat(p.aliases()).contains("Robert Lindqvist");
  }

  @Test
  void possessive_mention_names_the_place_without_the_s() {
    List<Entity> es = find("Kenya’s president spoke in Nairobi on Tuesday.");
    Entity kenya = named(es, "Kenya");
    assertThat(kenya.type()).isEqualTo(EntityType.LOCATION);
    assertThat(kenya.mentions().getFirst().text()).isEqualTo("Kenya");
  }

  @Test
  void role_before_the_name_with_a_demonym_and_title() {
    Entity p = named(find("Hungarian Prime Minister Viktor Orban met the press in Budapest."), "Viktor Orban");
    assertThat(p.roles()).containsExactly("Hungarian Prime Minister");
  }

  @Test
  void rank_is_a_title_and_the_phrase_before_the_comma_a_role() {
    Entity p = named(find("\"We will hold,\" said Poland's defense attache, Col. Adam Nowak, on Monday."), "Adam Nowak");
    assertThat(p.titles()).containsExactly("Col.");
    assertThat(p.roles()).containsExactly("Poland's defense attache");
  }

  @Test
  void appositive_role_and_age_after_the_name() {
    List<Entity> es = find("Lena Fischer, a senior economist at Deutsche Bank said prices would rise.",
        "Fischer, 52, has covered markets for years.");
    Entity p = named(es, "Lena Fischer");
    assertThat(p.roles()).containsExactly("a senior economist at Deutsche Bank");
    assertThat(p.age()).isEqualTo(52);
  }

  @Test
  void acronym_joins_the_organization_named_in_full() {
    List<Entity> es = find("The National Farmers Union held its congress in Leeds.",
        "The NFU said it would lobby ministers.");
    Entity org = named(es, "National Farmers Union");
    assertThat(org.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(org.aliases()).contains("NFU");
  }

  @Test
  void pronouns_and_page_clutter_are_never_entities() {
    List<Entity> es = find("Short Url", "Follow", "He said She would go to Paris.");
    assertThat(es).extracting(Entity::name).doesNotContain("Short Url", "Follow", "He", "She");
  }

  @Test
  void demonym_joins_its_country_when_the_country_is_named() {
    List<Entity> es = find("Japanese officials said Japan would respond.");
    Entity japan = named(es, "Japan");
    assertThat(japan.aliases()).contains("Japanese");
  }

  @Test
  void dashed_dateline_is_a_place_and_so_is_its_name_in_the_story() {
    List<Entity> es = find("MARROW BAY \u2014 Ferries from Marrow Bay will stop running in March, the harbour board said.");
    Entity place = named(es, "Marrow Bay");
    assertThat(place.type()).isEqualTo(EntityType.LOCATION);
    assertThat(place.aliases()).contains("MARROW BAY");
    assertThat(es).extracting(Entity::name).doesNotContain("MARROW BAY");
  }

  @Test
  void councillor_before_a_name_is_not_part_of_it() {
    Entity p = named(find("\"We had no choice,\" said Councillor Ines Varga, who chairs the board."), "Ines Varga");
    assertThat(p.roles()).contains("Councillor");
  }

  @Test
  void the_names_of_a_results_table_are_teams_and_a_country_stays_a_place() {
    List<Entity> found = find(
        "Results of Saturday's second division matches:",
        "Reading 2 Stoke 2",
        "Harwick Rovers 1 Queen 's Park 3",
        "Ukraine 1 Norway 0",
        "Standings:",
        "Stoke 4 3 1 0 7 4 10");
    assertThat(named(found, "Reading").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(found, "Stoke").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(found, "Harwick Rovers").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(found, "Queen 's Park").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(found, "Ukraine").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(found, "Norway").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void only_a_line_of_names_and_scores_alone_reads_as_a_results_line() {
    for (String line : List.of("Reading won 2 and Stoke 2", "Reading 2 Stoke", "Apollo 11 crew lands", "Stoke 4 3 1",
        "Reading 2 Stoke 2 on Saturday", "Reading 2,000 Stoke 2")) {
      assertThat(ResultLines.apply(TokenizedText.of(line), List.of())).as(line).isEmpty();
    }
    assertThat(ResultLines.apply(TokenizedText.of("Reading 2 Stoke 2"), List.of()))
        .extracting(NameSpan::type).containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION);
  }

  @Test
  void a_company_named_with_a_possessive_keeps_it_when_named_short() {
    List<Mention> found = EntityFinder.standard().mentions(
        "NationsBank Corp agreed on Friday to buy Rivermen's Bancshares Inc. for $9 billion. "
            + "Rivermen's was the prize in Missouri, analysts said, and Rivermen's shareholders will vote in May.");
    assertThat(found).filteredOn(m -> m.text().startsWith("Rivermen")).extracting(Mention::text, Mention::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Rivermen's Bancshares Inc.", EntityType.ORGANIZATION),
            org.assertj.core.groups.Tuple.tuple("Rivermen's", EntityType.ORGANIZATION),
            org.assertj.core.groups.Tuple.tuple("Rivermen's", EntityType.ORGANIZATION));
  }

  @Test
  void the_team_after_a_driver_and_country_in_a_results_row_is_an_organization() {
    List<Entity> found = find("Leading qualifiers for Sunday's race:",
        "1. Tomas Vrba ( Czech Republic ) , Lola Honda , 53.980",
        "2. Carl Hensley ( U.S. ) , Penske Mercedes , 54.120");
    assertThat(named(found, "Lola Honda").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(found, "Penske Mercedes").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(found, "Carl Hensley").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void a_name_after_a_country_in_a_list_of_players_stays_a_person() {
    List<Entity> found = find("Leading scores: 68 Dean Barrow ( Canada ) , Mike Sullivan , Will Durden");
    assertThat(named(found, "Mike Sullivan").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void a_letter_in_brackets_after_a_club_in_a_results_line_is_part_of_its_name() {
    for (String line : List.of("Osprey 2 Kestrel ( Z ) 0", "Kestrel ( Z ) 4 0 1 3 2 9 1")) {
      TokenizedText t = TokenizedText.of(line);
      assertThat(ResultLines.apply(t, List.of())).as(line).extracting(s -> t.words(s.from(), s.to()))
          .contains("Kestrel ( Z )");
    }
  }

  @Test
  void mention_offsets_point_into_the_article_text() {
    Article a = Article.builder().id("t").paragraphs(List.of("Intro line.", "Fatima Idris flew to Lagos.")).build();
    for (Entity e : EntityFinder.standard().find(a)) {
      for (Mention m : e.mentions()) assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void the_finder_gives_the_same_answer_from_many_threads() throws Exception {
    String text = "Maria Gonzalez met Viktor Orban in Madrid. Gonzalez said the EU would act.";
    List<Mention> expected = EntityFinder.standard().mentions(text);
    List<java.util.concurrent.Callable<List<Mention>>> calls = java.util.Collections.nCopies(16,
        () -> EntityFinder.standard().mentions(text));
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      for (var f : pool.invokeAll(calls)) assertThat(f.get()).isEqualTo(expected);
    }
  }
}
