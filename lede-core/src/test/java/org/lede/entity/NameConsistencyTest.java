package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameConsistencyTest {
  @Test
  void a_place_between_in_and_a_comma_stays_a_place_where_the_article_names_the_team_more_often() {
    String text = "Harbourton lost for the ninth time. Harbourton won on Friday. In Harbourton , Pellow allowed one hit.";
    TokenizedText t = TokenizedText.of(text);
    List<NameSpan> spans = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (!t.word(i).equals("Harbourton")) continue;
      boolean afterIn = i > 0 && t.word(i - 1).equals("In");
      spans.add(new NameSpan(i, i + 1, afterIn ? EntityType.LOCATION : EntityType.ORGANIZATION,
          Mention.Source.RECOGNIZER));
    }
    assertThat(NameConsistency.apply(t, spans)).extracting(NameSpan::type)
        .containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.LOCATION);
  }
}
