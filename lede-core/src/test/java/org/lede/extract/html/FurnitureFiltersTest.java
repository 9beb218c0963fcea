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

/** The furniture filters must not take the story itself for furniture. */
class FurnitureFiltersTest {
  @Test
  void a_story_in_a_box_named_caption_is_still_the_body_when_nothing_else_is() {
    String slide = "<article><h1>How the pier was rebuilt</h1><div class=\"slide\"><img src=\"pier-1.jpg\"></div>"
        + "<div class=\"caption\" id=\"slide-content\">" + body(P1, P2) + "</div>"
        + "<a href=\"/next\">Next slide</a></article>";
    Article a = extract(page("<title>How the pier was rebuilt</title>", slide));
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void a_post_beside_a_long_category_list_in_one_column_is_kept() {
    StringBuilder categories = new StringBuilder("<ul>");
    for (String c : new String[] {"Harbour news (17)", "Council meetings (250)", "Fishing fleet (463)",
        "Weather and tides (58)", "Ferries (77)", "Letters to the editor (232)", "Local history (91)",
        "Sport on the water (105)", "Schools and colleges (30)", "Planning applications (44)",
        "Shops and markets (12)", "Festivals and fairs (21)"}) {
      categories.append("<li><a href=\"/c\">").append(c).append(" archive of every story</a></li>");
    }
    categories.append("</ul>");
    String column = "<div id=\"content\"><div class=\"column\"><div class=\"categories\">" + categories + "</div>"
        + "<table><tr><td><h3>Pier to be rebuilt</h3><div class=\"post\"><div>" + body(P1, P2, P3)
        + "</div></div></td></tr></table></div></div>";
    Article a = extract(page("<title>Pier to be rebuilt</title>", column));
    assertThat(a.paragraphs()).contains(P1, P2, P3);
    assertThat(a.paragraphs()).noneMatch(p -> p.contains("archive of every story"));
  }

  @Test
  void a_caption_under_a_picture_stays_out_of_the_body() {
    String story = "<article>" + body(P1) + "<div class=\"photo\"><img src=\"pier.jpg\">"
        + "<div class=\"caption\">Fishermen on the old pier at dawn.</div></div>" + body(P2, P3) + "</article>";
    Article a = extract(page("<title>Pier</title>", story));
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.images()).anyMatch(i -> "Fishermen on the old pier at dawn.".equals(i.caption()));
  }

  @Test
  void labels_view_counters_and_follow_us_lines_in_a_story_are_left_out() {
    String html = page("<title>Pier to be rebuilt</title>", "<article>" + body(P1, "- Anzeige -", P2,
        "Aufrufe: 1.204", "Síguenos en Telegram, Instagram, Facebook y Twitter", P3) + "</article>");

    Article a = extract(html);

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void a_reader_tip_to_follow_a_hashtag_is_story_not_a_follow_us_line() {
    assertThat(Furniture.isFollowUs("Follow us on Twitter and Facebook")).isTrue();
    assertThat(Furniture.isFollowUs("• Follow hashtag #harbour on Twitter for the works' progress.")).isFalse();
    assertThat(Furniture.isLabel("Advertisement")).isTrue();
    assertThat(Furniture.isLabel("Advertisement rates rose by a tenth")).isFalse();
  }

  @Test
  void the_placeholder_of_an_embed_whose_script_never_ran_is_not_a_paragraph() {
    String html = "<html><body><article><h1>Harbour works</h1>"
        + "<p data-embed-loader data-child-src=\"https://graphics.example/harbour/\"> Loading... </p>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>Wird geladen …</p><p>" + P3 + "</p></article></body></html>";

    Article a = extract(html);

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(Furniture.isLabel("Loading video")).isTrue();
    assertThat(Furniture.isLabel("Loading times at the port doubled")).isFalse();
  }

  @Test
  void a_list_of_links_that_the_story_announces_is_part_of_the_story() {
    String story = "<article>" + body(P1, P2, "The three reports the council published with its decision are:")
        + "<ul><li><a href=\"/r1\">The state of the old pier</a></li><li><a href=\"/r2\">What the fishermen asked"
        + " for</a></li><li><a href=\"/r3\">The cost and who pays it</a></li></ul>" + body(P3) + "</article>";

    Article a = extract(page("<title>Pier to be rebuilt</title>", story));

    assertThat(a.paragraphs()).containsExactly(P1, P2, "The three reports the council published with its decision are:",
        "The state of the old pier", "What the fishermen asked for", "The cost and who pays it", P3);
  }

  @Test
  void a_list_of_links_after_a_label_or_after_other_text_is_still_furniture() {
    String links = "<ul><li><a href=\"/a\">Ferry timetable changes for the winter</a></li>"
        + "<li><a href=\"/b\">Lifeboat crew honoured at a dinner</a></li></ul>";
    String story = "<article>" + body(P1, "See also:") + links + body(P2, "The council published these reports:")
        + "<p><a href=\"/r\">All the reports</a></p>" + links + body(P3) + "</article>";

    Article a = extract(page("<title>Pier to be rebuilt</title>", story));

    assertThat(a.paragraphs()).noneMatch(p -> p.contains("Ferry") || p.contains("Lifeboat"));
  }
}
