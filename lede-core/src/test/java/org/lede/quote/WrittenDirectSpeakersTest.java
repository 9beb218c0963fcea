package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.quote.WrittenArticles.find;
import static org.lede.quote.WrittenArticles.quoteStarting;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The team's written set for the speakers of direct quotes: short articles written for Lede (no text from any real
 * page), each holding one error class seen on real news — a subject set off from its verb by an aside, an apposition
 * that belongs to the source, a relative clause that reports words of its own.
 */
class WrittenDirectSpeakersTest {
  // A clause brings in the quote after a colon or a comma: its subject speaks, past an aside between commas.

  @Test
  void a_campaign_set_off_from_its_verb_by_an_aside_speaks_the_quote_after_the_colon() {
    List<Quote> qs = find("The Moreau campaign, in a note to donors on Friday, put it more plainly: “We will not be "
        + "outspent in the north.”");
    Quote q = quoteStarting(qs, "We will not");
    assertThat(q.speaker().mention()).isEqualTo("The Moreau campaign");
  }

  @Test
  void a_candidate_set_off_from_said_by_where_she_spoke_speaks_the_quote_after_the_comma() {
    List<Quote> qs = find("Mayor Hugo Dufort spoke first. “Nobody knows yet what the plant will cost,” he said.",
        "Candidate Ruth Okafor, at a later news conference, said, “The budget is a promise we can keep.”");
    Quote q = quoteStarting(qs, "The budget is");
    assertThat(q.speaker().mention()).isEqualTo("Candidate Ruth Okafor");
    assertThat(q.speaker().name()).isEqualTo("Ruth Okafor");
  }

  @Test
  void an_apposition_between_the_subject_and_its_verb_stays_with_the_source() {
    List<Quote> qs = find("Tom Barrow, a former minister of transport, put it bluntly: “The bridge is twenty years "
        + "late.”");
    Quote q = quoteStarting(qs, "The bridge is");
    assertThat(q.speaker().mention()).isEqualTo("Tom Barrow, a former minister of transport");
  }

  @Test
  void a_relative_clause_between_the_subject_and_its_verb_is_left_out_of_the_source() {
    List<Quote> qs = find("Nora Vance, who chaired the inquiry, summed it up: “Nobody read the warnings.”");
    Quote q = quoteStarting(qs, "Nobody read");
    assertThat(q.speaker().mention()).isEqualTo("Nora Vance");
  }

  @Test
  void an_apposition_before_a_participle_that_brings_in_a_quote_stays_with_the_source() {
    List<Quote> qs = find("Paul Dunn, a former party chairman, mocked the rally on Monday night, writing, “Half the "
        + "seats were empty.”");
    Quote q = quoteStarting(qs, "Half the seats");
    assertThat(q.speaker().mention()).isEqualTo("Paul Dunn, a former party chairman");
  }

  // A relative clause that reports words is an attribution of its own.

  @Test
  void a_relative_clause_that_reports_words_is_not_part_of_the_inverted_source() {
    List<Quote> qs = find("“Prices are up a little,” said Mr. Holm, who noted that rents had doubled since 2019.");
    Quote q = quoteStarting(qs, "Prices are up");
    assertThat(q.speaker().mention()).isEqualTo("Mr. Holm");
  }

  @Test
  void a_quote_that_goes_on_after_a_who_said_clause_keeps_the_speaker_as_named() {
    List<Quote> qs = find("“Prices are up a little,” said Mr. Holm, who noted that rents had doubled since 2019. "
        + "“Things are moving in the right direction.”");
    Quote q = quoteStarting(qs, "Things are moving");
    assertThat(q.speaker().mention()).isEqualTo("Mr. Holm");
  }

  @Test
  void a_relative_clause_about_a_deed_stays_with_the_inverted_source() {
    List<Quote> qs = find("“The rules are unclear,” said Lena Ortiz, who wrote the county's first zoning code.");
    Quote q = quoteStarting(qs, "The rules are");
    assertThat(q.speaker().mention()).isEqualTo("Lena Ortiz, who wrote the county's first zoning code");
  }

  // The clause nearest the colon brings in the quote: its own subject speaks, not the sentence's first one.

  @Test
  void the_subject_of_a_clause_joined_by_and_speaks_the_quote_after_the_colon() {
    List<Quote> qs = find("The Herald made the same charge against the union in March, and the union answered: “We "
        + "have never hidden a single dollar.”");
    Quote q = quoteStarting(qs, "We have never");
    assertThat(q.speaker().mention()).isEqualTo("the union");
  }

  @Test
  void the_subject_of_a_that_clause_speaks_the_quote_after_the_colon() {
    List<Quote> qs = find("My aunt grew so angry, and drove so fast, that I had to take it back: “Of course I go to "
        + "church.”");
    Quote q = quoteStarting(qs, "Of course");
    assertThat(q.speaker().mention()).isEqualTo("I");
  }

  @Test
  void a_second_verb_with_no_subject_of_its_own_leaves_the_quote_with_the_sentences_subject() {
    List<Quote> qs = find("Mayor Karl Lind joked that Dayton was the worst city he had seen, but went on to say, “There "
        + "are places here that frighten me.”");
    Quote q = quoteStarting(qs, "There are places");
    assertThat(q.speaker().mention()).isEqualTo("Mayor Karl Lind");
  }
  @Test
  void a_reader_set_off_by_dashes_asks_the_question_after_the_colon() {
    List<Quote> qs = find("If we had the time -- and some sense of history -- a reader would surely ask: “Why is a "
        + "retired anchor on a foreign network?”");
    Quote q = quoteStarting(qs, "Why is a");
    assertThat(q.speaker().mention()).isEqualTo("a reader");
  }

  // A source described, not named, keeps the whole description.

  @Test
  void a_group_of_protesters_that_opens_the_sentence_chants_the_quote() {
    List<Quote> qs = find("Small bands of protesters circled the stadium after dark, chanting, “Whose streets? Our "
        + "streets.”");
    Quote q = quoteStarting(qs, "Whose streets");
    assertThat(q.speaker().mention()).isEqualTo("Small bands of protesters");
  }

  @Test
  void a_source_on_a_panel_keeps_the_panel_after_an_inverted_cue() {
    List<Quote> qs = find("“The hearing was a circus from start to finish,” said one Republican source on the panel.");
    Quote q = quoteStarting(qs, "The hearing was");
    assertThat(q.speaker().mention()).isEqualTo("one Republican source on the panel");
  }

  @Test
  void members_on_a_committee_keep_the_committee_before_said() {
    List<Quote> qs = find("“We were never consulted,” two Democrats on the committee said.");
    Quote q = quoteStarting(qs, "We were never");
    assertThat(q.speaker().mention()).isEqualTo("two Democrats on the committee");
  }

  // Who is told follows "told"; who is talked about follows "said of". Neither is the source.

  @Test
  void the_outlet_after_told_is_the_listener_and_the_name_before_it_speaks() {
    List<Quote> qs = find("“The vote will hold,” the mayor's chief of staff, Joe Mercer, told the Ledger on Tuesday.");
    Quote q = quoteStarting(qs, "The vote will");
    assertThat(q.speaker().mention()).isEqualTo("the mayor's chief of staff, Joe Mercer");
    assertThat(q.speaker().mention()).doesNotContain("Ledger");
  }

  @Test
  void a_name_after_said_of_is_who_the_words_are_about_not_who_said_them() {
    List<Quote> qs = find("Senator Ann Blake was asked about her rival.",
        "“He has a lot of friends in this state,” Blake, after a long pause, said of Cruz.");
    Quote q = quoteStarting(qs, "He has a lot");
    assertThat(q.speaker().mention()).isNotEqualTo("of Cruz");
    assertThat(q.speaker().name()).isEqualTo("Ann Blake");
  }

  // A cue and a colon bring in the quote after them, not the one before.

  @Test
  void a_quote_between_two_speakers_goes_on_from_the_first_when_the_second_cue_has_a_colon() {
    List<Quote> qs = find("“We came here to work,” Ms. Haddad said. “We are not a danger to anyone.” Mr. Osei said: "
        + "“The attack was the work of criminals.”");
    assertThat(quoteStarting(qs, "We are not a danger").speaker().name()).isEqualTo("Haddad");
    assertThat(quoteStarting(qs, "The attack was").speaker().name()).isEqualTo("Osei");
  }

  @Test
  void and_that_opens_the_sentence_is_not_part_of_the_name_before_a_colon() {
    List<Quote> qs = find("The senator stumbled twice in the second hour.",
        "And Mr. Lindqvist gloated: “I told you he was not ready.”");
    Quote q = quoteStarting(qs, "I told you");
    assertThat(q.speaker().mention()).isEqualTo("Mr. Lindqvist");
  }

  @Test
  void a_letter_that_opens_the_clause_before_a_colon_speaks_the_quote() {
    List<Quote> qs = find("Two senators wrote to the agency on Friday. The letter continues: “Please explain why the "
        + "files were destroyed.”");
    Quote q = quoteStarting(qs, "Please explain");
    assertThat(q.speaker().mention()).isEqualTo("The letter");
  }

  // A web address that ends a sentence ends it: its full stop is no abbreviation's.

  @Test
  void a_quote_after_a_source_that_ends_with_a_web_address_is_a_direct_quote_of_the_same_speaker() {
    List<Quote> qs = find("“The race is close,” said Ann Pike, the analyst who founded pollwatch.ca. “It could go "
        + "either way.” She spoke from Ottawa at 9 a.m. on Monday.");
    Quote q = quoteStarting(qs, "It could go");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.speaker().name()).isEqualTo("Ann Pike");
    assertThat(quoteStarting(qs, "The race is").speaker().mention())
        .isEqualTo("Ann Pike, the analyst who founded pollwatch.ca");
  }
}
