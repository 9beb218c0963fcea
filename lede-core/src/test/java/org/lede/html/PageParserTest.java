package org.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageParserTest {
  private static final String STORY = "<p>The ferry to the island will run twice a day from May, the harbour board said.</p>";

  @Test
  void a_title_never_closed_does_not_swallow_the_page() {
    Document page = PageParser.parse("<html><head><title>Ferry timetable changes\n<script>var x = 1;</script>"
        + "</head><body>" + STORY + "</body></html>", "");
    assertThat(page.title()).isEqualTo("Ferry timetable changes");
    assertThat(page.body().text()).startsWith("The ferry to the island will run twice a day");
  }

  @Test
  void a_title_closed_by_a_misspelt_tag_does_not_swallow_the_page() {
    Document page = PageParser.parse("<html><head><title>Ferry timetable changes</titlevalue=\"true\" -->"
        + "<meta name=\"x\" content=\"y\"></head><body>" + STORY + "</body></html>", "");
    assertThat(page.body().text()).startsWith("The ferry to the island will run twice a day");
  }

  @Test
  void a_well_formed_title_is_left_as_written() {
    String html = "<html><head><title>Ferry <b>timetable</b> changes</title></head><body>" + STORY + "</body></html>";
    assertThat(PageParser.withTitleClosed(html)).isSameAs(html);
    assertThat(PageParser.parse(html, "").title()).isEqualTo("Ferry <b>timetable</b> changes");
  }

  @Test
  void a_page_without_a_title_is_left_as_written() {
    String html = "<html><body>" + STORY + "</body></html>";
    assertThat(PageParser.withTitleClosed(html)).isSameAs(html);
  }
}
