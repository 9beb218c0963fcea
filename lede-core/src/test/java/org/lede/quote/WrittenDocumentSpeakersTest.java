package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.quote.WrittenArticles.find;
import static org.lede.quote.WrittenArticles.quoteStarting;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The team's written set for quotes a document speaks after the quote ("“…,” read the statement"): short articles
 * written for Lede (no text from any real page). Such quotes were left without a speaker, since "read" reported words
 * only after a document noun before it ("the letter reads").
 */
class WrittenDocumentSpeakersTest {
  @Test
  void a_statement_that_reads_after_the_quote_speaks_it() {
    List<Quote> qs = find("The mayor’s office sent a reply late on Friday. “The bridge will reopen in May, as "
        + "promised,” read the statement.");
    Quote q = quoteStarting(qs, "The bridge will");
    assertThat(q.speaker().mention()).isEqualTo("the statement");
    assertThat(q.cue().text()).isEqualTo("read");
  }

  @Test
  void an_editorial_named_with_its_day_and_paper_speaks_the_quote_before_it() {
    List<Quote> qs = find("“The council has lost its way,” reads a Sunday editorial in The Valley Courier.");
    Quote q = quoteStarting(qs, "The council has");
    assertThat(q.speaker().mention()).isEqualTo("a Sunday editorial in The Valley Courier");
  }

  @Test
  void it_read_after_a_quote_is_the_body_that_wrote_last() {
    List<Quote> qs = find("The union wrote to every member on Tuesday. “The offer is the best we have seen in ten "
        + "years,” it read.");
    Quote q = quoteStarting(qs, "The offer is");
    assertThat(q.speaker().mention()).isEqualTo("it");
    assertThat(q.speaker().name()).isEqualTo("The union");
    assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void a_person_reading_out_names_is_no_document_cue() {
    List<Quote> qs = find("At the ceremony the clerk stood. “Anna Pike, Tom Reyes, Lise Dubois,” he read, and the "
        + "room clapped.");
    Quote q = quoteStarting(qs, "Anna Pike");
    assertThat(q.cue()).isNull();
  }
}
