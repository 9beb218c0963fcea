package org.lede.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.extract.html.Pages.P1;
import static org.lede.extract.html.Pages.P2;
import static org.lede.extract.html.Pages.P3;
import static org.lede.extract.html.Pages.body;
import static org.lede.extract.html.Pages.extract;
import static org.lede.extract.html.Pages.page;

import org.junit.jupiter.api.Test;
import org.lede.article.Article;

class MainContentTest {
  private static final String BLOG_LINE_1 = "Read the harbour master's blog for the tide tables and the mooring list.";
  private static final String BLOG_LINE_2 = "Read the fishermen's association pages for the catch reports of the season.";

  /** A blog's column named only "content": the links to other posts, the post, then the blog's own lines. */
  private static String column(String storyClass) {
    return "<div id=\"content\"><p><a href=\"/older\">Harbour dues to rise</a> | <a href=\"/\">Main</a> | "
        + "<a href=\"/newer\">Ferry timetable</a></p>"
        + "<div class=\"" + storyClass + "\">" + body(P1, P2, P3) + "</div>"
        + "<div><h3>From the blog</h3>" + body(BLOG_LINE_1, BLOG_LINE_2) + "</div></div>";
  }

  @Test
  void the_story_scored_inside_a_loosely_named_column_is_the_body_without_the_rest_of_the_column() {
    Article a = extract(page("<title>Pier to be rebuilt</title>", column("entry")));

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void a_container_with_a_body_name_is_kept_whole() {
    String html = page("<title>Pier to be rebuilt</title>", "<div class=\"article-body\">" + body(P1, P2)
        + "<div class=\"entry\">" + body(P3) + "</div></div>");

    Article a = extract(html);

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }
}
