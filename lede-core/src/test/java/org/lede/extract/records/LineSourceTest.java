package org.lede.extract.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounded lines, as record files and {@code lede load}'s part files are read. */
class LineSourceTest {
  private static List<String> lines(String text, int max) throws Exception {
    LineSource source = new LineSource(new BufferedInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), max);
    List<String> out = new ArrayList<>();
    for (LineSource.Line line = source.next(); line != null; line = source.next()) out.add(line.tooLong() ? "TOO LONG" : line.text());
    return out;
  }

  @Test
  void lines_end_at_newlines_with_or_without_a_carriage_return_and_the_last_needs_none() throws Exception {
    assertThat(lines("a\r\nbb\n\nccc", 10)).containsExactly("a", "bb", "", "ccc");
    assertThat(lines("a\n", 10)).containsExactly("a");
    assertThat(lines("", 10)).isEmpty();
  }

  @Test
  void a_line_over_the_bound_is_skipped_to_its_end_and_the_next_line_is_read_whole() throws Exception {
    assertThat(lines("short\n" + "x".repeat(200_000) + "\nafter\n", 1000)).containsExactly("short", "TOO LONG", "after");
  }
}
