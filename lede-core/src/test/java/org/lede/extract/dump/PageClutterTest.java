package org.lede.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageClutterTest {
  @Test
  void buttons_and_read_times_are_header_furniture() {
    for (String line : new String[] {"Short Url", "Follow", "Share »", "4 min read", "Listen to this article", "12 Comments",
        "Reading time: 3 minutes", "Environment correspondent"}) {
      assertThat(PageClutter.kind(line)).as(line).isEqualTo(LineKind.HEADER_CLUTTER);
    }
  }

  @Test
  void advertising_and_teasers_are_furniture_anywhere() {
    for (String line : new String[] {"Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
        "Read more: Museum director steps down", "RELATED: Storm closes pass", "Sign up for our morning newsletter",
        "More from Valley News", "You may also like"}) {
      assertThat(PageClutter.kind(line)).as(line).isEqualTo(LineKind.CLUTTER);
    }
  }

  @Test
  void sentences_that_start_with_a_furniture_word_are_text() {
    for (String line : new String[] {"Share prices fell 3% on Monday.", "Follow the money, investigators said.",
        "Related-party deals were disclosed in the annual report.", "Comments from the minister angered farmers."}) {
      assertThat(PageClutter.kind(line)).as(line).isNull();
    }
  }
}
