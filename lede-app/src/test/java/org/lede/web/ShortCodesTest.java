package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lede.extract.ArticleIds;

class ShortCodesTest {
  @Test
  void a_million_article_ids_get_a_million_distinct_codes_that_decode_back() {
    Set<String> codes = new HashSet<>(2_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      String id = ArticleIds.of("https://news.example/story/" + i, null, 0);
      String code = ShortCodes.encode(id).orElseThrow();
      if (code.length() > 11) throw new AssertionError("too long: " + code);
      if (!codes.add(code)) throw new AssertionError("collision at " + i + ": " + code);
      if (i % 1000 == 0) assertThat(ShortCodes.decode(code)).hasValue(id);
    }
    assertThat(codes).hasSize(1_000_000);
  }

  @Test
  void the_same_id_always_gets_the_same_code() {
    assertThat(ShortCodes.encode("709791857dc87734")).isEqualTo(ShortCodes.encode("709791857dc87734"));
    assertThat(ShortCodes.encode("0000000000000000")).hasValue("0");
    assertThat(ShortCodes.encode("ffffffffffffffff")).hasValue("LygHa16AHYF");
    assertThat(ShortCodes.decode("LygHa16AHYF")).hasValue("ffffffffffffffff");
  }

  @Test
  void codes_that_encode_could_not_have_made_are_refused() {
    assertThat(ShortCodes.decode("LygHa16AHYG")).as("past 2^64").isEmpty();
    assertThat(ShortCodes.decode("zzzzzzzzzzzz")).as("too long").isEmpty();
    assertThat(ShortCodes.decode("00A")).as("a second spelling with leading zeros").isEmpty();
    assertThat(ShortCodes.decode("a-b")).isEmpty();
    assertThat(ShortCodes.decode("")).isEmpty();
    assertThat(ShortCodes.encode("not-an-id")).isEmpty();
    assertThat(ShortCodes.encode("709791857DC87734")).as("ids are lower-case hex").isEmpty();
  }
}
