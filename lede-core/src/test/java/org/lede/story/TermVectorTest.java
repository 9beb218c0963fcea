package org.lede.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TermVectorTest {
  private static TermVector v(int[] terms, double... weights) {
    return TermVector.of(terms, weights);
  }

  @Test
  void terms_given_in_any_order_come_out_ascending_with_their_weights() {
    TermVector v = v(new int[] {9, 2, 5}, 0.9, 0.2, 0.5);
    assertThat(new int[] {v.term(0), v.term(1), v.term(2)}).containsExactly(2, 5, 9);
    assertThat(v.weight(2)).isEqualTo(0.9);
  }

  @Test
  void the_dot_product_counts_only_shared_terms_whether_merged_or_searched() {
    TermVector a = v(new int[] {1, 4, 7}, 1, 2, 3);
    TermVector b = v(new int[] {4, 7, 8}, 10, 100, 1000);
    assertThat(a.dot(b)).isEqualTo(320.0);
    int[] many = new int[200];
    double[] ones = new double[200];
    for (int i = 0; i < many.length; i++) {
      many[i] = i * 2;
      ones[i] = 1;
    }
    // three terms against 200: binary searches; 4 and 8 are even (shared), 7 is not
    assertThat(v(new int[] {4, 7, 8}, 1, 1, 1).dot(v(many, ones))).isEqualTo(2.0);
    assertThat(a.dot(TermVector.EMPTY)).isZero();
  }

  @Test
  void a_sum_adds_shared_terms_and_keeps_the_others() {
    TermVector sum = v(new int[] {1, 4}, 1, 2).plus(v(new int[] {4, 9}, 3, 5));
    assertThat(sum).isEqualTo(v(new int[] {1, 4, 9}, 1, 5, 5));
  }

  @Test
  void the_heaviest_terms_are_kept_in_id_order_and_listed_heaviest_first() {
    TermVector v = v(new int[] {1, 2, 3, 4}, 0.1, 0.4, 0.3, 0.2);
    assertThat(v.heaviest(2)).isEqualTo(v(new int[] {2, 3}, 0.4, 0.3));
    assertThat(v.heaviestTerms(3)).containsExactly(2, 3, 4);
    assertThat(v.heaviest(9)).isSameAs(v);
  }

  @Test
  void stored_bytes_read_back_as_the_same_terms_with_float_weights() {
    TermVector v = v(new int[] {3, 70_000}, 0.25, 1.0 / 3);
    TermVector back = TermVector.of(v.bytes());
    assertThat(v.bytes()).hasSize(16);
    assertThat(back.term(1)).isEqualTo(70_000);
    assertThat(back.weight(1)).isCloseTo(1.0 / 3, within(1e-7));
  }

  @Test
  void a_vector_as_stored_has_the_weights_the_store_gives_back_and_one_already_so_is_itself() {
    TermVector v = v(new int[] {3, 8}, 0.1, 0.5);
    TermVector stored = v.stored();
    assertThat(stored).isEqualTo(TermVector.of(v.bytes())).isNotEqualTo(v);
    assertThat(stored.weight(1)).isEqualTo(0.5);
    assertThat(stored.stored()).isSameAs(stored);
  }

  @Test
  void bytes_that_are_not_a_vector_are_refused() {
    assertThatThrownBy(() -> TermVector.of(new byte[5])).hasMessageContaining("5 bytes");
    assertThatThrownBy(() -> TermVector.of(new int[] {2, 2}, new double[] {1, 1})).hasMessageContaining("twice");
  }
}
