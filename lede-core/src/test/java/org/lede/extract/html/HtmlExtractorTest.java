package org.lede.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.extract.html.Pages.P1;
import static org.lede.extract.html.Pages.P2;
import static org.lede.extract.html.Pages.P3;
import static org.lede.extract.html.Pages.body;
import static org.lede.extract.html.Pages.extract;
import static org.lede.extract.html.Pages.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.article.Image;
import org.lede.article.Subhead;
import org.lede.extract.ArticleIds;

class HtmlExtractorTest {
  @Test
  void a_line_of_publication_times_above_the_story_is_not_its_lead() {
    Article a = extract(page("<title>Pier vote</title>", "<article><h1>Council votes to rebuild the old pier</h1>"
        + "<p>Published March 3, 2026 9:02am EST Updated March 3, 2026 11:18am EST</p>" + body(P1, P2, P3)
        + "</article>"));
    assertThat(a.paragraphs()).first().isEqualTo(P1);
    assertThat(a.paragraphs()).noneSatisfy(p -> assertThat(p).startsWith("Published"));
  }

  @Test
  void a_paragraph_that_only_mentions_a_time_stays() {
    String told = "Published on March 3, the report was updated twice before the council met.";
    Article a = extract(page("<title>Pier vote</title>", "<article>" + body(told, P1, P2) + "</article>"));
    assertThat(a.paragraphs()).first().isEqualTo(told);
  }

  @Test
  void json_ld_news_article_gives_headline_byline_site_and_image() {
    String ld = """
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Harbour Times"},
          {"@type":"NewsArticle","headline":"Council votes to rebuild the old pier",
           "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Ali Khan"}],
           "datePublished":"2026-01-01T08:00:00Z","publisher":{"@type":"Organization","name":"Harbour Times"},
           "image":{"@type":"ImageObject","url":"https://example.org/pier.jpg"}}]}
        </script>""";
    Article a = extract(page(ld + "<title>Pier vote | Harbour Times</title>", "<article>" + body(P1, P2, P3) + "</article>"));
    assertThat(a.headline()).isEqualTo("Council votes to rebuild the old pier");
    assertThat(a.byline()).containsExactly("Jane Doe", "Ali Khan");
    assertThat(a.site()).isEqualTo("Harbour Times");
    assertThat(a.images()).extracting(Image::url).contains("https://example.org/pier.jpg");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void json_ld_wrapped_in_cdata_is_still_read() {
    String ld = "<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\":\"ReportageNewsArticle\","
        + "\"headline\":\"Pier rebuilt\"}\n//]]></script>";
    assertThat(extract(page(ld, body(P1, P2))).headline()).isEqualTo("Pier rebuilt");
  }

  @Test
  void the_printed_heading_wins_over_a_title_that_adds_a_section_or_series_to_it() {
    String head = "<meta property=\"og:title\" content=\"Harbour Diary » Council votes to rebuild the old pier\">";
    assertThat(extract(page(head, "<h1>Council votes to rebuild the old pier</h1>" + body(P1, P2))).headline())
        .isEqualTo("Council votes to rebuild the old pier");
    head = "<meta property=\"og:title\" content=\"Council votes to rebuild the old pier - Ruth Amadi\">";
    assertThat(extract(page(head, "<h1>Council votes to rebuild the old pier</h1>" + body(P1, P2))).headline())
        .isEqualTo("Council votes to rebuild the old pier");
  }

  @Test
  void a_heading_that_names_the_site_does_not_replace_the_story_before_it() {
    String head = "<meta property=\"og:title\" content=\"Pier vote: the long road back — Harbour Times\">";
    String html = page(head, "<header><h1>Harbour Times</h1></header>" + body(P1, P2));
    assertThat(extract(html).headline()).isNotEqualTo("Harbour Times");
    String colon = "<meta property=\"og:title\" content=\"Harbour Times: Council votes to rebuild the old pier\">";
    assertThat(extract(page(colon, "<h1>Council votes to rebuild the old pier</h1>" + body(P1, P2))).headline())
        .isEqualTo("Harbour Times: Council votes to rebuild the old pier");
  }

  @Test
  void json_ld_name_that_is_the_publisher_does_not_replace_the_headline() {
    String ld = """
        <script type="application/ld+json">
        {"@type":"NewsArticle","name":"Harbour Times","headline":"Council votes to rebuild the old pier",
         "publisher":{"@type":"Organization","name":"Harbour Times"}}
        </script>""";
    assertThat(extract(page(ld + "<title>Harbour Times</title>", body(P1, P2))).headline())
        .isEqualTo("Council votes to rebuild the old pier");
  }

  @Test
  void opengraph_gives_headline_dek_site_and_url_when_there_is_no_json_ld() {
    String head = """
        <meta property="og:title" content="Council votes to rebuild the old pier">
        <meta property="og:site_name" content="Harbour Times">
        <meta property="og:url" content="https://example.org/pier">
        <meta property="og:description" content="A three-year debate ends.">
        <meta name="author" content="By Jane Doe and Ali Khan">
        <title>Something else entirely | Harbour Times</title>""";
    Article a = extract(page(head, body(P1, P2, P3)));
    assertThat(a.headline()).isEqualTo("Council votes to rebuild the old pier");
    assertThat(a.site()).isEqualTo("Harbour Times");
    assertThat(a.url()).isEqualTo("https://example.org/pier");
    assertThat(a.dek()).isEqualTo("A three-year debate ends.");
    assertThat(a.byline()).containsExactly("Jane Doe", "Ali Khan");
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void canonical_link_becomes_canonical_url_and_article_id() {
    Article a = extract(page("<link rel=\"canonical\" href=\"https://example.org/news/pier\">", body(P1, P2)));
    assertThat(a.canonicalUrl()).isEqualTo("https://example.org/news/pier");
    assertThat(a.id()).isEqualTo(ArticleIds.of("https://example.org/news/pier", "test.html", 0));
    assertThat(a.input()).isEqualTo("test.html");
  }

  @Test
  void site_suffix_is_cut_from_the_title() {
    String head = "<meta property=\"og:site_name\" content=\"Harbour Times\"><title>Council votes to rebuild the old pier"
        + " - Harbour Times</title>";
    assertThat(extract(page(head, body(P1, P2))).headline()).isEqualTo("Council votes to rebuild the old pier");
  }

  @Test
  void figure_caption_credit_is_split_off_and_kept_out_of_the_body() {
    String html = page("<base href=\"https://example.org/\">", "<article>" + body(P1)
        + "<figure><img src=\"/img/pier.jpg\"><figcaption>The old pier at dawn. Photo: Jane Doe/Reuters</figcaption></figure>"
        + "<figure><img src=\"/img/boat.jpg\"><figcaption>A trawler in the harbour <span class=\"credit\">Ali Khan</span>"
        + "</figcaption></figure>" + body(P2, P3) + "</article>");
    Article a = extract(html);
    assertThat(a.images()).contains(new Image("https://example.org/img/pier.jpg", "The old pier at dawn.", "Jane Doe/Reuters"),
        new Image("https://example.org/img/boat.jpg", "A trawler in the harbour", "Ali Khan"));
    assertThat(a.text()).doesNotContain("Reuters").doesNotContain("trawler");
  }

  @Test
  void a_paragraph_wrapped_in_an_editors_paste_marker_named_source_is_text_not_a_credit() {
    // Text pasted from an online editor keeps its wrapper, <b id="internal-source-marker_...">, around whole
    // paragraphs; "source" also names picture credits, which are a line long.
    String html = page("<title>Pier</title>", "<div class=\"post-body\"><p>"
        + "<b id=\"internal-source-marker_0.524\"><span>" + P1 + "</span></b><br><br>"
        + "<span class=\"photo-source\">Jane Doe/Reuters</span></p>" + body(P2, P3) + "</div>");

    Article a = extract(html);

    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void a_page_whose_only_text_is_set_as_headings_keeps_that_text() {
    String notice = "The harbour office is closed for the winter and will open again in March; until then, permits"
        + " for moorings are issued by the council's front desk on weekday mornings.";
    String html = page("<title>Harbour office</title>", "<div id=\"content\"><h1>Harbour office hours</h1>"
        + "<h2>" + notice + "</h2></div>");

    Article a = extract(html);

    assertThat(a.paragraphs()).containsExactly(notice);
  }

  @Test
  void subheads_inside_the_body_become_subheads_not_paragraphs() {
    Article a = extract(page("<title>Pier</title>", "<article><h1>Pier</h1>" + body(P1) + "<h2>What it costs</h2>"
        + body(P2, P3) + "</article>"));
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.subheads()).containsExactly(new Subhead("What it costs", 1));
  }

  @Test
  void headline_is_not_repeated_as_the_first_paragraph() {
    Article a = extract(page("<title>Council votes to rebuild the old pier</title>",
        "<div class=\"story\"><p>Council votes to rebuild the old pier</p>" + body(P1, P2) + "</div>"));
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void share_bars_and_related_links_are_dropped() {
    String html = page("<title>Pier</title>", "<article>" + body(P1)
        + "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet this</a></div>" + body(P2, P3)
        + "<ul class=\"related-articles\"><li><a href=\"/a\">Another story about boats</a></li>"
        + "<li><a href=\"/b\">A third story about harbours</a></li></ul></article>");
    Article a = extract(html);
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void reader_comments_are_dropped() {
    String html = page("<title>Pier</title>", "<main><article>" + body(P1, P2, P3) + "</article>"
        + "<section id=\"comments\"><h3>Comments</h3><div class=\"comment\"><p>I have fished from that pier for forty"
        + " years, and it was high time somebody did something about it.</p></div></section></main>");
    Article a = extract(html);
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void page_without_metadata_takes_its_headline_from_title_and_body_by_scoring() {
    String html = "<html><head><title>Council votes to rebuild the old pier</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
        + "<div>" + body(P1, P2, P3) + "</div><div>Contact | Imprint</div></body></html>";
    Article a = extract(html);
    assertThat(a.headline()).isEqualTo("Council votes to rebuild the old pier");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.canonicalUrl()).isNull();
    assertThat(a.byline()).isEmpty();
  }

  @Test
  void latin1_page_is_decoded_by_its_meta_charset() {
    String text = "Die Fischer begrüßen den Beschluss, aber sie hätten ihn früher erwartet, sagten sie nach der Sitzung.";
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
        + "<title>Übersicht</title></head><body><article><p>" + text + "</p><p>" + text + "</p></article></body></html>";
    Article a = extract(html.getBytes(Charset.forName("ISO-8859-1")), null);
    assertThat(a.headline()).isEqualTo("Übersicht");
    assertThat(a.paragraphs()).first().isEqualTo(text);
  }

  @Test
  void declared_http_charset_wins_over_the_meta_tag() {
    String html = "<html><head><meta charset=\"utf-8\"><title>Größe</title></head><body><p>" + P1 + "</p></body></html>";
    Article a = extract(html.getBytes(Charset.forName("windows-1252")), Charset.forName("windows-1252"));
    assertThat(a.headline()).isEqualTo("Größe");
  }

  @Test
  void truncated_markup_still_gives_the_body() {
    String html = "<html><head><title>Pier</title></head><body><article><p>" + P1 + "</p><p>" + P2 + "</p><p>"
        + P3.substring(0, 60) + "<di";
    Article a = extract(html);
    assertThat(a.paragraphs()).startsWith(P1, P2);
  }

  @Test
  void key_points_under_the_headline_become_key_points() {
    String html = page("<title>Pier</title>", "<h1>Pier</h1><ul class=\"key-points\"><li>The pier will be rebuilt.</li>"
        + "<li>Work starts in spring.</li></ul><article>" + body(P1, P2, P3) + "</article>");
    Article a = extract(html);
    assertThat(a.keyPoints()).containsExactly("The pier will be rebuilt.", "Work starts in spring.");
    assertThat(a.text()).doesNotContain("Work starts in spring.");
  }

  @Test
  void hostile_nesting_and_size_neither_crash_nor_go_quadratic() {
    StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
    html.append("<div>".repeat(20_000)).append("<p>").append(P1).append("</p>");
    html.append("<b><i>".repeat(5_000));
    for (int i = 0; i < 5_000; i++) html.append("<p>").append(P2).append("</p>");
    byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
    Article a = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(bytes, null));
    assertThat(a.headline()).isEqualTo("Deep");
    assertThat(a.paragraphs()).isNotEmpty();
  }
}
