package org.lede.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmenterTest {
  @Test
  void the_boundary_gap_is_wider_than_the_usual_gap_between_paragraphs() {
    assertThat(Segmenter.boundaryGap(TextDumpExtractor.lines("a\nb\n\nc\n\nd\n"))).isEqualTo(2);
    assertThat(Segmenter.boundaryGap(TextDumpExtractor.lines("a\n\n\nb\n\n\nc\n\n\nd\n\n\n\n\ne\n"))).isEqualTo(3);
    assertThat(Segmenter.boundaryGap(TextDumpExtractor.lines("a\nb\nc\n"))).isEqualTo(2);
  }

  @Test
  void a_footer_of_buttons_after_a_short_last_line_does_not_start_an_article() {
    DumpLine[] lines = TextDumpExtractor.lines(String.join("\n",
        "Museum reopens its east wing", "", "The east wing reopened on Friday.", "", "Tickets are free for children",
        "", "Share", "Comments", "", "", "", ""));

    assertThat(Segmenter.split(lines)).hasSize(1);
  }

  @Test
  void every_line_blank_gives_no_segment() {
    assertThat(Segmenter.split(TextDumpExtractor.lines("\n \n\t\n"))).isEmpty();
  }
}
