package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.quote.WrittenArticles.find;
import static org.lede.quote.WrittenArticles.quoteStarting;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The team's written set for the subject that speaks when the cue stands after the sentence's subject (a participle,
 * a colon, "and said"): short articles written for Lede (no text from any real page), one error class each — an
 * opening clause about the moment taken for the subject, a subject running on into its verb and object, a quote with
 * no cue after a paragraph about someone, two people named together and never learnt.
 */
class WrittenSubjectsTest {
  // A clause that opens the sentence tells when or how; the subject comes after its comma.

  @Test
  void a_participle_clause_that_opens_the_sentence_is_not_the_speaker() {
    List<Quote> qs = find("Following a crowded town hall in Brandon last week, Okafor boasted to reporters of her "
        + "field staff - “the best in the province” - and said she would win.");
    Quote q = quoteStarting(qs, "the best in");
    assertThat(q.speaker().mention()).isEqualTo("Okafor");
  }

  @Test
  void a_full_date_that_opens_the_sentence_is_not_the_speaker_of_the_quote_after_the_colon() {
    List<Quote> qs = find("On July 6, 2025, Okafor made the following comment: “Every rink in the county will be open "
        + "by winter.”");
    Quote q = quoteStarting(qs, "Every rink");
    assertThat(q.speaker().mention()).isEqualTo("Okafor");
  }

  @Test
  void a_participle_of_motion_that_opens_the_sentence_leaves_the_named_councillor_as_speaker() {
    List<Quote> qs = find("Dashing into a closed meeting of the caucus, Councillor Amy Brandt called over her "
        + "shoulder, “The numbers are not there.”");
    Quote q = quoteStarting(qs, "The numbers");
    assertThat(q.speaker().name()).isEqualTo("Amy Brandt");
  }

  @Test
  void a_clause_opened_by_once_leaves_the_writer_as_speaker() {
    List<Quote> qs = find("Once in my early twenties, when my aunt raised the subject of ghosts during a long drive, "
        + "I laughed and said, “I have never seen one.”");
    Quote q = quoteStarting(qs, "I have never");
    assertThat(q.speaker().mention()).isEqualTo("I");
  }

  @Test
  void a_clause_opened_by_because_of_is_not_the_speaker_of_an_inverted_cue() {
    List<Quote> qs = find("Because of how the council drew the wards, explained Dana Whitfield, “the east side will "
        + "never elect a mayor on its own.”");
    Quote q = quoteStarting(qs, "the east side");
    assertThat(q.speaker().mention()).isEqualTo("Dana Whitfield");
  }

  @Test
  void a_name_that_opens_a_clause_with_a_participle_is_still_the_speaker() {
    List<Quote> qs = find("Browning said the vote was close. “We counted twice,” she added.",
        "Manning, a retired judge, said, “The count was fair.”");
    assertThat(quoteStarting(qs, "The count was").speaker().mention()).isEqualTo("Manning, a retired judge");
  }

  // A role at the sentence's start is the subject's, with the one-word name that holds it.

  @Test
  void a_role_that_opens_the_sentence_keeps_the_one_word_name_after_it() {
    List<Quote> qs = find("Band member Olsen shared the news on Monday, writing, “We are playing for the food bank.”");
    assertThat(quoteStarting(qs, "We are playing").speaker().mention()).isEqualTo("Band member Olsen");
  }

  // A name, its apposition, and an aside between dashes before the cue: all of it is the source.

  @Test
  void a_dash_aside_inside_the_apposition_before_told_keeps_the_named_source() {
    List<Quote> qs = find("Jane Doe, the chief executive of Ora Media -- the company that owns the show -- told me, "
        + "“We are a content provider.”");
    Quote q = quoteStarting(qs, "We are a content");
    assertThat(q.speaker().name()).isEqualTo("Jane Doe");
    assertThat(q.speaker().mention()).startsWith("Jane Doe, the chief executive of Ora Media --");
  }

  // The subject ends where its verb begins.

  @Test
  void a_surname_the_article_has_not_introduced_stops_before_its_verb_and_object() {
    List<Quote> qs = find("Marie Tremblay opened her campaign office on Monday.",
        "At a rally in the evening, Hale attacked Tremblay over her record on housing, saying, “She has built "
            + "nothing.”");
    Quote q = quoteStarting(qs, "She has built");
    assertThat(q.speaker().mention()).isEqualTo("Hale");
  }

  // A quote that opens a paragraph with no cue goes to the person the paragraph before opened with.

  @Test
  void a_quote_with_no_cue_after_a_paragraph_about_one_named_person_among_others_is_theirs() {
    List<Quote> qs = find("Mayor Lucie Gagnon opened the new clinic in Dorval on Monday.",
        "Gagnon praised the nurses who had kept the old clinic going, and thanked Paul Roy, the health minister, for "
            + "the money.",
        "“We waited twenty years for this building.”");
    Quote q = quoteStarting(qs, "We waited");
    assertThat(q.speaker().name()).isEqualTo("Lucie Gagnon");
    assertThat(q.speaker().resolution()).isEqualTo(Resolution.CONTINUATION);
  }

  // A participle between the subject and its cue is an aside with words of its own; the quote is the cue's.

  @Test
  void a_participle_aside_before_said_reports_its_own_words_and_leaves_the_quote_to_said() {
    List<Quote> qs = find("But Sen. Lena Brooks (NDP), noting the size of the deficit, said, “The budget does not add "
        + "up.”");
    Quote q = quoteStarting(qs, "The budget does");
    assertThat(q.cue().text()).isEqualTo("said");
    assertThat(q.speaker().mention()).isEqualTo("Sen. Lena Brooks (NDP)");
    Quote aside = quoteStarting(qs, "the size of");
    assertThat(aside.text()).isEqualTo("the size of the deficit");
    assertThat(aside.cue().text()).isEqualTo("noting");
  }

  @Test
  void a_placement_in_a_photo_after_the_name_is_not_part_of_the_source() {
    List<Quote> qs = find("Premier Anne Hale (left) spoke first, saying, “We will build the line.”");
    assertThat(quoteStarting(qs, "We will build").speaker().mention()).isEqualTo("Premier Anne Hale");
  }

  // A quote that ends in "!" or "?" keeps the cue that follows the speaker's apposition.

  @Test
  void an_exclamation_then_a_name_with_its_apposition_then_said_is_one_attribution() {
    List<Quote> qs = find("“This is the best night this hall has seen!” Jane Doe, a teacher from Selkirk, said. "
        + "“We will be back next year.”");
    Quote q = quoteStarting(qs, "This is the best");
    assertThat(q.speaker().mention()).isEqualTo("Jane Doe, a teacher from Selkirk");
    assertThat(quoteStarting(qs, "We will be back").speaker().name()).isEqualTo("Jane Doe");
  }

  @Test
  void a_question_then_a_new_sentence_about_someone_is_not_given_to_them() {
    List<Quote> qs = find("“Who will pay for the roof?” Tom Reyes, the treasurer, wrote the figures on the board.");
    assertThat(quoteStarting(qs, "Who will pay").speaker()).isNull();
  }

  // Two full names joined by "and" are two people the article goes on to name by surname.

  @Test
  void two_full_names_joined_by_and_are_each_met_again_by_surname() {
    List<Quote> qs = find("Marie Tremblay and Victor Hale met voters in Selkirk on Tuesday.",
        "“Housing comes first,” Hale said, and Tremblay answered that it came second.");
    Quote q = quoteStarting(qs, "Housing comes");
    assertThat(q.speaker().name()).isEqualTo("Victor Hale");
  }
}
