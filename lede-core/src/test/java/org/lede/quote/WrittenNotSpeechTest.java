package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.quote.WrittenArticles.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The team's written set for reported speech that is not speech: short articles written for Lede, each holding one
 * class seen on real news — market and statistics lines, requests for comment, "it is not clear" — beside the speech
 * that must still be found around them.
 */
class WrittenNotSpeechTest {
  private static List<String> speakers(List<Quote> quotes) {
    return quotes.stream().map(q -> q.speaker() == null ? "" : q.speaker().mention()).toList();
  }

  // Market and statistics lines.

  @Test
  void an_index_that_added_points_did_not_speak() {
    List<Quote> qs = find("The S&P/TSX composite index added 112.4 points to 21,950.3 in Toronto on Friday.");
    assertThat(qs).isEmpty();
  }

  @Test
  void the_dollar_that_added_a_fraction_of_a_cent_did_not_speak() {
    List<Quote> qs = find("The Canadian dollar added 0.21 of a cent to 73.4 cents US.",
        "Crude oil added 65 cents to US$78.10 a barrel.");
    assertThat(qs).isEmpty();
  }

  @Test
  void stocks_that_added_to_gains_did_not_speak_but_the_analyst_did() {
    List<Quote> qs = find("Energy stocks added to their gains in the afternoon as oil climbed.",
        "Investors are betting on a cold winter, said Nadia Ferris, a strategist at Harbour Capital.");
    assertThat(speakers(qs)).containsExactly("Nadia Ferris, a strategist at Harbour Capital");
  }

  @Test
  void a_statistics_agency_that_reported_a_rate_still_speaks() {
    List<Quote> qs = find("Statistics Canada reported the jobless rate rose to 6.4 per cent in October.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("the jobless rate rose to 6.4 per cent in October");
  }

  @Test
  void figures_reported_by_a_broadcaster_are_a_passive_not_the_figures_speaking() {
    List<Quote> qs = find("The early returns reported by CBC showed the Liberals ahead in 40 ridings.");
    assertThat(qs).isEmpty();
  }

  @Test
  void a_reporting_credit_line_is_not_speech() {
    List<Quote> qs = find("The council will vote again in March.", "Ana Costa reported from Halifax.");
    assertThat(qs).isEmpty();
  }

  @Test
  void continuing_a_deed_is_not_speech_but_continuing_to_say_is() {
    List<Quote> qs = find("The strikers continued picketing outside the plant on Monday.",
        "Their union continued to say the company had broken its word.");
    assertThat(qs).extracting(Quote::text).containsExactly("the company had broken its word");
  }

  @Test
  void speech_nouns_after_their_modifiers_are_not_cues_but_the_same_words_as_verbs_are() {
    List<Quote> qs = find("A CBC report published on Monday counted 40 closed clinics.",
        "Western states spend less on rural clinics than the coastal provinces do.",
        "Press reports put the shortfall at 300 nurses.",
        "The health authority’s annual report states that nine clinics will reopen in June.");
    assertThat(qs).extracting(Quote::text).containsExactly("nine clinics will reopen in June");
  }

  // Requests for comment.

  @Test
  void did_not_immediately_respond_to_a_request_for_comment_is_not_speech() {
    List<Quote> qs = find("A spokesperson for Maple Freight did not immediately respond to a request for comment.");
    assertThat(qs).isEmpty();
  }

  @Test
  void did_not_respond_to_a_message_seeking_comment_is_not_speech() {
    List<Quote> qs = find("The councillor did not respond to a message seeking comment on Monday.",
        "Her office has not publicly responded to the complaint.");
    assertThat(qs).isEmpty();
  }

  @Test
  void a_request_for_comment_that_was_declined_is_not_speech() {
    List<Quote> qs = find("Reached by phone, the owner declined to comment on the fire.",
        "The company could not be reached for comment.");
    assertThat(qs).isEmpty();
  }

  // Sentences that state what nobody said.

  @Test
  void it_is_not_clear_when_is_nobodys_quote() {
    List<Quote> qs = find("It is not clear when the bridge will reopen.",
        "It was unclear whether the province would pay for the repairs.");
    assertThat(qs).isEmpty();
  }

  @Test
  void it_is_not_clear_beside_real_speech_leaves_only_the_speech() {
    List<Quote> qs = find("It is not clear when the mine will reopen, but the union says workers will be paid "
        + "until March.");
    assertThat(qs).extracting(Quote::text).containsExactly("workers will be paid until March");
  }

  // A request to stay unnamed.

  @Test
  void asking_for_anonymity_is_not_speech_and_leaves_the_next_quote_with_the_speaker() {
    List<Quote> qs = find("“The board knew for months,” said a senior hospital manager, asking for anonymity to "
        + "speak freely. “Nobody wanted to be the one to say it.”");
    assertThat(qs).extracting(Quote::kind).containsOnly(QuoteKind.DIRECT);
    assertThat(speakers(qs)).containsOnly("a senior hospital manager");
  }
}
