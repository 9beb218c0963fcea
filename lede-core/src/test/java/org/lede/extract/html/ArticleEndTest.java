package org.lede.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.extract.html.Pages.P1;
import static org.lede.extract.html.Pages.P2;
import static org.lede.extract.html.Pages.P3;
import static org.lede.extract.html.Pages.extract;
import static org.lede.extract.html.Pages.page;

import org.junit.jupiter.api.Test;
import org.lede.article.Article;

class ArticleEndTest {
  private static final String COMMENT_1 = "What a waste of money, the old pier was fine and the council should have spent it on"
      + " the school roof instead, which has leaked for years.";
  private static final String COMMENT_2 = "I fish there every week and the new pier is long overdue, well done to everyone who"
      + " kept pushing for it. Posted by Harbourside Dave on January 10, 2008 5:15 PM";

  @Test
  void reader_comments_after_a_story_set_out_without_named_containers_are_not_the_body() {
    // An old table layout: the story and the comments share one cell, nothing names either.
    String html = page("<title>Pier to be rebuilt</title>", "<table><tr><td>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div class=\"rellinktitle\">Related articles</div><div><a href=\"/a\">Pier history</a></div>"
        + "<a name=\"x\"></a><div class=\"yvhd\">Comments</div>"
        + "<p>" + COMMENT_1 + "</p><p>" + COMMENT_2 + "</p></td></tr></table>");

    Article a = extract(html);

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void a_heading_before_the_story_has_begun_does_not_end_it() {
    String html = page("<title>Your comments on the pier</title>", "<article><h2>Comments</h2>"
        + "<p>" + COMMENT_1 + "</p><p>" + COMMENT_2 + "</p><p>" + P1 + "</p></article>");

    Article a = extract(html);

    assertThat(a.paragraphs()).contains(COMMENT_1, COMMENT_2, P1);
  }

  @Test
  void lines_that_open_comments_or_lists_of_other_stories_are_told_from_story_lines() {
    assertThat(ArticleEnd.opensFurniture("Comments")).isTrue();
    assertThat(ArticleEnd.opensFurniture("23 Comments")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Comments (4)")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Comments are now closed for this story")).isTrue();
    assertThat(ArticleEnd.opensFurniture("What you think...")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Related articles")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Other Recent Articles...")).isTrue();
    assertThat(ArticleEnd.opensFurniture("B.C. Headlines")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Must Read")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Das könnte Sie auch interessieren:")).isTrue();

    // They also stand before a single link in the middle of a story, which goes on after it.
    assertThat(ArticleEnd.opensFurniture("Read more")).isFalse();
    assertThat(ArticleEnd.opensFurniture("See also")).isFalse();
    assertThat(ArticleEnd.opensFurniture("Lesen Sie auch:")).isFalse();
    assertThat(ArticleEnd.opensFurniture("Have your say")).isFalse();
    // Story lines that merely begin like one.
    assertThat(ArticleEnd.opensFurniture("Comments from the mayor drew a sharp reply from the fishermen.")).isFalse();
    assertThat(ArticleEnd.opensFurniture("Related to the vote, the council also set a date for the works."))
        .isFalse();
  }
}
