package org.lede.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void by_and_names_is_a_byline_of_each_person() {
    assertThat(Bylines.recognise("By Jane Roe and John Doe").names()).containsExactly("Jane Roe", "John Doe");
    assertThat(Bylines.recognise("BY JANE ROE").names()).containsExactly("JANE ROE");
    assertThat(Bylines.recognise("By Ana de la Cruz, Maria Lopez & Tom Field").names())
        .containsExactly("Ana de la Cruz", "Maria Lopez", "Tom Field");
  }

  @Test
  void an_outlet_or_role_beside_the_names_is_dropped() {
    assertThat(Bylines.recognise("By Jane Roe, Reuters").names()).containsExactly("Jane Roe");
    assertThat(Bylines.recognise("By Jane Roe, Staff writer").names()).containsExactly("Jane Roe");
    assertThat(Bylines.recognise("By Jane Roe in Kyiv").names()).containsExactly("Jane Roe");
  }

  @Test
  void a_byline_of_an_outlet_only_names_nobody() {
    assertThat(Bylines.recognise("By Reuters").names()).isEmpty();
    assertThat(Bylines.recognise("By Reuters Staff").names()).isEmpty();
  }

  @Test
  void a_sentence_starting_with_by_is_not_a_byline() {
    assertThat(Bylines.recognise("By contrast, the council voted against it")).isNull();
    assertThat(Bylines.recognise("By Monday the roads had reopened")).isNull();
    assertThat(Bylines.recognise("By Friday, Jane Roe had resigned.")).isNull();
  }

  @Test
  void a_bare_name_line_is_a_byline_only_when_every_word_is_a_name() {
    assertThat(Bylines.bare("Sam Field in Madrid").names()).containsExactly("Sam Field");
    assertThat(Bylines.bare("Jane Roe and John Doe").names()).containsExactly("Jane Roe", "John Doe");
    assertThat(Bylines.bare("Environment correspondent")).isNull();
    assertThat(Bylines.bare("Reuters")).isNull();
    assertThat(Bylines.bare("Farm unions want the limits delayed")).isNull();
  }
}
