package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;

/** Where a source starts and ends, and who it is: one rule a test, on sentences written for it. */
class QuoteSourceTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<Quote> find(String... paragraphs) {
    return finder.find(Article.builder().paragraphs(List.of(paragraphs)).build());
  }

  private static Quote only(List<Quote> quotes, QuoteKind kind) {
    List<Quote> of = quotes.stream().filter(q -> q.kind() == kind).toList();
    assertThat(of).as("%s quotes in %s", kind, quotes).hasSize(1);
    return of.get(0);
  }

  @Test
  void role_then_name_in_apposition_resolves_to_the_name_with_the_role() {
    Quote q = only(find("Bus drivers walked out at dawn. “We are not going anywhere,” the union’s president, "
        + "Gwen Maddox, said."), QuoteKind.DIRECT);
    assertThat(q.speaker().name()).isEqualTo("Gwen Maddox");
    assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(q.speaker().role()).isEqualTo("the union’s president");
    assertThat(q.speaker().mention()).isEqualTo("the union’s president, Gwen Maddox");
  }

  @Test
  void role_then_name_after_reported_words_speaks_them() {
    Quote q = only(find("The strike will go on until the city pays, the union’s president, Gwen Maddox, said."),
        QuoteKind.INDIRECT);
    assertThat(q.text()).isEqualTo("The strike will go on until the city pays");
    assertThat(q.speaker().name()).isEqualTo("Gwen Maddox");
  }

  @Test
  void agreed_to_buy_is_a_deal_not_speech() {
    List<Quote> qs = find("Harbor Freight agreed to buy the warehouse for $4 million last spring.");
    assertThat(qs).isEmpty();
  }

  @Test
  void agreed_that_still_reports_words() {
    Quote q = only(find("The two mayors agreed that the bridge must reopen."), QuoteKind.INDIRECT);
    assertThat(q.text()).isEqualTo("the bridge must reopen");
  }

  @Test
  void source_who_asked_not_to_be_named_is_anonymous_and_keeps_its_description() {
    Quote q = only(find("One City banker, who asked not to be named because her bank lends to the mill, said the "
        + "sale could take a year."), QuoteKind.INDIRECT);
    assertThat(q.text()).isEqualTo("the sale could take a year");
    assertThat(q.speaker().anonymous()).isTrue();
    assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(q.speaker().name()).isEqualTo("One City banker");
    assertThat(q.speaker().mention()).startsWith("One City banker, who asked not to be named");
  }

  @Test
  void anonymity_clause_before_the_cue_belongs_to_the_source() {
    List<Quote> qs = find("The mill will close in June, a person who asked not to be named said on Monday.");
    Quote q = only(qs, QuoteKind.INDIRECT);
    assertThat(q.speaker().mention()).isEqualTo("a person who asked not to be named");
    assertThat(q.speaker().anonymous()).isTrue();
    assertThat(q.speaker().name()).isEqualTo("a person");
  }

  @Test
  void person_familiar_with_the_talks_is_one_anonymous_person() {
    Quote q = only(find("The mill will be sold to a developer, said a person familiar with the talks, who asked "
        + "not to be named."), QuoteKind.INDIRECT);
    assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(q.speaker().anonymous()).isTrue();
    assertThat(q.speaker().name()).isEqualTo("a person familiar with the talks");
  }

  @Test
  void spokesman_for_an_organisation_keeps_the_organisation_in_the_source() {
    Quote q = only(find("“We have no comment,” a spokesman for the ferry company said."), QuoteKind.DIRECT);
    assertThat(q.speaker().mention()).isEqualTo("a spokesman for the ferry company");
  }

  @Test
  void press_secretary_is_a_title_not_a_cue() {
    Quote q = only(find("“We will fix the roads,” White House press secretary Anna Lee said at a briefing."),
        QuoteKind.DIRECT);
    assertThat(q.cue().text()).isEqualTo("said");
    assertThat(q.speaker().name()).isEqualTo("Anna Lee");
    assertThat(q.speaker().mention()).isEqualTo("White House press secretary Anna Lee");
  }

  @Test
  void said_of_a_subject_still_attributes_the_quote_that_follows() {
    Quote q = only(find("The retired banker says of the mayor, “She will sell the harbor if she can.”"),
        QuoteKind.DIRECT);
    assertThat(q.speaker().mention()).isEqualTo("The retired banker");
    assertThat(find("The retired banker says of the mayor, “She will sell the harbor if she can.”"))
        .noneMatch(x -> x.kind() == QuoteKind.INDIRECT);
  }

  @Test
  void as_she_put_it_is_a_cue() {
    Quote q = only(find("As Anna Bell, a tax lawyer, recently put it, “Who pays for the bridge?”"), QuoteKind.DIRECT);
    assertThat(q.cue().text()).isEqualTo("put it");
    assertThat(q.speaker().name()).isEqualTo("Anna Bell");
  }

  @Test
  void a_share_of_a_group_speaks_whole_with_its_amount() {
    Quote q = only(find("About one in three nurses said the night rota was unsafe."), QuoteKind.INDIRECT);
    assertThat(q.speaker().mention()).isEqualTo("About one in three nurses");
    Quote r = only(find("At least half of the drivers said the new routes were too long."), QuoteKind.INDIRECT);
    assertThat(r.speaker().mention()).isEqualTo("At least half of the drivers");
  }

  @Test
  void a_person_familiar_with_the_talks_is_the_source_not_the_talks() {
    Quote q = only(find("A person familiar with the talks said the deal was close."), QuoteKind.INDIRECT);
    assertThat(q.speaker().mention()).isEqualTo("A person familiar with the talks");
  }

  @Test
  void a_name_and_a_body_joined_by_and_speak_together() {
    Quote q = only(find("Mayor Ruth Amos and the harbour board said the ferry would run all winter."),
        QuoteKind.INDIRECT);
    assertThat(q.speaker().mention()).isEqualTo("Mayor Ruth Amos and the harbour board");
  }

  @Test
  void a_name_after_a_dash_signs_the_quote_before_it() {
    Quote q = only(find("“We are not going anywhere.” ― Gwen Maddox"), QuoteKind.DIRECT);
    assertThat(q.speaker().name()).isEqualTo("Gwen Maddox");
  }

  @Test
  void signed_quotes_on_the_lines_of_one_paragraph_each_have_their_own_signer() {
    List<Quote> qs = find("“The ferry is late every week.” ― Ruth Amos\n“Nobody at the depot answers the phone.” ― "
        + "Dev Patel \n“We pay more and wait longer.” ― Ines Moreau.");
    assertThat(qs).extracting(q -> q.speaker().name()).containsExactly("Ruth Amos", "Dev Patel", "Ines Moreau");
  }

  @Test
  void a_closing_mark_typed_at_a_line_start_opens_the_quote() {
    Quote q = only(find("”The ferry is late every week. We pay more and wait longer.” ― Ruth Amos"),
        QuoteKind.DIRECT);
    assertThat(q.text()).isEqualTo("The ferry is late every week. We pay more and wait longer.");
    assertThat(q.speaker().name()).isEqualTo("Ruth Amos");
  }

  @Test
  void opening_clause_is_skipped_to_find_the_subject_of_a_participle_cue() {
    Quote q = only(find("During a long speech earlier in the day, Smith attacked Jones for his votes, saying, "
        + "\"He is reckless.\""), QuoteKind.DIRECT);
    assertThat(q.speaker().mention()).isEqualTo("Smith");
  }

  @Test
  void object_of_a_preposition_is_not_the_speaker() {
    Quote q = only(find("Protesters marching through the streets chanted \"No more tolls!\" and kept going."),
        QuoteKind.DIRECT);
    assertThat(q.speaker().mention()).isEqualTo("Protesters");
  }

  @Test
  void when_pressed_is_not_a_cue() {
    Quote q = only(find("Anna Lee spoke last week. When pressed on the cost, the mother of three replied, "
        + "\"It was never funded.\""), QuoteKind.DIRECT);
    assertThat(q.cue().text()).isEqualTo("replied");
    assertThat(q.speaker().mention()).isEqualTo("the mother of three");
  }

  @Test
  void apposition_starting_with_now_stays_with_the_name_and_a_medium_does_not() {
    Quote a = only(find("“I call it the trip that launched a thousand trips,” said Ruth Hale, now a consultant in "
        + "the private sector."), QuoteKind.DIRECT);
    assertThat(a.speaker().mention()).isEqualTo("Ruth Hale, now a consultant in the private sector");
    Quote b = only(find("“The facts are plain,” said Rep. Tom Ellery, the top Democrat on the panel, in a "
        + "statement."), QuoteKind.DIRECT);
    assertThat(b.speaker().mention()).isEqualTo("Rep. Tom Ellery, the top Democrat on the panel");
  }
}
