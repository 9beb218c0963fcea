package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.article.Dateline;
import org.lede.article.Image;
import org.lede.article.StatedTime;
import org.lede.extract.ArticleIds;
import org.lede.json.ArticleJson;

class VersionJsonTest {
  private static Article harbourStory() {
    return Article.builder().id("harbour-1").input("pages/harbour.html").url("https://example.org/harbour")
        .site("The Example Gazette").language("en").headline("Harbour wall \"holds\" after storm")
        .dek("Engineers say the repairs worked").addByline("Ada Pike").addByline("Tom Reed")
        .dateline(new Dateline("PORTSMOUTH", "Example Wire", "PORTSMOUTH (Example Wire) -"))
        .published(new StatedTime(Instant.parse("2025-03-04T05:06:07Z"), StatedTime.Precision.SECOND, "4 March 2025"))
        .addImage(new Image("https://example.org/wall.jpg", "The wall at dawn", "Ada Pike"))
        .addParagraph("The harbour wall held overnight.").addSubhead("Repairs")
        .addParagraph("Crews had rebuilt it in spring, a \\ backslash and all.")
        .build();
  }

  @Test
  void the_content_hash_is_the_contract_line_without_the_input_as_before() {
    Article a = harbourStory();
    Article bare = new Article(a.id(), null, a.url(), a.canonicalUrl(), a.site(), a.language(), a.headline(), a.dek(),
        a.keyPoints(), a.byline(), a.dateline(), a.published(), a.updated(), a.images(), a.subheads(), a.paragraphs(),
        a.text());

    assertThat(VersionJson.of(a).hash()).isEqualTo(ArticleIds.sha256Hex(ArticleJson.toLine(bare)));
  }

  @Test
  void the_contract_still_ends_with_the_text_so_one_serialization_serves_row_and_hash() {
    assertThat(VersionJson.splicesFullLine())
        .as("ArticleJson no longer writes text last: VersionJson now serializes every article twice")
        .isTrue();
  }

  @Test
  void the_row_keeps_the_body_once_and_reads_back_the_whole_article() throws Exception {
    Article a = harbourStory();
    VersionJson row = VersionJson.of(a);

    JsonNode stored = ArticleJson.mapper().readTree(row.json());
    assertThat(stored.has("text")).isFalse();
    assertThat(stored.get("input").isNull()).isTrue();
    assertThat(VersionJson.read(row.json(), a.input())).isEqualTo(a);
  }

  @Test
  void a_body_that_is_not_its_paragraphs_joined_is_kept_as_written() {
    Article a = harbourStory();
    Article odd = new Article(a.id(), a.input(), a.url(), a.canonicalUrl(), a.site(), a.language(), a.headline(), a.dek(),
        a.keyPoints(), a.byline(), a.dateline(), a.published(), a.updated(), a.images(), a.subheads(), a.paragraphs(),
        "A body told differently from its paragraphs.");

    assertThat(VersionJson.read(VersionJson.of(odd).json(), odd.input())).isEqualTo(odd);
    assertThat(VersionJson.of(odd).hash()).isNotEqualTo(VersionJson.of(a).hash());
  }

  @Test
  void a_row_written_before_the_input_column_reads_its_input_from_the_json() {
    Article a = harbourStory();

    assertThat(VersionJson.read(ArticleJson.toLine(a), null)).isEqualTo(a);
  }
}
