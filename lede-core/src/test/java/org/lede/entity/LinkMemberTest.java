package org.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LinkMemberTest {
  @Test
  void evidence_words_keep_the_order_they_were_given_so_every_run_stores_the_same_rows() {
    List<String> words = IntStream.range(0, 24).mapToObj(i -> "word" + (char) ('a' + i)).toList();
    LinkMember m = new LinkMember("a1", "a1/P/elena-marsh", "P:elena-marsh", "Elena Marsh", EntityType.PERSON,
        List.of(), List.of(), List.of(), LinkReason.NAME, new LinkedHashSet<>(words.reversed()),
        new LinkedHashSet<>(words), 1, 0, null);

    assertThat(m.context()).containsExactlyElementsOf(words);
    assertThat(m.roleWords()).containsExactlyElementsOf(words.reversed());
  }
}
