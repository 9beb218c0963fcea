package org.lede.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.quantity.NumberDisagreements.Disagreement;
import org.lede.quantity.NumberDisagreements.Report;

class NumberDisagreementsTest {
  private static Report report(String outlet, String text, double value, String unit, String counts) {
    return report(outlet, text, value, Qualifier.NONE, unit, counts);
  }

  private static Report report(String outlet, String text, double value, Qualifier hedge, String unit, String counts) {
    return new Report(outlet.toLowerCase().replace(' ', '-'), outlet,
        new Quantity(text, 0, text.length(), value, null, unit, hedge, counts, null, null));
  }

  @Test
  void two_outlets_counting_the_same_volunteers_differently_disagree() {
    List<Disagreement> found = NumberDisagreements.find(List.of(
        report("Harbour Wire", "at least 6,000", 6000, Qualifier.AT_LEAST, null, "volunteers who signed up"),
        report("Coast Daily", "5,000 volunteers", 5000, null, "volunteers"),
        report("Valley Times", "5,000", 5000, null, "volunteers signing up")), 10);
    assertThat(found).hasSize(1);
    Disagreement d = found.get(0);
    assertThat(d.counts()).isEqualTo("volunteers");
    assertThat(d.figures()).extracting(NumberDisagreements.Figure::value).containsExactly(5000.0, 6000.0);
    assertThat(d.figures().get(0).outlets()).containsExactly("Coast Daily", "Valley Times");
    assertThat(d.outlets()).isEqualTo(3);
  }

  @Test
  void people_volunteering_and_volunteers_share_no_head_noun_so_they_are_not_compared() {
    assertThat(CountedThing.head("people inquiring about volunteering for service")).isEqualTo("people");
    assertThat(CountedThing.head("Republican presidential contenders")).isEqualTo("contender");
    assertThat(CountedThing.head("percentage points behind")).isEqualTo("point");
    assertThat(CountedThing.head("inches")).isEqualTo("inch");
  }

  @Test
  void rounding_and_hedges_within_two_percent_are_one_figure() {
    assertThat(NumberDisagreements.find(List.of(
        report("A", "about 6,000", 6000, null, "homes"),
        report("B", "6,050", 6050, null, "homes")), 10)).isEmpty();
  }

  @Test
  void years_ordinals_fractions_small_counts_and_numbers_that_say_not_what_they_count_are_left_out() {
    assertThat(NumberDisagreements.find(List.of(
        report("A", "2023", 2023, null, "election"), report("B", "2024", 2024, null, "election"),
        report("A", "12th", 12, null, "round"), report("B", "14th", 14, null, "round"),
        report("A", "half", 0.5, "fraction", "voters"), report("B", "a third", 0.33, "fraction", "voters"),
        report("A", "two", 2, null, "candidates"), report("B", "five", 5, null, "candidates"),
        report("A", "538", 538, null, null), report("B", "81", 81, null, null),
        report("A", "35%", 35, "%", null), report("B", "30%", 30, "%", null)), 10)).isEmpty();
  }

  @Test
  void values_far_apart_count_different_things_that_share_a_noun() {
    List<Disagreement> found = NumberDisagreements.find(List.of(
        report("A", "$5 million", 5e6, "USD", null),
        report("B", "$8 trillion", 8e12, "USD", null),
        report("C", "$7 trillion", 7e12, "USD", null)), 10);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).figures()).extracting(NumberDisagreements.Figure::value).containsExactly(7e12, 8e12);
  }

  @Test
  void an_outlet_giving_both_figures_itself_is_not_disagreeing_with_its_copy() {
    assertThat(NumberDisagreements.find(List.of(
        report("A", "300", 300, null, "homes"), report("A", "410", 410, null, "homes"),
        report("B", "300", 300, null, "homes"), report("B", "410", 410, null, "homes")), 10)).isEmpty();
  }

  @Test
  void one_outlet_alone_never_disagrees_and_reports_without_an_outlet_are_ignored() {
    assertThat(NumberDisagreements.find(List.of(
        report("A", "300", 300, null, "homes"), report("A", "410", 410, null, "homes")), 10)).isEmpty();
    assertThat(NumberDisagreements.find(List.of(report("A", "300", 300, null, "homes"),
        new Report("x", null, new Quantity("410", 0, 3, 410, null, null, Qualifier.NONE, "homes", null, null))), 10))
        .isEmpty();
  }

  @Test
  void the_count_most_outlets_give_comes_first_and_the_limit_holds() {
    List<Disagreement> found = NumberDisagreements.find(List.of(
        report("A", "300", 300, null, "homes"), report("B", "410", 410, null, "homes"),
        report("A", "12", 12, null, "deaths"), report("B", "15", 15, null, "deaths"), report("C", "15", 15, null, "deaths")),
        1);
    assertThat(found).extracting(Disagreement::counts).containsExactly("deaths");
    assertThat(found.get(0).figures().get(0).value()).isEqualTo(15.0);
  }

  @Test
  void hedged_figures_that_can_both_hold_are_not_a_disagreement() {
    assertThat(NumberDisagreements.find(List.of(
        report("Metro", "more than 100", 100, Qualifier.MORE_THAN, null, "mph"),
        report("The Conversation", "108", 108, null, "mph")), 10)).isEmpty();
    assertThat(NumberDisagreements.find(List.of(
        report("A", "about 300", 300, Qualifier.ABOUT, null, "homes"),
        report("B", "320", 320, null, "homes")), 10)).isEmpty();
    assertThat(NumberDisagreements.find(List.of(
        report("A", "up to 300", 300, Qualifier.UP_TO, null, "homes"),
        report("B", "410", 410, null, "homes")), 10)).hasSize(1);
  }

  @Test
  void spans_of_time_are_not_compared() {
    assertThat(NumberDisagreements.find(List.of(
        report("A", "10", 10, null, "years"), report("B", "34-year", 34, null, "years")), 10)).isEmpty();
  }
}
