package org.lede.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void by_prefix_and_conjunctions_are_removed() {
    assertThat(Bylines.split("By Jane Doe and Ali Khan")).containsExactly("Jane Doe", "Ali Khan");
    assertThat(Bylines.split("Von Max Muster und Erika Beispiel")).containsExactly("Max Muster", "Erika Beispiel");
    assertThat(Bylines.split("| Autor: gnaddrig")).containsExactly("gnaddrig");
  }

  @Test
  void dates_and_long_phrases_are_not_names() {
    assertThat(Bylines.split("March 3, 2024")).isEmpty();
    assertThat(Bylines.split("This is a sentence that goes on far too long to be anybody's name at all")).isEmpty();
  }
}
