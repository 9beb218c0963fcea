package org.lede.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionsTest {
  @Test
  void labelled_photo_credit_is_split_off() {
    assertThat(Captions.split("Boats in the harbour. Photo: Jane Doe/Reuters"))
        .isEqualTo(new Captions.Split("Boats in the harbour.", "Jane Doe/Reuters"));
  }

  @Test
  void agency_in_parentheses_is_a_credit() {
    assertThat(Captions.split("The mayor speaks to reporters (AFP)"))
        .isEqualTo(new Captions.Split("The mayor speaks to reporters", "AFP"));
  }

  @Test
  void german_and_copyright_labels_are_credits() {
    assertThat(Captions.split("Der Hafen am Morgen. Foto: dpa").credit()).isEqualTo("dpa");
    assertThat(Captions.split("Der Hafen am Morgen © Max Muster").credit()).isEqualTo("Max Muster");
    assertThat(Captions.split("Credit: Harbour Archive").caption()).isNull();
  }

  @Test
  void caption_without_credit_is_kept_whole() {
    assertThat(Captions.split("The pier (left) before the storm"))
        .isEqualTo(new Captions.Split("The pier (left) before the storm", null));
  }
}
