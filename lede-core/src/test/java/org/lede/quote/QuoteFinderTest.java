package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;

/** One rule a test, each on a few sentences written for it. */
class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<Quote> find(String... paragraphs) {
    return finder.find(Article.builder().paragraphs(List.of(paragraphs)).build());
  }

  private static Quote only(List<Quote> quotes, QuoteKind kind) {
    List<Quote> of = quotes.stream().filter(q -> q.kind() == kind).toList();
    assertThat(of).as("%s quotes in %s", kind, quotes).hasSize(1);
    return of.get(0);
  }

  private static Quote withText(List<Quote> quotes, String text) {
    return quotes.stream().filter(q -> q.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote [" + text + "] in " + quotes));
  }

  @Test
  void direct_quote_with_inverted_cue_names_the_speaker_with_title_and_role() {
    List<Quote> qs = find("“The bridge will open in May,” said the city’s chief engineer, Dr. Mara Lindqvist.");
    Quote q = only(qs, QuoteKind.DIRECT);
    assertThat(q.text()).isEqualTo("The bridge will open in May,");
    assertThat(q.cue().text()).isEqualTo("said");
    assertThat(q.speaker().name()).isEqualTo("Mara Lindqvist");
    assertThat(q.speaker().resolution()).isEqualTo(Resolution.NAMED);
    assertThat(q.speaker().title()).isEqualTo("Dr.");
    assertThat(q.speaker().role()).isEqualTo("the city’s chief engineer");
    assertThat(q.speaker().mention()).isEqualTo("the city’s chief engineer, Dr. Mara Lindqvist");
  }

  @Test
  void a_vow_reports_the_whole_infinitive_but_a_complaint_to_someone_starts_after_that() {
    assertThat(only(find("The mayor vowed to repair every bridge before winter."), QuoteKind.INDIRECT).text())
        .isEqualTo("to repair every bridge before winter");
    assertThat(only(find("The mayor complained to the council that the budget was too small."), QuoteKind.INDIRECT)
        .text()).isEqualTo("the budget was too small");
  }

  @Test
  void a_cue_in_the_progressive_or_after_by_still_reports_words() {
    Quote q = only(find("Mayor Ruth Amos is telling residents the ferry will run all winter."), QuoteKind.INDIRECT);
    assertThat(q.speaker().name()).isEqualTo("Ruth Amos");
    assertThat(q.text()).isEqualTo("the ferry will run all winter");
    Quote r = only(find("Mayor Ruth Amos closed the meeting by saying the ferry would run all winter."),
        QuoteKind.INDIRECT);
    assertThat(r.speaker().name()).isEqualTo("Ruth Amos");
    assertThat(r.text()).isEqualTo("the ferry would run all winter");
  }

  @Test
  void offsets_point_into_the_article_text() {
    Article a = Article.builder().paragraphs(List.of("Intro line.", "“We are ready,” Tom Reyes said.")).build();
    Quote q = finder.find(a).get(0);
    assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text());
    assertThat(a.text().substring(q.cue().start(), q.cue().end())).isEqualTo("said");
    assertThat(a.text().substring(q.speaker().start(), q.speaker().end())).isEqualTo("Tom Reyes");
  }

  @Test
  void quote_split_by_its_attribution_is_two_quotes_by_one_speaker() {
    List<Quote> qs = find("“We tried,” Tom Reyes said. “We will try again.”");
    assertThat(qs).extracting(Quote::text).containsExactly("We tried,", "We will try again.");
    assertThat(qs).allSatisfy(q -> {
      assertThat(q.speaker().name()).isEqualTo("Tom Reyes");
      assertThat(q.cue().text()).isEqualTo("said");
    });
  }

  @Test
  void straight_and_single_quote_marks_count_too() {
    assertThat(only(find("\"It rained all week,\" Tom Reyes said."), QuoteKind.DIRECT).text())
        .isEqualTo("It rained all week,");
    assertThat(only(find("‘It rained all week,’ Tom Reyes said."), QuoteKind.DIRECT).text())
        .isEqualTo("It rained all week,");
  }

  @Test
  void surname_resolves_to_the_full_name_introduced_earlier() {
    List<Quote> qs = find("Farmer Ana Ostrowski grows beets near the river.", "“The soil is tired,” Ostrowski said.");
    Quote q = only(qs, QuoteKind.DIRECT);
    assertThat(q.speaker().name()).isEqualTo("Ana Ostrowski");
    assertThat(q.speaker().resolution()).isEqualTo(Resolution.SURNAME);
    assertThat(q.speaker().mention()).isEqualTo("Ostrowski");
  }

  @Test
  void quote_after_pronoun_goes_to_the_nearest_person_of_that_gender() {
    List<Quote> qs = find("Ana Ostrowski met Tom Reyes at the market. She said her beets sold out, and he laughed.",
        "“It was a good day,” she said.");
    Quote direct = only(qs, QuoteKind.DIRECT);
    assertThat(direct.speaker().name()).isEqualTo("Ana Ostrowski");
    assertThat(direct.speaker().resolution()).isEqualTo(Resolution.PRONOUN);
    assertThat(direct.speaker().mention()).isEqualTo("she");
  }

  @Test
  void title_noun_resolves_to_the_person_introduced_with_that_title() {
    List<Quote> qs = find("Gen. Pavel Orlov inspected the base.", "The troops are ready, the general said.");
    Quote q = only(qs, QuoteKind.INDIRECT);
    assertThat(q.text()).isEqualTo("The troops are ready");
    assertThat(q.speaker().name()).isEqualTo("Pavel Orlov");
    assertThat(q.speaker().resolution()).isEqualTo(Resolution.TITLE);
  }

  @Test
  void role_noun_resolves_to_the_person_introduced_with_that_role() {
    List<Quote> qs = find("Harbor spokesman Leo Brandt spoke on Monday.", "The spokesman said the port would reopen.");
    Quote q = only(qs, QuoteKind.INDIRECT);
    assertThat(q.speaker().name()).isEqualTo("Leo Brandt");
    assertThat(q.speaker().resolution()).isEqualTo(Resolution.TITLE);
  }

  @Test
  void paragraph_without_attribution_continues_the_previous_speaker() {
    List<Quote> qs = find("“The harvest is late,” Ana Ostrowski said.", "“But it will be large.”");
    Quote second = withText(qs, "But it will be large.");
    assertThat(second.speaker().name()).isEqualTo("Ana Ostrowski");
    assertThat(second.speaker().resolution()).isEqualTo(Resolution.CONTINUATION);
    assertThat(second.cue()).isNull();
  }

  @Test
  void quote_left_open_at_paragraph_end_runs_on_into_the_next() {
    List<Quote> qs = find("“The harvest is late,” Ana Ostrowski said. “We waited for rain.", "“Then it came at once.”");
    assertThat(withText(qs, "Then it came at once.").speaker().name()).isEqualTo("Ana Ostrowski");
    assertThat(withText(qs, "We waited for rain.").kind()).isEqualTo(QuoteKind.DIRECT);
  }

  @Test
  void relative_clause_speaker_is_the_phrase_it_hangs_on() {
    List<Quote> qs = find("Mayor Ines Duarte opened the fair.",
        "The mayor, a reformer who said she wants cleaner streets, cut the ribbon.");
    Quote q = only(qs, QuoteKind.INDIRECT);
    assertThat(q.text()).isEqualTo("she wants cleaner streets");
    assertThat(q.speaker().name()).isEqualTo("Ines Duarte");
    assertThat(q.speaker().resolution()).isEqualTo(Resolution.RELATIVE_CLAUSE);
  }

  @Test
  void indirect_speech_with_that_keeps_only_the_reported_words() {
    Quote q = only(find("Tom Reyes said that the ferry was late."), QuoteKind.INDIRECT);
    assertThat(q.text()).isEqualTo("the ferry was late");
    assertThat(q.speaker().name()).isEqualTo("Tom Reyes");
  }

  @Test
  void reported_words_before_the_cue_are_the_content() {
    Quote q = only(find("The ferry was late again, Tom Reyes said."), QuoteKind.INDIRECT);
    assertThat(q.text()).isEqualTo("The ferry was late again");
  }

  @Test
  void according_to_names_the_source_after_it() {
    Quote q = only(find("The ferry was late, according to a harbor official."), QuoteKind.INDIRECT);
    assertThat(q.cue().text()).isEqualTo("according to");
    assertThat(q.speaker().mention()).isEqualTo("a harbor official");
    assertThat(q.speaker().anonymous()).isTrue();
    assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void anonymous_source_met_again_as_the_official_keeps_its_description() {
    List<Quote> qs = find("The ferry was late, according to a harbor official.",
        "Repairs will take a week, said the official, who asked not to be named.");
    Quote q = withText(qs, "Repairs will take a week");
    assertThat(q.speaker().name()).isEqualTo("a harbor official");
    assertThat(q.speaker().anonymous()).isTrue();
    assertThat(q.speaker().resolution()).isEqualTo(Resolution.TITLE);
  }

  @Test
  void plural_unnamed_sources_are_an_anonymous_group() {
    Quote q = only(find("The talks will fail, analysts have said."), QuoteKind.INDIRECT);
    assertThat(q.cue().text()).isEqualTo("have said");
    assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.GROUP);
    assertThat(q.speaker().anonymous()).isTrue();
  }

  @Test
  void organisation_is_a_speaker_of_kind_organization() {
    Quote q = only(find("The Transport Ministry says the ferry will be replaced."), QuoteKind.INDIRECT);
    assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(q.speaker().name()).isEqualTo("The Transport Ministry");
    assertThat(q.text()).isEqualTo("the ferry will be replaced");
  }

  @Test
  void told_names_the_addressee_and_posted_on_names_the_medium() {
    Quote told = only(find("“We are done,” Tom Reyes told reporters."), QuoteKind.DIRECT);
    assertThat(told.addressee()).isEqualTo("reporters");
    Quote posted = only(find("“We are done,” Tom Reyes posted on his Bluebird Social account."), QuoteKind.DIRECT);
    assertThat(posted.medium()).isEqualTo("Bluebird Social");
  }

  @Test
  void partial_quote_inside_reported_speech_goes_to_its_speaker() {
    List<Quote> qs = find("The harvest was a “small miracle” this year, Ana Ostrowski said.");
    Quote partial = only(qs, QuoteKind.PARTIAL);
    assertThat(partial.text()).isEqualTo("small miracle");
    assertThat(partial.speaker().name()).isEqualTo("Ana Ostrowski");
    assertThat(only(qs, QuoteKind.INDIRECT).text()).contains("small miracle");
  }

  @Test
  void nicknames_and_titles_of_works_are_not_quotes() {
    assertThat(find("The singer, known as ‘The Lark,’ toured Spain.")).isEmpty();
    assertThat(find("She read “War and Peace” on the train.")).isEmpty();
  }

  @Test
  void scare_quote_without_speech_around_it_is_not_a_quote() {
    assertThat(find("The so-called “reform” changed little.")).isEmpty();
  }

  @Test
  void apostrophes_do_not_open_quotes() {
    List<Quote> qs = find("Ana’s farm didn’t flood, and the Reyes’ barn stood.");
    assertThat(qs).isEmpty();
  }

  @Test
  void name_with_apposition_before_the_cue_is_the_source() {
    Quote q = only(find("Tom Reyes, a ferry captain from Vigo, said the engines were old."), QuoteKind.INDIRECT);
    assertThat(q.speaker().name()).isEqualTo("Tom Reyes");
    assertThat(q.speaker().role()).isEqualTo("a ferry captain from Vigo");
    assertThat(q.text()).isEqualTo("the engines were old");
  }

  @Test
  void second_verb_of_a_named_subject_is_attributed_to_it() {
    Quote q = only(find("Port director Ines Duarte declined to comment but confirmed that the ferry was sold."),
        QuoteKind.INDIRECT);
    assertThat(q.cue().text()).isEqualTo("confirmed");
    assertThat(q.speaker().name()).isEqualTo("Ines Duarte");
  }

  @Test
  void finder_is_safe_to_share_between_threads() throws Exception {
    Article a = Article.builder().paragraphs(List.of("“We tried,” Tom Reyes said.", "The ferry was late, he said."))
        .build();
    List<Quote> expected = finder.find(a);
    List<Thread> threads = new java.util.ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> {
        for (int i = 0; i < 200; i++) {
          if (!finder.find(a).equals(expected)) failures.add(new AssertionError("different result"));
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) th.join();
    assertThat(failures).isEmpty();
  }
}
