package org.lede.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NamePatternTest {
  private static final NamePattern FURNITURE = NamePattern.of("sidebar", "share", "^nav", "$-ad", "=ad", "comment");

  @Test
  void a_contains_keyword_matches_anywhere_in_any_word() {
    assertThat(FURNITURE.matches("page main-sidebar-wrap")).isTrue();
    assertThat(FURNITURE.matches("socialshare")).isTrue();
    assertThat(FURNITURE.matches("article-body")).isFalse();
  }

  @Test
  void markers_anchor_a_keyword_to_the_start_end_or_whole_of_a_word() {
    assertThat(FURNITURE.matches("navbar")).isTrue();
    assertThat(FURNITURE.matches("topnav")).isFalse();
    assertThat(FURNITURE.matches("header top-ad")).isTrue();
    assertThat(FURNITURE.matches("adverb")).isFalse();
    assertThat(FURNITURE.matches("x ad y")).isTrue();
    assertThat(FURNITURE.matches("lead")).isFalse();
  }

  @Test
  void names_match_in_any_case_and_split_on_any_whitespace() {
    assertThat(FURNITURE.matches("Main-SideBar")).isTrue();
    assertThat(FURNITURE.matches("story\tNAV-top")).isTrue();
    assertThat(FURNITURE.matches("COMMENTS")).isTrue();
  }

  @Test
  void names_with_other_scripts_neither_match_nor_break_the_scan() {
    assertThat(FURNITURE.matches("статья комментарии")).isFalse();
    assertThat(FURNITURE.matches("ñav share")).isTrue();
    assertThat(FURNITURE.matches("")).isFalse();
    assertThat(FURNITURE.matches("s")).isFalse();
  }

  @Test
  void agrees_with_a_plain_lower_cased_search_on_random_names() {
    List<String> words = List.of("side", "bar", "sidebar", "Share", "nav", "NAV", "-ad", "ad", "comment", "x", "é",
        "post", "-", "_", "main");
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder names = new StringBuilder();
      int n = random.nextInt(6);
      for (int w = 0; w < n; w++) {
        if (w > 0) names.append(random.nextBoolean() ? " " : "");
        names.append(words.get(random.nextInt(words.size())));
      }
      String s = names.toString();
      assertThat(FURNITURE.matches(s)).as(s).isEqualTo(plain(s));
    }
  }

  /** The same keywords tested the slow, obvious way. */
  private static boolean plain(String names) {
    String lower = names.toLowerCase(Locale.ROOT);
    if (lower.contains("sidebar") || lower.contains("share") || lower.contains("comment")) return true;
    for (String word : lower.split("\\s+")) {
      if (word.startsWith("nav") || word.endsWith("-ad") || word.equals("ad")) return true;
    }
    return false;
  }

  @Test
  void keywords_must_be_lower_case_ascii() {
    assertThatThrownBy(() -> NamePattern.of("Sidebar")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NamePattern.of("légende")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NamePattern.of("^a")).isInstanceOf(IllegalArgumentException.class);
  }
}
