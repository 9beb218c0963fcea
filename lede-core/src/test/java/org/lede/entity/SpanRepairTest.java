package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanRepairTest {
  /** The names {@link SpanRepair} leaves of the spans given as words of {@code text}, each "words/TYPE". */
  private static List<String> repaired(String text, Object... wordsAndTypes) {
    TokenizedText t = TokenizedText.of(text);
    List<NameSpan> spans = new ArrayList<>();
    int from = 0;
    for (int k = 0; k < wordsAndTypes.length; k += 2) {
      TokenizedText name = TokenizedText.of((String) wordsAndTypes[k]);
      int at = find(t, name, from);
      spans.add(new NameSpan(at, at + name.size(), (EntityType) wordsAndTypes[k + 1], Mention.Source.RECOGNIZER));
      from = at + name.size();
    }
    return SpanRepair.apply(t, spans).stream().map(s -> t.words(s.from(), s.to()) + "/" + s.type()).toList();
  }

  private static int find(TokenizedText t, TokenizedText name, int from) {
    for (int i = from; i + name.size() <= t.size(); i++) {
      boolean same = true;
      for (int j = 0; j < name.size() && same; j++) same = t.word(i + j).equals(name.word(j));
      if (same) return i;
    }
    throw new AssertionError(name.text() + " not in " + t.text());
  }

  @Test
  void a_first_name_in_brackets_before_a_surname_is_part_of_the_name() {
    assertThat(repaired("He saw ( Ned ) Marlow and ( Jim ) Astley pitch.",
        "Ned ) Marlow", EntityType.PERSON, "Jim ) Astley", EntityType.PERSON))
        .containsExactly("( Ned ) Marlow/PERSON", "( Jim ) Astley/PERSON");
  }

  @Test
  void a_name_or_initials_in_brackets_inside_a_full_name_join_its_two_halves() {
    assertThat(repaired("It came after James Lennox (Leo) Harwood died.",
        "James Lennox", EntityType.PERSON, "Leo) Harwood", EntityType.PERSON))
        .containsExactly("James Lennox (Leo) Harwood/PERSON");
    assertThat(repaired("1990 - British historian Alan John Pennick (A.J.P.) Tolley died.",
        "Alan John Pennick", EntityType.PERSON, "Tolley", EntityType.PERSON))
        .containsExactly("Alan John Pennick (A.J.P.) Tolley/PERSON");
  }

  @Test
  void a_country_or_a_team_in_brackets_keeps_the_names_around_it_apart() {
    assertThat(repaired("5. Damon Hale ( Britain ) Williams 29.179",
        "Damon Hale", EntityType.PERSON, "Britain", EntityType.LOCATION, "Williams", EntityType.ORGANIZATION))
        .containsExactly("Damon Hale/PERSON", "Britain/LOCATION", "Williams/ORGANIZATION");
    assertThat(repaired("Ramon Vela ( Cagliari ) Raphael Wick",
        "Ramon Vela", EntityType.PERSON, "Raphael Wick", EntityType.PERSON))
        .containsExactly("Ramon Vela/PERSON", "Raphael Wick/PERSON");
  }

  @Test
  void a_roman_number_after_a_name_is_part_of_it_and_a_lone_i_only_after_a_monarchs_title() {
    assertThat(repaired("The treaty of Henry VIII and Pope Clement VII was signed.",
        "Henry", EntityType.PERSON, "Clement", EntityType.PERSON))
        .containsExactly("Henry VIII/PERSON", "Clement VII/PERSON");
    assertThat(repaired("1533 - Queen Elizabeth I born.", "Elizabeth", EntityType.PERSON))
        .containsExactly("Elizabeth I/PERSON");
    assertThat(repaired("\"You know, Harris I think is right,\" she said.", "Harris", EntityType.PERSON))
        .containsExactly("Harris/PERSON");
  }

  @Test
  void in_opening_the_sentence_is_not_part_of_the_place_set_off_after_it_but_stays_in_a_company_name() {
    assertThat(repaired("In Milwaukee , Newfield homered in the 12th.", "In Milwaukee", EntityType.ORGANIZATION))
        .containsExactly("Milwaukee/ORGANIZATION");
    assertThat(repaired("In Home Health Inc said on Thursday it will appeal.", "In Home Health Inc",
        EntityType.ORGANIZATION)).containsExactly("In Home Health Inc/ORGANIZATION");
  }
}
