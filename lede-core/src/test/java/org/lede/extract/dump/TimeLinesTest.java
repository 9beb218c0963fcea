package org.lede.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeLinesTest {
  @Test
  void a_labelled_update_is_an_update() {
    assertThat(TimeLines.recognise("Updated 10 March 2022"))
        .isEqualTo(new TimeLines.Stated(TimeLines.Role.UPDATED, "Updated 10 March 2022"));
    assertThat(TimeLines.recognise("Updated 5 sec ago").role()).isEqualTo(TimeLines.Role.UPDATED);
    assertThat(TimeLines.recognise("Last modified on Thu 5 Feb 2026 11.02 GMT").role()).isEqualTo(TimeLines.Role.UPDATED);
  }

  @Test
  void a_labelled_or_bare_date_is_a_publication_time() {
    assertThat(TimeLines.recognise("Published: March 10, 2022 5:41 PM ET").role()).isEqualTo(TimeLines.Role.PUBLISHED);
    assertThat(TimeLines.recognise("10 March 2022").role()).isEqualTo(TimeLines.Role.PUBLISHED);
    assertThat(TimeLines.recognise("2022-03-10").role()).isEqualTo(TimeLines.Role.PUBLISHED);
    assertThat(TimeLines.recognise("2 hours ago").role()).isEqualTo(TimeLines.Role.PUBLISHED);
  }

  @Test
  void a_sentence_that_mentions_a_date_is_not_a_stated_time() {
    assertThat(TimeLines.recognise("Published in March 2019, the book sold well")).isNull();
    assertThat(TimeLines.recognise("Updated figures show growth slowed in 2025")).isNull();
    assertThat(TimeLines.recognise("March 10, 2022 was a turning point")).isNull();
    assertThat(TimeLines.recognise("May")).isNull();
  }
}
