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
}
