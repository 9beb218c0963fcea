package org.lede.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionsTest {
  @Test
  void a_credit_with_a_slash_in_parentheses_is_a_sure_caption() {
    assertThat(Captions.split("Crowds gather at the square. (File/AFP)"))
        .isEqualTo(new Captions.Split("Crowds gather at the square.", "File/AFP", true));
    assertThat(Captions.split("Crowds gather at the square. (AP Photo/Jane Roe)").credit()).isEqualTo("AP Photo/Jane Roe");
  }

  @Test
  void a_bare_agency_in_parentheses_is_a_caption_only_near_a_headline() {
    Captions.Split split = Captions.split("Crowds gather at the square. (AFP)");

    assertThat(split.credit()).isEqualTo("AFP");
    assertThat(split.sure()).isFalse();
  }

  @Test
  void a_labelled_credit_is_split_from_its_caption() {
    assertThat(Captions.split("Snow on the pass. Photo: Jane Roe / Getty Images"))
        .isEqualTo(new Captions.Split("Snow on the pass.", "Jane Roe / Getty Images", true));
    assertThat(Captions.split("Photograph: Chris Ray/Reuters")).isEqualTo(new Captions.Split(null, "Chris Ray/Reuters", true));
    assertThat(Captions.split("Image source, Getty Images")).isEqualTo(new Captions.Split(null, "Getty Images", true));
  }

  @Test
  void parentheses_that_end_a_sentence_or_a_wire_footer_are_not_credits() {
    assertThat(Captions.split("Output rose in the third quarter (Q3)")).isNull();
    assertThat(Captions.split("(Reporting by Jane Roe/London; Editing by John Doe)")).isNull();
    assertThat(Captions.split("The price of oil rose (see chart).")).isNull();
  }
}
