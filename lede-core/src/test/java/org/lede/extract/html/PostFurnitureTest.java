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

/**
 * What a blog's template prints around a post, inside the post's own container: the line that files it, teasers of
 * other posts, the numbers of its pages.
 */
class PostFurnitureTest {
  @Test
  void the_line_that_files_a_post_under_its_categories_is_left_out() {
    String post = "<div class=\"post\"><h2>Pier to be rebuilt</h2>" + body(P1, P2, P3)
        + "<p class=\"postmetadata\">This entry was posted on Tuesday, March 3rd, 2026 at 9:12 am and is filed under"
        + " <a href=\"/c/harbour\">Harbour</a>, <a href=\"/c/council\">Council</a>. You can follow any responses to"
        + " this entry through the RSS 2.0 feed.</p>"
        + "<p>Posted in: <a href=\"/c/harbour\">Harbour</a> | <a href=\"#c\">4 comments</a></p></div>";

    Article a = extract(page("<title>Pier to be rebuilt</title>", post));

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void filing_lines_are_told_from_sentences_that_begin_the_same_way() {
    assertThat(Furniture.isFilingLine("Filed under Harbour, Council")).isTrue();
    assertThat(Furniture.isFilingLine("Archived under Local history.")).isTrue();
    assertThat(Furniture.isFilingLine("Posted in Harbour | Leave a comment")).isTrue();
    assertThat(Furniture.isFilingLine("Abgelegt unter: Hafen, Stadtrat")).isTrue();
    assertThat(Furniture.isFilingLine("Publié dans : Port, Conseil municipal")).isTrue();
    assertThat(Furniture.isFilingLine("Tags: harbour, council, pier")).isTrue();
    assertThat(Furniture.isFilingLine("Published: March 3, 2026 | Tags: harbour, council")).isTrue();
    assertThat(Furniture.isFilingLine("Schlagwörter: Hafen, Stadtrat")).isTrue();
    assertThat(Furniture.isFilingLine("Filed under seal, the contract names three bidders.")).isFalse();
    assertThat(Furniture.isFilingLine("Topics the council discussed: the pier and the ferry.")).isFalse();
    assertThat(Furniture.isFilingLine("Posted in 2019, the video was seen by thousands.")).isFalse();
  }

  @Test
  void teasers_of_other_posts_after_the_story_are_left_out_with_their_titles() {
    String teasers = "<ul class=\"whatsnew\">"
        + "<li><h3>Ferry timetable changes</h3><p>Winter sailings start next week."
        + " <a href=\"/ferry\">Read more...</a></p></li>"
        + "<li><h3>Lifeboat crew honoured</h3><p>The crew was thanked at a dinner on Friday."
        + " <a href=\"/lifeboat\">Weiterlesen »</a></p></li></ul>";
    String html = page("<title>Pier to be rebuilt</title>", "<article>" + body(P1, P2, P3) + teasers + "</article>");

    Article a = extract(html);

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.subheads()).isEmpty();
  }

  @Test
  void a_teaser_is_a_short_text_closed_by_its_link_not_a_sentence_about_reading() {
    assertThat(Furniture.isTeaser("Winter sailings start next week. Read more...")).isTrue();
    assertThat(Furniture.isTeaser("Le conseil a voté mardi. [Lire la suite]")).isTrue();
    assertThat(Furniture.isTeaser("The council wants children to read more.")).isFalse();
    assertThat(Furniture.isTeaser("Read more")).isFalse();
  }

  @Test
  void a_teaser_is_kept_when_it_is_all_the_page_has() {
    String html = page("<title>Ferry timetable changes</title>", "<article><p>Winter sailings start next week, with"
        + " two boats a day. <a href=\"/ferry\">Read more...</a></p></article>");

    Article a = extract(html);

    assertThat(a.paragraphs()).singleElement().asString().startsWith("Winter sailings");
  }

  @Test
  void the_numbers_of_a_storys_pages_are_not_a_paragraph() {
    assertThat(Furniture.isLabel("Pages: 1 2")).isTrue();
    assertThat(Furniture.isLabel("Seite 1 2 3 »")).isTrue();
    assertThat(Furniture.isLabel("Pages 12")).isFalse();
  }

  @Test
  void a_share_bars_label_and_a_call_to_follow_the_writer_are_not_paragraphs() {
    String html = page("<title>Pier to be rebuilt</title>", "<article>" + body("SHARE:", "Adjust text size:", P1, P2,
        P3, "Follow @harbourdesk and @janedoe on Twitter.") + "</article>");

    Article a = extract(html);

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(Furniture.isLabel("Share this article")).isTrue();
    assertThat(Furniture.isLabel("Schriftgröße")).isTrue();
    assertThat(Furniture.isLabel("Share prices fell")).isFalse();
    assertThat(Furniture.isFollowUs("Follow the harbour works on Twitter, the council said.")).isFalse();
  }
}
