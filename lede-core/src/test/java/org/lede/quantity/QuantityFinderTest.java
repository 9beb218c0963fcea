package org.lede.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {
  private static Quantity only(String text) {
    List<Quantity> qs = QuantityFinder.standard().find(text);
    assertThat(qs).as(text).hasSize(1);
    return qs.getFirst();
  }

  @Test
  void hedged_count_keeps_its_hedge_and_what_it_counts() {
    Quantity q = only("The shelter took in at least 450 dogs needing homes, staff said.");
    assertThat(q.value()).isEqualTo(450);
    assertThat(q.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(q.counts()).isEqualTo("dogs needing homes");
    assertThat(q.text()).isEqualTo("at least 450");
  }

  @Test
  void part_of_a_whole_reads_the_total_from_a_compound() {
    List<Quantity> qs = QuantityFinder.standard().find("The party may win about 120 seats in the 300-seat chamber.");
    assertThat(qs.getFirst().qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(qs.getFirst().counts()).isEqualTo("seats");
    assertThat(qs.getFirst().ofTotal()).isEqualTo(300.0);
    assertThat(qs.get(1).value()).isEqualTo(300);
    assertThat(qs.get(1).counts()).isEqualTo("seats");
  }

  @Test
  void money_with_a_stated_equivalent_in_brackets() {
    Quantity q = only("The plan costs an estimated 2 billion euros (US$2.2 billion) a year.");
    assertThat(q.value()).isEqualTo(2e9);
    assertThat(q.unit()).isEqualTo("EUR");
    assertThat(q.qualifier()).isEqualTo(Qualifier.ESTIMATED);
    assertThat(q.equivalent()).isEqualTo(new Quantity.Amount(2.2e9, "USD"));
  }

  @Test
  void currency_symbols_and_short_scales_become_iso_codes() {
    List<Quantity> qs = QuantityFinder.standard().find("It paid £3.5m, €20 million and $7bn.");
    assertThat(qs).extracting(Quantity::unit).containsExactly("GBP", "EUR", "USD");
    assertThat(qs).extracting(Quantity::value).containsExactly(3.5e6, 2e7, 7e9);
  }

  @Test
  void ages_as_compound_and_after_a_name() {
    List<Quantity> qs = QuantityFinder.standard().find("A 12-year-old girl met Okoro, 58, at the fair.");
    assertThat(qs).extracting(Quantity::unit).containsOnly("years of age");
    assertThat(qs).extracting(Quantity::value).containsExactly(12.0, 58.0);
    assertThat(qs).extracting(Quantity::counts).containsExactly("girl", "Okoro");
  }

  @Test
  void numbers_in_words_and_fractions() {
    List<Quantity> qs = QuantityFinder.standard().find("Two dozen pupils and 1.2 million viewers; half the staff.");
    assertThat(qs).extracting(Quantity::value).containsExactly(24.0, 1.2e6, 0.5);
    assertThat(qs.get(2).unit()).isEqualTo("fraction");
    assertThat(qs.get(2).counts()).isEqualTo("staff");
  }

  @Test
  void ranges_and_percentages() {
    List<Quantity> qs = QuantityFinder.standard().find("Between 12 and 15 rooms were full; prices rose 3.5%.");
    assertThat(qs.getFirst().value()).isEqualTo(12);
    assertThat(qs.getFirst().upper()).isEqualTo(15.0);
    assertThat(qs.get(1).unit()).isEqualTo("%");
  }

  @Test
  void dates_years_times_and_scores_are_not_quantities() {
    assertThat(QuantityFinder.standard().find("On Feb. 24, 2022 at 10:30 the F-16 pilots won 2-0 in March 2019."))
        .isEmpty();
  }
}
