package org.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.source.MediaType;

class PlainTextExtractorTest {
  private static List<Article> extract(String text) {
    Document document = new Document("body.txt", text.getBytes(StandardCharsets.UTF_8), MediaType.PLAIN_TEXT, null, null, null);
    return new PlainTextExtractor().extract(document, Instant.parse("2026-02-05T12:00:00Z"));
  }

  @Test
  void the_whole_input_is_one_article_body() {
    List<Article> articles = extract("First paragraph here.\n\nSecond paragraph here.\n");

    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).headline()).isNull();
    assertThat(articles.get(0).paragraphs()).containsExactly("First paragraph here.", "Second paragraph here.");
    assertThat(articles.get(0).input()).isEqualTo("body.txt");
    assertThat(articles.get(0).id()).isEqualTo(ArticleIds.of(null, "body.txt", 0));
  }

  @Test
  void paragraphs_are_runs_of_lines_between_blank_lines() {
    Article a = extract("One line\nand its continuation.\n \t\nAnother paragraph.").get(0);

    assertThat(a.paragraphs()).containsExactly("One line\nand its continuation.", "Another paragraph.");
  }

  @Test
  void windows_line_ends_become_newlines_and_offsets_point_into_the_input() {
    Article a = extract("Short Url\r\n\r\nFollow the rules.").get(0);

    assertThat(a.text()).isEqualTo("Short Url\n\nFollow the rules.");
    assertThat(a.paragraphs()).containsExactly("Short Url", "Follow the rules.");
  }
}
