package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> words(String text) {
    return Tokenizer.sentences(text).stream().flatMap(List::stream).map(Token::text).toList();
  }

  @Test
  void possessive_and_punctuation_come_off_the_name() {
    assertThat(words("Norway’s envoy (Oslo) said: “fine.”"))
        .containsExactly("Norway", "’s", "envoy", "(", "Oslo", ")", "said", ":", "“", "fine", ".", "”");
  }

  @Test
  void abbreviations_keep_their_period() {
    assertThat(words("Maj. Gen. Ruth Alder of the U.S. Army met Dr. Kwan in Tulsa, Okla., on Monday."))
        .contains("Maj.", "Gen.", "U.S.", "Dr.", "Okla.");
  }

  @Test
  void a_sentence_ends_at_a_full_stop_before_a_capital_and_at_a_line_break() {
    assertThat(Tokenizer.sentences("It rained. Then it stopped\nNew line")).hasSize(3);
  }

  @Test
  void dashes_between_names_split_them() {
    assertThat(words("the Peru–Chile border")).containsExactly("the", "Peru", "–", "Chile", "border");
  }

  @Test
  void offsets_point_into_the_text() {
    String text = "Ask Ines  Moreau.";
    for (Token t : Tokenizer.sentences(text).getFirst()) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
  }

  @Test
  void a_text_without_full_stops_is_cut_into_bounded_windows_after_commas() {
    String text = "the council met again, and the ferries ran late ".repeat(200);
    List<List<Token>> windows = Tokenizer.sentences(text);
    assertThat(windows).hasSizeGreaterThan(10);
    for (List<Token> w : windows) {
      assertThat(w.size()).isLessThanOrEqualTo(Tokenizer.HARD_TOKENS);
      if (w != windows.getLast()) assertThat(w.getLast().text()).isEqualTo(",");
    }
    assertThat(windows.stream().mapToInt(List::size).sum()).isEqualTo(200 * 10);
  }

  @Test
  void a_window_without_clause_breaks_does_not_end_inside_a_name() {
    String text = "word ".repeat(199) + "Maria Lopez " + "word ".repeat(300);
    List<List<Token>> windows = Tokenizer.sentences(text);
    assertThat(windows.getFirst()).extracting(Token::text).endsWith("Maria", "Lopez", "word");
    for (List<Token> w : windows) assertThat(w.size()).isLessThanOrEqualTo(Tokenizer.HARD_TOKENS);
  }

  @Test
  void one_word_split_into_thousands_of_tokens_is_cut_too() {
    List<List<Token>> windows = Tokenizer.sentences("x/".repeat(10_000));
    assertThat(windows.stream().mapToInt(List::size).sum()).isEqualTo(20_000);
    for (List<Token> w : windows) assertThat(w.size()).isLessThanOrEqualTo(Tokenizer.HARD_TOKENS);
  }
}
