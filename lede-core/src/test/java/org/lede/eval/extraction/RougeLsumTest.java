package org.lede.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed cases of the summary-level union LCS that rouge-score 0.1.2 computes for ROUGE-LSum. */
class RougeLsumTest {
  private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-9);

  @Test
  void the_same_text_scores_one() {
    String text = "Rain closed the harbour. Ferries waited.";
    assertThat(RougeLsum.score(text, text).f1()).isCloseTo(1.0, EXACT);
  }

  @Test
  void a_truth_sentence_counts_the_union_of_its_lcs_with_each_extracted_sentence() {
    // Lin's example: the truth sentence shares "Alpha beta" with the first extracted sentence and
    // "Alpha gamma epsilon." with the second; the union is 4 of its 5 tokens; 10 tokens were extracted.
    RougeLsum.Score s = RougeLsum.score(
        "Alpha beta zeta eta theta. Alpha gamma theta iota epsilon.", "Alpha beta gamma delta epsilon.");
    assertThat(s.recall()).isCloseTo(4.0 / 5, EXACT);
    assertThat(s.precision()).isCloseTo(4.0 / 10, EXACT);
    assertThat(s.f1()).isCloseTo(2 * 0.4 * 0.8 / 1.2, EXACT);
  }

  @Test
  void sentences_in_another_order_still_match_in_full() {
    RougeLsum.Score s = RougeLsum.score("Gamma delta. Alpha beta.", "Alpha beta. Gamma delta.");
    assertThat(s.f1()).isCloseTo(1.0, EXACT);
  }

  @Test
  void an_extracted_token_is_counted_once_however_many_truth_sentences_share_it() {
    // Both truth sentences share "Big red" with the one extracted sentence, whose two tokens are spent on the first.
    RougeLsum.Score s = RougeLsum.score("Big red fox.", "Big red cat. Big red dog.");
    assertThat(s.precision()).isCloseTo(2.0 / 3, EXACT);
    assertThat(s.recall()).isCloseTo(2.0 / 6, EXACT);
    assertThat(s.f1()).isCloseTo(4.0 / 9, EXACT);
  }

  @Test
  void a_line_break_alone_ends_no_sentence_as_in_punkt() {
    // One extracted sentence "Beta Alpha": its LCS with "Alpha Beta" is one token. Split at the line break, it
    // would be two sentences and match both.
    RougeLsum.Score s = RougeLsum.score("Beta\nAlpha", "Alpha Beta");
    assertThat(s.f1()).isCloseTo(0.5, EXACT);
  }

  @Test
  void tokens_keep_case_and_punctuation() {
    RougeLsum.Score s = RougeLsum.score("the harbour", "The harbour.");
    assertThat(s.f1()).isCloseTo(0.0, EXACT);
  }

  @Test
  void an_empty_truth_scores_one_for_an_empty_output_and_zero_with_full_recall_otherwise() {
    assertThat(RougeLsum.score("", "").f1()).isCloseTo(1.0, EXACT);
    RougeLsum.Score s = RougeLsum.score("Subscribe now.", " ");
    assertThat(s.f1()).isCloseTo(0.0, EXACT);
    assertThat(s.recall()).isCloseTo(1.0, EXACT);
  }

  @Test
  void an_empty_output_scores_zero() {
    assertThat(RougeLsum.score("", "Rain closed the harbour.").f1()).isCloseTo(0.0, EXACT);
  }
}
