package org.lede.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.extract.dump.Dumps.extract;
import static org.lede.extract.dump.Dumps.lines;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.article.Image;

/** Dumps laid out the way different kinds of outlets print their pages, all written for these tests. */
class OutletStylesTest {
  private static final String WIRE_SITE = lines(
      "Skip to main content",
      "Menu",
      "World",
      "",
      "Engineers race to restore power across eastern region",
      "By Jane Roe and Peter Smith",
      "Published 10:41 AM EST, Tue February 3, 2026",
      "Updated 5 min ago",
      "4 min read",
      "",
      "Listen to this article",
      "Share",
      "",
      "Workers repair a damaged line near the city on Monday. Photo: Anna Lee / Getty Images",
      "",
      "KYIV, Ukraine (AP) — Engineers worked through the night to restore electricity, officials said.",
      "The outages followed a week of freezing temperatures.",
      "Advertisement",
      "Repairs are expected to take several days, the ministry said.",
      "",
      "What comes next",
      "",
      "Officials urged residents to limit their use of heaters.",
      "",
      "Read more: Winter storms hit the north of the country",
      "",
      "Share",
      "12 Comments");

  private static final String AGENCY = lines(
      "Central bank holds interest rates steady",
      "Reuters",
      "February 4, 2026 3:12 PM GMT",
      "Updated 2 hours ago",
      "",
      "LONDON, Feb 4 (Reuters) - The central bank kept its main interest rate unchanged on Wednesday.",
      "Policymakers voted 7-2 to hold rates, the bank said.");

  private static final String BROADSHEET = lines(
      "Farmers protest new water rules",
      "Farmers drove tractors through the capital on Thursday. Photograph: Chris Ray/Reuters",
      "Sam Field in Madrid",
      "Thu 5 Feb 2026 09.15 GMT",
      "",
      "Thousands of farmers have protested against new limits on water use.",
      "Farm unions want the limits delayed by a year.");

  private static final String BROADCASTER = lines(
      "Lake levels fall to record low after dry winter",
      "Lake levels fall to record low after dry winter",
      "2 hours ago",
      "Share",
      "Save",
      "Emma Stone",
      "Environment correspondent",
      "Image source, Reuters",
      "Image caption, Boats sit on dry mud at the northern end of the lake",
      "Water levels in the largest lake have fallen to their lowest point since records began.",
      "Scientists blamed a winter with almost no rain.",
      "Hotel bookings soar as tourists return to the coast",
      "Hotel bookings soar as tourists return to the coast",
      "1 day ago",
      "Share",
      "(CNN) — Hotels along the southern coast reported their busiest January in a decade.",
      "Owners said bookings from abroad had doubled.");

  @Test
  void a_wire_site_page_keeps_navigation_buttons_and_teasers_out_of_the_body() {
    Article a = extract(WIRE_SITE).get(0);

    assertThat(a.headline()).isEqualTo("Engineers race to restore power across eastern region");
    assertThat(a.byline()).containsExactly("Jane Roe", "Peter Smith");
    assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-02-03T15:41:00Z"));
    assertThat(a.updated().instant()).isEqualTo(Instant.parse("2026-02-05T11:55:00Z"));
    assertThat(a.images()).containsExactly(new Image(null, "Workers repair a damaged line near the city on Monday.", "Anna Lee / Getty Images"));
    assertThat(a.dateline().agency()).isEqualTo("AP");
    assertThat(a.subheads()).extracting(s -> s.text()).containsExactly("What comes next");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.text()).doesNotContain("Skip to", "Menu", "World", "Share", "Advertisement", "Read more", "Comments", "min read");
  }

  @Test
  void an_agency_name_under_the_headline_is_not_a_dek() {
    Article a = extract(AGENCY).get(0);

    assertThat(a.dek()).isNull();
    assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-02-04T15:12:00Z"));
    assertThat(a.dateline().place()).isEqualTo("LONDON");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void a_bare_name_under_the_headline_is_the_byline() {
    Article a = extract(BROADSHEET).get(0);

    assertThat(a.byline()).containsExactly("Sam Field");
    assertThat(a.images()).containsExactly(new Image(null, "Farmers drove tractors through the capital on Thursday.", "Chris Ray/Reuters"));
    assertThat(a.dek()).isNull();
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void articles_printed_without_blank_lines_split_at_their_doubled_headlines() {
    List<Article> articles = extract(BROADCASTER);

    assertThat(articles).extracting(Article::headline).containsExactly(
        "Lake levels fall to record low after dry winter", "Hotel bookings soar as tourists return to the coast");
    Article lake = articles.get(0);
    assertThat(lake.byline()).containsExactly("Emma Stone");
    assertThat(lake.images()).containsExactly(new Image(null, "Boats sit on dry mud at the northern end of the lake", "Reuters"));
    assertThat(lake.paragraphs()).hasSize(2).noneMatch(p -> p.contains("correspondent") || p.contains("Emma Stone"));
    Article hotels = articles.get(1);
    assertThat(hotels.dateline().agency()).isEqualTo("CNN");
    assertThat(hotels.dateline().place()).isEmpty();
    assertThat(hotels.paragraphs().get(0)).startsWith("Hotels along");
  }

  @Test
  void a_credit_alone_under_a_line_makes_that_line_a_caption() {
    Article a = extract(lines(
        "Storm closes mountain pass",
        "Valley Times",
        "Snowploughs wait at the foot of the pass",
        "Jane Roe/Reuters",
        "Share",
        "",
        "DENVER/BOULDER: The pass will stay closed until the weekend.",
        "Crews cleared the lower bends on Monday.",
        "A plough at work on the upper road",
        "AFP via Getty Images",
        "Buses take the valley road instead.")).get(0);

    assertThat(a.site()).isEqualTo("Valley Times");
    assertThat(a.dek()).isNull();
    assertThat(a.images()).containsExactly(
        new Image(null, "Snowploughs wait at the foot of the pass", "Jane Roe/Reuters"),
        new Image(null, "A plough at work on the upper road", "AFP via Getty Images"));
    assertThat(a.dateline().place()).isEqualTo("DENVER/BOULDER");
    assertThat(a.paragraphs()).containsExactly("The pass will stay closed until the weekend.",
        "Crews cleared the lower bends on Monday.", "Buses take the valley road instead.");
  }

  @Test
  void a_dump_written_as_labelled_fields_fills_the_same_fields() {
    List<Article> articles = extract(lines(
        "Title: Storm closes mountain pass",
        "URL: https://valley.example/news/storm-pass",
        "Date: 2026-02-04",
        "Author: Jane Roe",
        "",
        "The pass will stay closed until the weekend.",
        "",
        "Title: School opens a new science wing",
        "URL: https://valley.example/news/school-wing",
        "Date: 2026-02-03",
        "",
        "Pupils moved into the new laboratories this week."));

    assertThat(articles).extracting(Article::headline)
        .containsExactly("Storm closes mountain pass", "School opens a new science wing");
    Article storm = articles.get(0);
    assertThat(storm.url()).isEqualTo("https://valley.example/news/storm-pass");
    assertThat(storm.published().instant()).isEqualTo(Instant.parse("2026-02-04T00:00:00Z"));
    assertThat(storm.byline()).containsExactly("Jane Roe");
    assertThat(storm.paragraphs()).containsExactly("The pass will stay closed until the weekend.");
  }
}
