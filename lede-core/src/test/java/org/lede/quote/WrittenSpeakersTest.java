package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.quote.WrittenArticles.find;
import static org.lede.quote.WrittenArticles.quoteStarting;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The team's written set for speakers: short articles written for Lede (no text from any real page), each holding one
 * error class seen on real news — a pronoun resolved to a place or an organisation, a cue-less quote whose speaker
 * the paragraph before named, a description of a person met before, a bare title taken as a name.
 */
class WrittenSpeakersTest {
  // A pronoun names a person: never a place or an organisation met in between.

  @Test
  void she_after_a_city_is_the_premier_not_the_city() {
    List<Quote> qs = find("Premier Anne Tremblay flew to Ottawa on Tuesday to press for money for rural clinics.",
        "Ottawa has promised to look at the request. The clinics need nurses more than buildings, she said.");
    Quote q = quoteStarting(qs, "The clinics need");
    assertThat(q.speaker().name()).isEqualTo("Anne Tremblay");
    assertThat(q.speaker().mention()).isEqualTo("she");
  }

  @Test
  void he_after_a_company_is_the_man_named_before_not_the_company() {
    List<Quote> qs = find("Gord Whitlock, who runs a ranch near the route, watched the crews arrive.",
        "Northern Pipeline Ltd. said the work would end by May.",
        "“Nobody asked us where the line should go,” he said.");
    Quote q = quoteStarting(qs, "Nobody asked");
    assertThat(q.speaker().name()).isEqualTo("Gord Whitlock");
  }

  @Test
  void she_said_after_a_province_named_as_a_subject_stays_with_the_minister() {
    List<Quote> qs = find("Health Minister Lena Brooks met her counterparts in Halifax.",
        "Nova Scotia wants a larger share of the transfer. “We are all short of family doctors,” she said.");
    Quote q = quoteStarting(qs, "We are all short");
    assertThat(q.speaker().name()).isEqualTo("Lena Brooks");
  }

  @Test
  void a_pronoun_with_no_person_before_it_is_left_unnamed_rather_than_given_to_a_place() {
    List<Quote> qs = find("Winnipeg council voted to freeze transit fares for another year.",
        "“Riders have had enough,” she said.");
    Quote q = quoteStarting(qs, "Riders have had");
    assertThat(q.speaker().name()).isNotEqualTo("Winnipeg");
    assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void you_in_a_debate_is_said_by_the_debater_not_by_the_countries_named_between() {
    List<Quote> qs = find("Donald Trump walked onto the debate stage on Sunday night.",
        "The moderators asked about the war in Syria, and about China and Russia.",
        "“You,” he said, pointing across the stage, “have done nothing for thirty years.”");
    Quote q = quoteStarting(qs, "You");
    assertThat(q.speaker().name()).isEqualTo("Donald Trump");
  }

  @Test
  void he_after_a_city_named_with_in_is_the_man_not_the_city() {
    List<Quote> qs = find("Jean Tremblay opened his third bakery this spring.",
        "The chain now has shops in Trois Rivières and Quebec City.",
        "“Bread is the last thing people give up,” he said.");
    Quote q = quoteStarting(qs, "Bread is");
    assertThat(q.speaker().name()).isEqualTo("Jean Tremblay");
  }

  // A direct quote with no cue takes the speaker the paragraph before introduced.

  @Test
  void cueless_quote_after_a_paragraph_that_introduced_one_person_is_hers() {
    List<Quote> qs = find("Marie Leblanc, who has grown apples near Kelowna for thirty years, walked the rows "
        + "after the frost.",
        "“We lost half the crop to the frost last spring. I have never seen anything like it.”");
    Quote q = quoteStarting(qs, "We lost half");
    assertThat(q.speaker()).isNotNull();
    assertThat(q.speaker().name()).isEqualTo("Marie Leblanc");
  }

  @Test
  void cueless_quote_after_a_paragraph_that_named_only_a_place_is_not_given_to_the_place() {
    List<Quote> qs = find("British Columbia has spent four years on its drought plan.",
        "“Every farm will need a licence for its wells.”");
    Quote q = quoteStarting(qs, "Every farm");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void cueless_quote_after_a_paragraph_of_reported_speech_keeps_that_speaker() {
    List<Quote> qs = find("The fishery will not reopen this year, said Ray Doucette, who chairs the harbour "
        + "authority.",
        "“The boats will stay tied up. There is nothing to catch.”");
    Quote q = quoteStarting(qs, "The boats will");
    assertThat(q.speaker().name()).isEqualTo("Ray Doucette");
  }

  @Test
  void cueless_quote_after_a_paragraph_naming_two_people_is_not_guessed() {
    List<Quote> qs = find("Tom Reyes and Ellen Marsh both ran for the school board in the spring.",
        "“The board has to listen to parents.”");
    Quote q = quoteStarting(qs, "The board has");
    assertThat(q.speaker()).isNull();
  }

  // A description names the person introduced before.

  @Test
  void the_32_year_old_welder_is_the_welder_named_before() {
    List<Quote> qs = find("Kyle Anders, a welder from Sudbury, lost his job when the smelter closed.",
        "“I can weld anything, but nobody is hiring,” the 32-year-old welder said.");
    Quote q = quoteStarting(qs, "I can weld");
    assertThat(q.speaker().name()).isEqualTo("Kyle Anders");
    assertThat(q.speaker().mention()).isEqualTo("the 32-year-old welder");
  }

  @Test
  void the_32_year_old_with_no_noun_is_the_person_given_that_age() {
    List<Quote> qs = find("Kyle Anders, 32, and Beth Marr, 57, both lost their jobs when the smelter closed.",
        "“Nobody is hiring,” the 32-year-old said.");
    Quote q = quoteStarting(qs, "Nobody is hiring");
    assertThat(q.speaker().name()).isEqualTo("Kyle Anders");
  }

  @Test
  void the_bow_tied_economist_is_the_economist_named_before() {
    List<Quote> qs = find("Economist Priya Natarajan has warned about house prices for years.",
        "“Rates will not come down soon,” the bow-tied economist said.");
    Quote q = quoteStarting(qs, "Rates will not");
    assertThat(q.speaker().name()).isEqualTo("Priya Natarajan");
  }

  @Test
  void the_veteran_organizer_is_the_organizer_named_before() {
    List<Quote> qs = find("Dana Kowalski, an organizer with the tenants’ union, led the march to city hall.",
        "Rents rose 12 per cent last year, the veteran organizer said.");
    Quote q = quoteStarting(qs, "Rents rose");
    assertThat(q.speaker().name()).isEqualTo("Dana Kowalski");
  }

  // A bare title is not a name: it names the person who holds it.

  @Test
  void the_minister_named_earlier_speaks_when_the_minister_is_cited() {
    List<Quote> qs = find("Finance Minister Claire Dubois tabled the budget on Thursday.",
        "The deficit will shrink by half within three years, the minister said.");
    Quote q = quoteStarting(qs, "The deficit will");
    assertThat(q.speaker().name()).isEqualTo("Claire Dubois");
  }

  @Test
  void ms_with_a_surname_is_the_woman_named_before() {
    List<Quote> qs = find("Joan Pelletier opened her bakery in 1994.",
        "“Flour has doubled in price,” Ms. Pelletier said.");
    Quote q = quoteStarting(qs, "Flour has doubled");
    assertThat(q.speaker().name()).isEqualTo("Joan Pelletier");
  }

  @Test
  void the_mayor_is_resolved_after_a_name_with_the_title_before_it() {
    List<Quote> qs = find("Mayor Stephen Oduya called the vote a turning point.",
        "“This city can build housing again,” the mayor said after the meeting.");
    Quote q = quoteStarting(qs, "This city can");
    assertThat(q.speaker().name()).isEqualTo("Stephen Oduya");
  }

  @Test
  void the_mp_is_the_member_of_parliament_named_before_not_an_organisation() {
    List<Quote> qs = find("Liberal MP Dana Whitford voted against the bill on Wednesday.",
        "“It goes too far, and my riding knows it,” the MP said.");
    Quote q = quoteStarting(qs, "It goes too far");
    assertThat(q.speaker().name()).isEqualTo("Dana Whitford");
    assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void ms_alone_as_a_source_names_the_woman_before_it() {
    List<Quote> qs = find("Grace Okafor, a nurse in Regina, said the wait lists are too long.",
        "“We are exhausted,” Ms. said, before her shift.");
    Quote q = quoteStarting(qs, "We are exhausted");
    assertThat(q.speaker().name()).isEqualTo("Grace Okafor");
  }

  @Test
  void a_bare_honorific_is_never_the_speakers_name() {
    List<Quote> qs = find("“The wait lists are too long,” said Ms. Okafor, a nurse in Regina.");
    Quote q = quoteStarting(qs, "The wait lists");
    assertThat(q.speaker().name()).isNotEqualTo("Ms.");
    assertThat(q.speaker().name()).contains("Okafor");
  }

  // A comma-bounded insert between the subject and its cue: the subject still speaks.

  @Test
  void a_subject_set_off_from_said_by_an_aside_still_speaks_and_the_aside_is_not_its_name() {
    List<Quote> qs = find("Harriet Olsen, wearing her union jacket, said the strike would go on until spring.");
    Quote q = quoteStarting(qs, "the strike would");
    assertThat(q.speaker().mention()).isEqualTo("Harriet Olsen");
    assertThat(q.cue().text()).isEqualTo("said");
  }

  @Test
  void however_between_the_subject_and_said_is_left_out_of_the_source() {
    List<Quote> qs = find("City councillors, however, said the rink would reopen in the fall.");
    Quote q = quoteStarting(qs, "the rink would");
    assertThat(q.speaker().mention()).isEqualTo("City councillors");
  }

  @Test
  void an_office_held_of_a_committee_belongs_to_the_source_it_describes() {
    List<Quote> qs = find("Rep. Tomas Reyes (D-Ore.), chair of the transit committee, said the fares would stay.");
    Quote q = quoteStarting(qs, "the fares would");
    assertThat(q.speaker().mention()).isEqualTo("Rep. Tomas Reyes (D-Ore.), chair of the transit committee");
    assertThat(q.speaker().name()).isEqualTo("Tomas Reyes");
  }

  // A direct quote with no cue belongs to the person the sentence before it, in the same paragraph, is about.

  @Test
  void cueless_quote_after_a_sentence_about_a_councillor_in_the_same_paragraph_is_hers() {
    List<Quote> qs = find("“We will keep the mill open,” Mayor Carl Dumont said on Monday.",
        "On “Morning Desk,” Councillor Ruth Adeyemi, who chairs the budget panel, listed the cuts she opposes. "
            + "“Closing the library would cost us more than it saves.”");
    Quote q = quoteStarting(qs, "Closing the library");
    assertThat(q.speaker().name()).isEqualTo("Ruth Adeyemi");
    assertThat(q.speaker().mention()).isEqualTo("Councillor Ruth Adeyemi, who chairs the budget panel");
  }

  @Test
  void cueless_quote_after_a_sentence_about_a_plan_keeps_the_speaker_of_the_paragraph_before() {
    List<Quote> qs = find("“We will keep the mill open,” Mayor Carl Dumont said on Monday.",
        "The plan would cost the town two million dollars. “Nobody here wants a ghost town.”");
    Quote q = quoteStarting(qs, "Nobody here");
    assertThat(q.speaker().name()).isEqualTo("Carl Dumont");
  }

  @Test
  void a_name_with_an_apposition_between_dashes_speaks() {
    List<Quote> qs = find("Marta Lind — a nurse from Moose Jaw — says the clinic closed too early.");
    Quote q = quoteStarting(qs, "the clinic closed");
    assertThat(q.speaker().name()).isEqualTo("Marta Lind");
    assertThat(q.speaker().mention()).startsWith("Marta Lind — a nurse from Moose Jaw");
  }

  // A name that only owns or modifies the subject: the campaign, the aide or the sister speaks, not the name.

  private static final String[] FERRY_VOTE = {
      "Mayor Dana Whitfield wants a second ferry for the island before the summer crowds arrive.",
      "Whitfield’s campaign brushed off a poll on Tuesday, saying the race had barely begun.",
      "“We never asked the province for a cent,” the Whitfield campaign spokesman said, adding that the ferry would "
          + "pay for itself within ten years.",
      "Former Whitfield speechwriter Owen Marsh answered the critics on the radio, saying the ferry was never his idea.",
      "Whitfield’s younger sister runs the dock café and told reporters the line-ups were already long."};

  @Test
  void a_campaign_owned_by_a_name_speaks_as_the_campaign() {
    Quote q = quoteStarting(find(FERRY_VOTE), "the race had barely");
    assertThat(q.speaker().mention()).isEqualTo("Whitfield’s campaign");
  }

  @Test
  void a_spokesman_after_a_name_used_as_a_modifier_keeps_his_adding() {
    Quote q = quoteStarting(find(FERRY_VOTE), "the ferry would pay");
    assertThat(q.speaker().mention()).isEqualTo("the Whitfield campaign spokesman");
  }

  @Test
  void a_former_aide_named_after_his_role_speaks_not_the_name_before_the_role() {
    Quote q = quoteStarting(find(FERRY_VOTE), "the ferry was never");
    assertThat(q.speaker().mention()).isEqualTo("Former Whitfield speechwriter Owen Marsh");
  }

  @Test
  void a_sister_owned_by_a_name_speaks_as_the_sister() {
    Quote q = quoteStarting(find(FERRY_VOTE), "the line-ups");
    assertThat(q.speaker().mention()).isEqualTo("Whitfield’s younger sister");
  }

  // A source described by what it is close to or knows about: the description runs on to what it concerns.

  @Test
  void a_person_close_to_the_talks_after_said_keeps_what_he_is_close_to() {
    Quote q = quoteStarting(find("“Nobody is walking away from the table,” said a person close to the ferry talks."),
        "Nobody is walking");
    assertThat(q.speaker().mention()).isEqualTo("a person close to the ferry talks");
  }

  @Test
  void people_briefed_on_the_talks_before_said_keep_what_they_were_briefed_on() {
    Quote q = quoteStarting(find("Two people briefed on the ferry talks said the province would pay half."),
        "the province would");
    assertThat(q.speaker().mention()).isEqualTo("Two people briefed on the ferry talks");
  }

  @Test
  void an_official_with_knowledge_of_the_plan_keeps_his_knowledge() {
    Quote q = quoteStarting(find("“The money is there,” said one official with knowledge of the budget."),
        "The money is there");
    assertThat(q.speaker().mention()).isEqualTo("one official with knowledge of the budget");
  }

  // A verb that reports words only with its particle: "shot back", "fired back", "pointed out".

  @Test
  void a_quote_shot_back_is_said_by_the_one_who_shot_back() {
    List<Quote> qs = find("Councillor Ruth Adeyemi asked why the pool was still closed.",
        "“Because the roof is falling in,” Mayor Carl Dumont shot back.");
    Quote q = quoteStarting(qs, "Because the roof");
    assertThat(q.speaker().name()).isEqualTo("Carl Dumont");
    assertThat(q.cue().text()).isEqualTo("shot back");
  }

  @Test
  void a_quote_after_fired_back_and_a_colon_is_said_by_the_subject() {
    Quote q = quoteStarting(find("Mayor Carl Dumont fired back: “The roof is older than I am.”"), "The roof is older");
    assertThat(q.speaker().name()).isEqualTo("Carl Dumont");
  }

  @Test
  void pushing_back_against_a_plan_reports_no_words() {
    assertThat(find("Councillor Ruth Adeyemi pushed back against the pool plan on Monday.")).isEmpty();
  }
  // Doubled apostrophes as quote marks, with a quote inside a quote closing at the same place.

  @Test
  void a_quote_whose_inner_quote_closes_with_it_is_said_by_the_name_after_it() {
    List<Quote> qs = find("''People keep telling me, 'Build a bigger pool,''' Mayor Carl Dumont said. ''We cannot.''");
    Quote q = quoteStarting(qs, "People keep telling me");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.speaker().name()).isEqualTo("Carl Dumont");
  }
  // "According to" that opens a sentence: the source ends at its comma (or after its apposition).

  @Test
  void according_to_a_name_that_opens_the_sentence_reports_the_clause_after_the_comma() {
    List<Quote> qs = find("According to Harbour Ferries, the crossing carried 40,000 riders last summer.");
    Quote q = quoteStarting(qs, "the crossing carried");
    assertThat(q.speaker().mention()).isEqualTo("Harbour Ferries");
    assertThat(q.text()).isEqualTo("the crossing carried 40,000 riders last summer");
  }

  @Test
  void according_to_a_name_and_its_apposition_keeps_the_apposition_with_the_source() {
    List<Quote> qs = find("According to Owen Marsh, a former ferry captain, the new boat is too small.");
    Quote q = quoteStarting(qs, "the new boat");
    assertThat(q.speaker().mention()).isEqualTo("Owen Marsh, a former ferry captain");
  }
  @Test
  void a_participle_after_a_dash_is_said_by_the_subject_of_the_sentence() {
    Quote q = quoteStarting(find("Mayor Carl Dumont changed his mind on the spot – saying the pool would reopen after all."),
        "the pool would reopen");
    assertThat(q.speaker().name()).isEqualTo("Carl Dumont");
  }
  // A share of a group, and an owner whose name ends in s: the whole phrase speaks.

  @Test
  void a_share_of_those_asked_speaks_as_the_share() {
    Quote q = quoteStarting(find("Nearly a third of the riders surveyed said the ferry was often late."), "the ferry was");
    assertThat(q.speaker().mention()).isEqualTo("Nearly a third of the riders surveyed");
  }

  @Test
  void a_percentage_of_those_asked_speaks_as_the_percentage() {
    Quote q = quoteStarting(find("Forty percent of those surveyed said the fares were too high."), "the fares were");
    assertThat(q.speaker().mention()).isEqualTo("Forty percent of those surveyed");
  }

  @Test
  void a_manager_owned_by_a_name_ending_in_s_speaks_with_the_owner() {
    Quote q = quoteStarting(find("Harbour Ferries’ general manager said the new boat would arrive in May."),
        "the new boat");
    assertThat(q.speaker().mention()).isEqualTo("Harbour Ferries’ general manager");
  }
  @Test
  void a_subject_before_an_aside_speaks_when_the_words_after_the_cue_go_on_past_a_name() {
    Quote q = quoteStarting(find("Ferry captain Owen Marsh, for example, said the mayor’s visit — his first in years — "
        + "would change nothing."), "the mayor’s visit");
    assertThat(q.speaker().mention()).isEqualTo("Ferry captain Owen Marsh");
  }
}
