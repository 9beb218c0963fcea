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
  void a_list_of_other_stories_under_a_line_that_names_it_is_cut_from_an_unnamed_cell() {
    String html = page("<title>Pier to be rebuilt</title>", "<table><tr><td>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>Related to this story:</p>"
        + "<p>Harbour dues to rise in April, the council says, after a year of repairs and storms (12 Mar 08)</p>"
        + "<p>Printer friendly page Send this article to a friend by e-mail</p></td></tr></table>");

    Article a = extract(html);

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void the_tools_and_comment_lines_that_follow_a_story_end_it() {
    assertThat(ArticleEnd.opensFurniture("Most Recent Reader Comments:")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Comments (3), Blocked Comments (0):")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Comment Blog - Note: All Comments Subject To Approval")).isTrue();
    assertThat(ArticleEnd.opensFurniture("No comments yet.")).isTrue();
    assertThat(ArticleEnd.opensFurniture("2 comments Post a comment")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Talkback - Add your opinion")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Do you have comments on this story?")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Thanks for your comments - this feedback is now closed")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Related to this story:")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Also In The News")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Other news")).isTrue();
    assertThat(ArticleEnd.opensFurniture("LATEST FROM:")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Printer friendly page Send this article to Friends by E-Mail")).isTrue();
    assertThat(ArticleEnd.opensFurniture("E-mail this story")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Tools:")).isTrue();

    assertThat(ArticleEnd.opensFurniture("Mehr zum Thema:")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Weitere Artikel zum Thema")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Verwandte Beiträge")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Schon gelesen?")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Das Thema könnte dich auch interessieren:")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Zobacz również")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Kontakt:")).isTrue();
    assertThat(ArticleEnd.opensFurniture("About the author")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Zum Newsletter anmelden")).isTrue();

    assertThat(ArticleEnd.opensFurniture("To view the full story, please subscribe to The Harbour Times. You can choose"
        + " an annual subscription or a weekly pass.")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Subscribe now to our e-edition for the full story.")).isTrue();
    assertThat(ArticleEnd.opensFurniture("If you enjoyed reading this post, would you consider supporting our"
        + " work?")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Kommentare insgesamt: 0")).isTrue();

    assertThat(ArticleEnd.opensFurniture("No comment, said the mayor.")).isFalse();
    assertThat(ArticleEnd.opensFurniture("Subscribers to the harbour fund will get the full story of its spending"
        + " at the meeting, the mayor said.")).isFalse();
    assertThat(ArticleEnd.opensFurniture("Weitere Informationen folgen am Montag.")).isFalse();
    assertThat(ArticleEnd.opensFurniture("Kontakt zur Polizei hatte er nicht.")).isFalse();
    assertThat(ArticleEnd.opensFurniture("Other news outlets had the figure wrong.")).isFalse();
    assertThat(ArticleEnd.opensFurniture("Print runs were cut by half.")).isFalse();
  }

  @Test
  void lines_that_open_comments_or_lists_of_other_stories_are_told_from_story_lines() {
    assertThat(ArticleEnd.opensFurniture("Comments")).isTrue();
    assertThat(ArticleEnd.opensFurniture("23 Comments")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Comments (4)")).isTrue();
    assertThat(ArticleEnd.opensFurniture("Comments are now closed for this story")).isTrue();
    assertThat(ArticleEnd.opensFurniture("What you think...")).isTrue();
    assertThat(ArticleEnd.opensFurniture("TELL US WHAT YOU THINK:")).isTrue();
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
