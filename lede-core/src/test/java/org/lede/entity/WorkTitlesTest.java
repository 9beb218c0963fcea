package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkTitlesTest {
  private static List<String> titles(String text, NameSpan... recognised) {
    TokenizedText t = TokenizedText.of(text);
    return WorkTitles.apply(t, List.of(recognised)).stream()
        .map(s -> t.words(s.from(), s.to()) + "/" + s.type()).toList();
  }

  @Test
  void a_quoted_title_after_film_or_novel_is_one_work_whatever_names_it_holds() {
    // "Lawrence of Bristol": tokens 4..6, as the recognizer would read a person and a place in it
    assertThat(titles("Her 2019 novel \"Lawrence of Bristol\" sold well.",
        new NameSpan(4, 5, EntityType.PERSON, Mention.Source.RECOGNIZER),
        new NameSpan(6, 7, EntityType.LOCATION, Mention.Source.RECOGNIZER)))
        .containsExactly("Lawrence of Bristol/MISC");
  }

  @Test
  void titles_listed_with_their_years_and_quoted_again_later_are_works_too() {
    assertThat(titles("His novels are \"The Harbour\" (1963), \"Salt Bread\" (1975) and \"A Quiet Town\" (1980). "
        + "Critics called \"Salt Bread\" his best."))
        .containsExactly("The Harbour/MISC", "Salt Bread/MISC", "A Quiet Town/MISC", "Salt Bread/MISC");
    assertThat(titles("Director Ana Ruiz, best known for \"Paris at Dawn\" and \"Madrid Nights\", will retire."))
        .containsExactly("Paris at Dawn/MISC", "Madrid Nights/MISC");
  }

  @Test
  void quoted_speech_and_a_quoted_name_not_named_as_a_work_are_left_alone() {
    assertThat(titles("\"We Will Win,\" the minister said of the vote.")).isEmpty();
    assertThat(titles("\"we will not give in to Brussels,\" the minister said in the novel's defence.")).isEmpty();
    assertThat(titles("The boxer Hector \"Macho\" Camacho fights on Saturday.")).isEmpty();
  }
}
