package org.lede.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
  private static List<String> lines(String text, int max) throws Exception {
    BoundedLines reader = new BoundedLines(new StringReader(text), max);
    List<String> out = new ArrayList<>();
    for (String line = reader.next(); line != null; line = reader.next()) out.add(line == BoundedLines.TOO_LONG ? "TOO LONG" : line);
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
