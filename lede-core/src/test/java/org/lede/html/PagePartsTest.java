package org.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PagePartsTest {
  private static final String PAGE = """
      <html lang="en"><head>
      <meta property="og:title" content="Harbour reopens">
      <meta name="author" content="Mara Quill">
      <link rel="stylesheet" href="/a.css"><link rel="Canonical" href="https://example.org/harbour">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour reopens",}</script>
      <script type="Application/LD+JSON; charset=utf-8">//<![CDATA[
      {"@type": "WebPage"}
      //]]></script>
      <script type="application/ld+json">{ not json</script>
      <script>var x = 1;</script>
      </head><body class="story">
      <nav><ul><li>Home</li></ul></nav>
      <div role="Main"><article itemprop="articleBody"><time datetime="2026-03-01">1 March</time>
      <figure><img src="a.jpg"><figcaption>Boats</figcaption></figure>
      <ol><li>One</li><li>Two</li></ol><p>Text</p></article></div>
      </body></html>
      """;

  @Test
  void gathers_every_part_in_document_order() {
    Document page = Jsoup.parse(PAGE);
    PageParts parts = PageParts.of(page);
    assertThat(parts.metas()).hasSize(2);
    assertThat(parts.links()).hasSize(2);
    assertThat(parts.times()).singleElement().extracting(e -> e.attr("datetime")).isEqualTo("2026-03-01");
    assertThat(parts.figures()).hasSize(1);
    assertThat(parts.itemprops()).extracting(Element::tagName).containsExactly("article");
    assertThat(parts.bodyLists()).extracting(Element::tagName).containsExactly("ul", "ol");
  }

  @Test
  void the_article_root_is_the_first_landmark_whatever_the_case_of_its_role() {
    PageParts parts = PageParts.of(Jsoup.parse(PAGE));
    assertThat(parts.articleRoot().tagName()).isEqualTo("div");
    assertThat(PageParts.of(Jsoup.parse("<p>none</p>")).articleRoot()).isNull();
  }

  @Test
  void json_ld_is_parsed_leniently_once_and_kept_as_text_when_it_does_not_parse() {
    PageParts parts = PageParts.of(Jsoup.parse(PAGE));
    assertThat(parts.jsonLd()).hasSize(3);
    assertThat(parts.jsonLd().get(0).root().path("headline").asText()).isEqualTo("Harbour reopens");
    assertThat(parts.jsonLd().get(1).root().path("@type").asText()).isEqualTo("WebPage");
    assertThat(parts.jsonLd().get(2).root()).isNull();
    assertThat(parts.jsonLd().get(2).text()).isEqualTo("{ not json");
    assertThat(parts.jsonLd()).isSameAs(parts.jsonLd());
  }

  @Test
  void links_are_found_by_any_token_of_rel_in_any_case() {
    PageParts parts = PageParts.of(Jsoup.parse(PAGE));
    assertThat(parts.link("canonical").attr("href")).isEqualTo("https://example.org/harbour");
    assertThat(parts.link("alternate")).isNull();
  }

  @Test
  void attributed_elements_of_the_body_start_at_the_body() {
    PageParts parts = PageParts.of(Jsoup.parse(PAGE));
    assertThat(parts.attributedInBody()).first().extracting(Element::tagName).isEqualTo("body");
    assertThat(parts.attributedInBody()).extracting(Element::tagName).doesNotContain("meta", "link", "script");
    assertThat(parts.attributed()).extracting(Element::tagName).contains("meta", "link", "body", "img");
  }

  @Test
  void attribute_reads_are_exact_on_parsed_html_whose_names_are_lower_cased() {
    Element div = Jsoup.parse("<div CLASS='Lead' Data-X=1></div>").selectFirst("div");
    assertThat(HtmlAttributes.get(div, "class")).isEqualTo("Lead");
    assertThat(HtmlAttributes.has(div, "data-x")).isTrue();
    assertThat(HtmlAttributes.get(div, "id")).isEmpty();
    Element bare = Jsoup.parse("<p>x</p>").selectFirst("p");
    assertThat(HtmlAttributes.get(bare, "class")).isEmpty();
    assertThat(bare.attributesSize()).isZero();
  }
}
