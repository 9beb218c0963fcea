package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;

/**
 * The team's written set for where reported words begin: short articles written for Lede (no text from any real
 * page), each holding one boundary class seen on real news — a reported question, a "that" before an opening aside,
 * an approximate number after the cue, a listener told to do something.
 */
class WrittenContentTest {
  private final QuoteFinder finder = new QuoteFinder();

  private Quote onlyIndirect(String... paragraphs) {
    List<Quote> qs = finder.find(Article.builder().paragraphs(List.of(paragraphs)).build()).stream()
        .filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
    assertThat(qs).as("indirect quotes").hasSize(1);
    return qs.get(0);
  }

  @Test
  void a_reported_question_keeps_its_whether() {
    Quote q = onlyIndirect("Councillor Ana Petrov asked whether the arena would be finished before the season.");
    assertThat(q.text()).isEqualTo("whether the arena would be finished before the season");
    assertThat(q.addressee()).isNull();
  }

  @Test
  void a_reported_question_keeps_its_how_after_told() {
    Quote q = onlyIndirect("The fire chief told how slowly the water had risen through the night.");
    assertThat(q.text()).isEqualTo("how slowly the water had risen through the night");
  }

  @Test
  void that_before_an_opening_aside_stays_with_the_reported_words() {
    Quote q = onlyIndirect("Mayor Ruth Adeyemi said that, if the vote passes, the library would stay open.");
    assertThat(q.text()).isEqualTo("that, if the vote passes, the library would stay open");
  }

  @Test
  void that_before_the_clause_itself_is_still_left_out() {
    Quote q = onlyIndirect("Mayor Ruth Adeyemi said that the library would stay open.");
    assertThat(q.text()).isEqualTo("the library would stay open");
  }

  @Test
  void about_before_a_number_is_part_of_the_reported_amount() {
    Quote q = onlyIndirect("The union has said about 40 members will cross the picket line.");
    assertThat(q.text()).isEqualTo("about 40 members will cross the picket line");
  }

  @Test
  void about_before_a_topic_is_still_no_part_of_what_was_said() {
    Quote q = onlyIndirect("The minister complained about the delays at the port.");
    assertThat(q.text()).isEqualTo("the delays at the port");
  }

  @Test
  void a_listener_told_to_act_is_part_of_what_was_asked() {
    Quote q = onlyIndirect("The premier told her ministers to find savings in every department.");
    assertThat(q.text()).isEqualTo("her ministers to find savings in every department");
    assertThat(q.addressee()).isEqualTo("her ministers");
  }

  @Test
  void the_speakers_next_words_after_and_said_are_not_the_first_report() {
    List<Quote> qs = finder.find(Article.builder().paragraphs(List.of(
        "The mayor says the rink will reopen in the fall and said the repairs would cost less than planned.")).build());
    assertThat(qs).extracting(Quote::text).first().isEqualTo("the rink will reopen in the fall");
  }

  @Test
  void and_between_two_reported_facts_keeps_both() {
    Quote q = onlyIndirect("The mayor said the rink will reopen and the pool will close.");
    assertThat(q.text()).isEqualTo("the rink will reopen and the pool will close");
  }

  @Test
  void a_short_clause_after_the_listener_is_what_was_told_even_without_that() {
    Quote q = onlyIndirect("The ferry captain told reporters the crossing was rough.");
    assertThat(q.text()).isEqualTo("the crossing was rough");
    assertThat(q.addressee()).isEqualTo("reporters");
  }

  @Test
  void a_listener_named_at_the_sentences_end_is_still_only_a_listener() {
    List<Quote> qs = finder.find(Article.builder().paragraphs(List.of("The ferry captain spoke to the crew.",
        "He told the harbour master.")).build());
    assertThat(qs).isEmpty();
  }

  @Test
  void a_reported_question_keeps_its_if() {
    Quote q = onlyIndirect("Councillor Ana Petrov asked if the arena would open in time.");
    assertThat(q.text()).isEqualTo("if the arena would open in time");
  }

  @Test
  void a_partial_quote_closed_after_its_comma_ends_the_reported_words_before_a_participle() {
    Quote q = onlyIndirect("Mayor Carl Dumont said the pool had been “patched, not fixed,” pointing to the roof.");
    assertThat(q.text()).isEqualTo("the pool had been “patched, not fixed,”");
  }
  @Test
  void one_word_before_a_cue_in_mid_sentence_is_reported_with_the_words_after_it() {
    List<Quote> qs = finder.find(Article.builder().paragraphs(List.of(
        "Loyalty, the mayor said, has always mattered more to the town than money.")).build());
    assertThat(qs).extracting(Quote::text).containsExactly("Loyalty", "has always mattered more to the town than money");
    assertThat(qs).allSatisfy(q -> assertThat(q.speaker().mention()).isEqualTo("the mayor"));
  }

  @Test
  void a_linking_word_before_a_cue_in_mid_sentence_keeps_the_words_after_the_cue_with_their_speaker() {
    List<Quote> qs = finder.find(Article.builder().paragraphs(List.of(
        "Still, the mayor said, the pool will open in June.")).build());
    assertThat(qs).extracting(Quote::text).contains("the pool will open in June");
    assertThat(qs).allSatisfy(q -> assertThat(q.speaker().mention()).isEqualTo("the mayor"));
  }
}
