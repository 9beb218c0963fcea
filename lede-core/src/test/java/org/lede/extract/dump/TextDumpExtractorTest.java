package org.lede.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.extract.dump.Dumps.extract;
import static org.lede.extract.dump.Dumps.lines;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.article.Image;
import org.lede.article.StatedTime;
import org.lede.article.Subhead;

class TextDumpExtractorTest {
  private static final String HARBOUR = lines(
      "Harbour ferry returns after winter repairs",
      "",
      "The repaired ferry leaves the dry dock on Monday. (File/Harbour Press)",
      "Short Url",
      "Updated 3 February 2026",
      "Follow",
      "",
      "Harbour ferry returns after winter repairs",
      "",
      "  • Crossings resume on the old timetable",
      "  • Fares stay the same until spring",
      "",
      "PORTVILLE: The town ferry is back in service after three months of repairs.",
      "Crews replaced the engine and repainted the hull, the operator said.",
      "",
      "WHAT CHANGES FOR PASSENGERS",
      "Tickets bought before the repairs remain valid.",
      "The first crossing leaves at six in the morning.");

  private static final String LIBRARY = lines(
      "City library extends its opening hours",
      "",
      "Updated 2 hours ago",
      "Follow",
      "",
      "City library extends its opening hours",
      "",
      "NORTHFIELD: The central library will open until nine on weekdays from next month.",
      "The council found the money in its culture budget.");

  @Test
  void several_articles_in_one_dump_are_split_at_their_headers() {
    List<Article> articles = extract(HARBOUR + "\n\n" + LIBRARY + "\n\n" + HARBOUR.replace("Harbour ferry", "Island ferry"));

    assertThat(articles).extracting(Article::headline).containsExactly(
        "Harbour ferry returns after winter repairs",
        "City library extends its opening hours",
        "Island ferry returns after winter repairs");
    assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
  }

  @Test
  void header_clutter_becomes_fields_and_never_body_text() {
    Article a = extract(HARBOUR).get(0);

    assertThat(a.images()).containsExactly(new Image(null, "The repaired ferry leaves the dry dock on Monday.", "File/Harbour Press"));
    assertThat(a.keyPoints()).containsExactly("Crossings resume on the old timetable", "Fares stay the same until spring");
    assertThat(a.dateline().place()).isEqualTo("PORTVILLE");
    assertThat(a.dateline().raw()).isEqualTo("PORTVILLE:");
    assertThat(a.dateline().agency()).isNull();
    assertThat(a.paragraphs()).first().isEqualTo("The town ferry is back in service after three months of repairs.");
    assertThat(a.text()).doesNotContain("Short Url", "Follow", "Updated", "File/Harbour Press", "Harbour ferry returns");
  }

  @Test
  void a_capitalised_line_is_a_subhead_before_its_paragraph() {
    Article a = extract(HARBOUR).get(0);

    assertThat(a.subheads()).containsExactly(new Subhead("WHAT CHANGES FOR PASSENGERS", 2));
    assertThat(a.paragraphs()).hasSize(4).doesNotContain("WHAT CHANGES FOR PASSENGERS");
  }

  @Test
  void stated_update_times_are_resolved_against_the_reference() {
    List<Article> articles = extract(HARBOUR + "\n\n" + LIBRARY);

    StatedTime day = articles.get(0).updated();
    assertThat(day.instant()).isEqualTo(Instant.parse("2026-02-03T00:00:00Z"));
    assertThat(day.precision()).isEqualTo(StatedTime.Precision.DAY);
    assertThat(articles.get(1).updated().instant()).isEqualTo(Instant.parse("2026-02-05T10:00:00Z"));
    assertThat(articles.get(1).updated().raw()).isEqualTo("Updated 2 hours ago");
  }

  @Test
  void a_byline_and_published_line_become_fields() {
    Article a = extract(lines(
        "Rail strike called off after late-night talks",
        "By Jane Roe and John Doe, Reuters",
        "Published 4 February 2026 | 3 min read",
        "",
        "Unions and the rail operator reached a deal shortly before midnight.",
        "Trains will run normally on Thursday.")).get(0);

    assertThat(a.headline()).isEqualTo("Rail strike called off after late-night talks");
    assertThat(a.byline()).containsExactly("Jane Roe", "John Doe");
    assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-02-04T00:00:00Z"));
    assertThat(a.paragraphs()).containsExactly(
        "Unions and the rail operator reached a deal shortly before midnight.", "Trains will run normally on Thursday.");
  }

  @Test
  void an_agency_dateline_keeps_place_and_agency() {
    Article a = extract(lines(
        "Power restored in eastern districts",
        "",
        "KYIV, Ukraine (AP) — Engineers restored power to most eastern districts overnight.",
        "Repairs continue on two substations.")).get(0);

    assertThat(a.dateline().place()).isEqualTo("KYIV, Ukraine");
    assertThat(a.dateline().agency()).isEqualTo("AP");
    assertThat(a.dateline().raw()).isEqualTo("KYIV, Ukraine (AP) —");
    assertThat(a.paragraphs().get(0)).isEqualTo("Engineers restored power to most eastern districts overnight.");
  }

  @Test
  void a_wire_dateline_with_a_date_names_only_the_place() {
    Article a = extract(lines(
        "Central bank holds rates",
        "",
        "LONDON, March 10 (Reuters) - The central bank kept its main rate unchanged on Thursday.")).get(0);

    assertThat(a.dateline().place()).isEqualTo("LONDON");
    assertThat(a.dateline().agency()).isEqualTo("Reuters");
    assertThat(a.paragraphs()).containsExactly("The central bank kept its main rate unchanged on Thursday.");
  }

  @Test
  void a_dump_without_clutter_is_one_article_headed_by_its_first_short_line() {
    List<Article> articles = extract(lines(
        "Volunteers clean the river banks",
        "",
        "More than two hundred volunteers collected rubbish along the river on Saturday.",
        "",
        "The organisers plan a second clean-up in the autumn."));

    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).headline()).isEqualTo("Volunteers clean the river banks");
    assertThat(articles.get(0).paragraphs()).hasSize(2);
  }

  @Test
  void a_dump_of_body_text_only_has_no_headline() {
    List<Article> articles = extract(lines(
        "More than two hundred volunteers collected rubbish along the river on Saturday.",
        "The organisers plan a second clean-up in the autumn."));

    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).headline()).isNull();
    assertThat(articles.get(0).paragraphs()).hasSize(2);
  }

  @Test
  void a_dump_of_only_clutter_holds_no_article() {
    assertThat(extract(lines("Short Url", "Share", "", "Advertisement", "Follow", "Updated 5 sec ago", "4 min read"))).isEmpty();
    assertThat(extract(lines("", "  ", ""))).isEmpty();
  }

  @Test
  void windows_line_ends_and_a_byte_order_mark_read_like_plain_line_ends() {
    String unix = HARBOUR + "\n\n" + LIBRARY;
    byte[] body = unix.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    List<Article> windows = Dumps.extract(withBom);
    List<Article> plain = extract(unix);

    assertThat(windows).hasSize(2);
    assertThat(windows).extracting(Article::headline).containsExactlyElementsOf(plain.stream().map(Article::headline).toList());
    assertThat(windows).extracting(Article::text).containsExactlyElementsOf(plain.stream().map(Article::text).toList());
    assertThat(windows.get(0).text()).doesNotContain("\r", "\uFEFF");
  }

  @Test
  void a_wide_blank_gap_before_a_headline_starts_an_article_without_clutter() {
    List<Article> articles = extract(lines(
        "Volunteers clean the river banks",
        "",
        "More than two hundred volunteers collected rubbish along the river.",
        "",
        "",
        "",
        "School opens a new science wing",
        "",
        "Pupils moved into the new laboratories this week."));

    assertThat(articles).extracting(Article::headline)
        .containsExactly("Volunteers clean the river banks", "School opens a new science wing");
  }

  @Test
  void a_separator_rule_starts_an_article() {
    List<Article> articles = extract(lines(
        "Volunteers clean the river banks",
        "More than two hundred volunteers collected rubbish along the river.",
        "----------",
        "School opens a new science wing",
        "Pupils moved into the new laboratories this week."));

    assertThat(articles).extracting(Article::headline)
        .containsExactly("Volunteers clean the river banks", "School opens a new science wing");
    assertThat(articles.get(0).text()).doesNotContain("---");
  }

  @Test
  void page_furniture_inside_the_body_is_dropped() {
    Article a = extract(lines(
        "Museum reopens its east wing",
        "Listen to this article",
        "Share",
        "",
        "The east wing reopened to visitors on Friday.",
        "Advertisement",
        "Read more: Museum director steps down after ten years",
        "Curators rehung two hundred paintings.",
        "Story continues below advertisement",
        "Entry stays free for children.",
        "12 Comments")).get(0);

    assertThat(a.paragraphs()).containsExactly(
        "The east wing reopened to visitors on Friday.", "Curators rehung two hundred paintings.",
        "Entry stays free for children.");
  }

  @Test
  void a_labelled_photo_credit_becomes_an_image() {
    Article a = extract(lines(
        "Storm closes mountain pass",
        "",
        "Snowploughs wait at the foot of the pass. Photo: Jane Roe / Getty Images",
        "By John Doe",
        "",
        "The pass will stay closed until the weekend.")).get(0);

    assertThat(a.images()).containsExactly(new Image(null, "Snowploughs wait at the foot of the pass.", "Jane Roe / Getty Images"));
    assertThat(a.byline()).containsExactly("John Doe");
    assertThat(a.text()).isEqualTo("The pass will stay closed until the weekend.");
  }

  @Test
  void a_dek_between_headline_and_byline_is_the_dek() {
    Article a = extract(lines(
        "Storm closes mountain pass",
        "Drivers are told to avoid the valley road until Saturday.",
        "By John Doe",
        "",
        "The pass will stay closed until the weekend.")).get(0);

    assertThat(a.dek()).isEqualTo("Drivers are told to avoid the valley road until Saturday.");
    assertThat(a.paragraphs()).containsExactly("The pass will stay closed until the weekend.");
  }

  @Test
  void hard_wrapped_lines_join_into_one_paragraph() {
    Article a = extract(lines(
        "Storm closes mountain pass",
        "",
        "The pass will stay closed until the weekend while crews clear",
        "the snow from the upper bends.",
        "",
        "Buses take the valley road instead.")).get(0);

    assertThat(a.paragraphs()).containsExactly(
        "The pass will stay closed until the weekend while crews clear the snow from the upper bends.",
        "Buses take the valley road instead.");
  }

  @Test
  void a_short_title_line_before_a_paragraph_is_a_subhead() {
    Article a = extract(lines(
        "Storm closes mountain pass",
        "",
        "The pass will stay closed until the weekend.",
        "",
        "What drivers should do",
        "",
        "Take the valley road and allow an extra hour.")).get(0);

    assertThat(a.subheads()).containsExactly(new Subhead("What drivers should do", 1));
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void a_bulleted_list_inside_the_body_stays_body_text() {
    Article a = extract(lines(
        "Storm closes mountain pass",
        "",
        "The pass will stay closed until the weekend.",
        "Drivers should carry:",
        "• chains",
        "• a blanket")).get(0);

    assertThat(a.keyPoints()).isEmpty();
    assertThat(a.paragraphs()).contains("• chains", "• a blanket");
  }

  @Test
  void a_fifty_thousand_line_dump_is_read_in_linear_time() {
    StringBuilder dump = new StringBuilder();
    int storyLines = countLines(HARBOUR) + 2 + 20 + 2;
    for (int i = 0; i < 50_000 / storyLines + 1; i++) {
      dump.append(HARBOUR.replace("Harbour ferry", "Ferry " + i)).append("\n\n");
      for (int p = 0; p < 20; p++) dump.append("Paragraph ").append(p).append(" of story ").append(i).append(" goes on.\n");
      dump.append("\n\n");
    }
    long started = cpuNanos();
    List<Article> articles = extract(dump.toString());
    long millis = (cpuNanos() - started) / 1_000_000;

    assertThat(articles.size()).isGreaterThan(1000);
    assertThat(articles).allSatisfy(a -> assertThat(a.keyPoints()).hasSize(2));
    assertThat(countLines(dump)).isGreaterThanOrEqualTo(50_000);
    assertThat(millis).as("CPU milliseconds for 50,000 lines").isLessThan(3_000);
  }

  @Test
  void one_huge_line_is_read_in_linear_time() {
    String line = "word ".repeat(400_000) + "(end)";
    long started = cpuNanos();
    List<Article> articles = extract(lines("A headline for one long page", "", line, "Short Url"));
    long millis = (cpuNanos() - started) / 1_000_000;

    assertThat(articles).hasSize(1);
    assertThat(millis).isLessThan(3_000);
  }

  /** This thread's CPU time: wall time on a shared build machine measures the neighbours, not the extractor. */
  private static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static int countLines(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
    return n;
  }
}
