package org.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
  private static List<String> sentences(String text) {
    SentenceBreaks it = new SentenceBreaks();
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) out.add(text.substring(start, end));
    return out;
  }

  @Test
  void sentences_end_after_stops_and_closing_quotes_and_at_line_ends() {
    assertThat(sentences("The pier reopened. “It is ours again!” she said.\n\nCrowds came? Yes"))
        .containsExactly("The pier reopened. ", "“It is ours again!” ", "she said.\n", "\n", "Crowds came? ", "Yes");
  }

  @Test
  void a_stop_inside_a_number_or_an_abbreviation_without_space_is_no_boundary() {
    assertThat(sentences("Fares rose 3.5 percent in the U.S.A.today")).containsExactly(
        "Fares rose 3.5 percent in the U.S.A.today");
  }

  @Test
  void following_and_preceding_answer_like_the_jdk_iterator() {
    String text = "One two. Three four. Five.";
    SentenceBreaks it = new SentenceBreaks();
    it.setText(text);
    assertThat(it.following(0)).isEqualTo(9);
    assertThat(it.following(9)).isEqualTo(21);
    assertThat(it.preceding(9)).isEqualTo(0);
    assertThat(it.preceding(10)).isEqualTo(9);
    assertThat(it.following(text.length())).isEqualTo(BreakIterator.DONE);
    assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(it.isBoundary(21)).isTrue();
    assertThat(it.isBoundary(22)).isFalse();
    assertThat(it.last()).isEqualTo(text.length());
  }

  @Test
  void empty_text_has_one_boundary() {
    SentenceBreaks it = new SentenceBreaks();
    it.setText("");
    assertThat(it.first()).isZero();
    assertThat(it.next()).isEqualTo(BreakIterator.DONE);
  }
}
