package org.lede.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.article.Dateline;
import org.lede.article.Image;
import org.lede.article.StatedTime;
import org.lede.article.StatedTime.Precision;

class ArticleJsonTest {
  private final Article article = Article.builder()
      .id("0123456789abcdef")
      .input("pages/harbour.txt")
      .headline("Harbour reopens after storm")
      .addKeyPoint("Ferries run again from Monday")
      .dateline(new Dateline("PORTHAVEN", null, "PORTHAVEN:"))
      .updated(new StatedTime(Instant.parse("2026-02-05T11:59:55Z"), Precision.SECOND, "Updated 5 sec ago"))
      .addImage(new Image(null, "Boats wait at the pier.", "File/Lede"))
      .addParagraph("The harbour reopened on Sunday.")
      .addSubhead("WHAT COMES NEXT")
      .addParagraph("Repairs will take a month, the mayor said.")
      .build();

  @Test
  void line_uses_camel_case_names_iso_instants_and_lower_case_precision() {
    String line = ArticleJson.toLine(article);

    assertThat(line).doesNotContain("\n");
    assertThat(line).contains("\"keyPoints\":[\"Ferries run again from Monday\"]");
    assertThat(line).contains("\"canonicalUrl\":null");
    assertThat(line).contains("\"updated\":{\"instant\":\"2026-02-05T11:59:55Z\",\"precision\":\"second\",\"raw\":\"Updated 5 sec ago\"}");
    assertThat(line).contains("\"subheads\":[{\"text\":\"WHAT COMES NEXT\",\"paragraph\":1}]");
  }

  @Test
  void text_is_the_paragraphs_joined_by_a_blank_line() {
    assertThat(article.text()).isEqualTo("The harbour reopened on Sunday.\n\nRepairs will take a month, the mayor said.");
    assertThat(article.paragraphStart(1)).isEqualTo(article.text().indexOf("Repairs"));
  }

  @Test
  void a_line_reads_back_into_an_equal_article() {
    assertThat(ArticleJson.fromLine(ArticleJson.toLine(article))).isEqualTo(article);
  }

  @Test
  void lists_are_immutable_copies() {
    assertThat(article.paragraphs()).isUnmodifiable();
    assertThat(List.copyOf(article.keyPoints())).containsExactly("Ferries run again from Monday");
  }
}
