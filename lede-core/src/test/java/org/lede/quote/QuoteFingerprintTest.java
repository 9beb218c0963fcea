package org.lede.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFingerprintTest {
  private static final String SAID = "We will meet every provocation with hard fists, and we will not step back from the border";

  private static List<String> w(String s) {
    return QuoteFingerprint.words(s);
  }

  private static boolean shareKey(String a, String b) {
    long[] kb = QuoteFingerprint.keys(w(b));
    return Arrays.stream(QuoteFingerprint.keys(w(a))).anyMatch(k -> Arrays.stream(kb).anyMatch(x -> x == k));
  }

  @Test
  void punctuation_case_and_typographic_quotes_do_not_make_another_quote() {
    String printed = "“We will meet every provocation with HARD fists — and we will not step back from the border.”";
    assertThat(QuoteFingerprint.same(w(SAID), w(printed))).isTrue();
    assertThat(shareKey(SAID, printed)).isTrue();
  }

  @Test
  void a_trimmed_end_or_an_ellipsis_keeps_the_same_quote() {
    String trimmed = "We will meet every provocation with hard fists, and we will not step back";
    String elided = "We will meet every provocation with hard fists ... we will not step back from the border";
    assertThat(QuoteFingerprint.same(w(SAID), w(trimmed))).isTrue();
    assertThat(QuoteFingerprint.same(w(SAID), w(elided))).isTrue();
    assertThat(shareKey(SAID, trimmed)).isTrue();
    assertThat(shareKey(SAID, elided)).isTrue();
  }

  @Test
  void a_different_saying_or_a_short_fragment_is_not_the_same_quote() {
    assertThat(QuoteFingerprint.same(w(SAID), w("The border will stay open to trade and to every family who needs it"))).isFalse();
    assertThat(QuoteFingerprint.same(w(SAID), w("hard fists"))).isFalse();
  }

  @Test
  void a_one_word_quote_still_has_a_key() {
    assertThat(QuoteFingerprint.keys(w("Never."))).hasSize(1);
    assertThat(QuoteFingerprint.keys(w(""))).isEmpty();
  }
}
