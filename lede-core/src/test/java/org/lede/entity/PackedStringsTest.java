package org.lede.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedStringsTest {

  private static List<String> words(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add("w" + i + "-WORD|C");
    return out;
  }

  @Test
  void strings_read_back_with_their_saved_table_are_found_where_they_were() {
    PackedStrings built = PackedStrings.of(words(5000));
    PackedStrings read = new PackedStrings(built.chars(), built.ends(), built.slots());
    for (int i = 0; i < 5000; i++) {
      assertEquals(i, read.indexOf("w" + i + "-WORD|C"));
      assertEquals(i, read.indexOf(new StringBuilder("w").append(i).append("-WORD|C")));
    }
    assertEquals(-1, read.indexOf("w5000-WORD|C"));
  }

  @Test
  void a_table_that_is_not_the_strings_own_is_refused() {
    PackedStrings one = PackedStrings.of(words(5000));
    PackedStrings other = PackedStrings.of(words(5000).stream().map(w -> "x" + w).toList());
    assertThrows(IllegalArgumentException.class, () -> new PackedStrings(one.chars(), one.ends(), other.slots()));
    assertThrows(IllegalArgumentException.class,
        () -> new PackedStrings(one.chars(), one.ends(), java.util.Arrays.copyOf(one.slots(), 16)));
  }
}
