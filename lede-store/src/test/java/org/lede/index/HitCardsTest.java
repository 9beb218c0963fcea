package org.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HitCardsTest {
  @Test
  void a_card_reads_back_as_it_was_written_with_absent_fields_absent() {
    HitCards.Card full = new HitCards.Card("a1", "Pier reopens", "Harbour Times", "Jane Doe\u001fAli Khan",
        "https://example.org/pier", 1_767_225_600_000L);
    assertThat(HitCards.decode(HitCards.encode(full))).isEqualTo(full);
    HitCards.Card bare = new HitCards.Card("a2", null, null, null, null, null);
    assertThat(HitCards.decode(HitCards.encode(bare))).isEqualTo(bare);
  }

  @Test
  void a_separator_inside_a_field_cannot_shift_the_others() {
    HitCards.Card odd = new HitCards.Card("a3", "Head\u0000line", "Site", null, null, 5L);
    HitCards.Card read = HitCards.decode(HitCards.encode(odd));
    assertThat(read.headline()).isEqualTo("Head line");
    assertThat(read.site()).isEqualTo("Site");
    assertThat(read.published()).isEqualTo(5L);
  }
}
