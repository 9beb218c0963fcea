package org.lede.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lede.article.Article;
import org.lede.source.Document;
import org.lede.source.MediaType;

/**
 * Pages built to exhaust the extractor: 200,000 levels of nesting (block and inline), a 2 MB attribute, JSON-LD
 * nested 200,000 deep. Each gives its article (the parser caps the tree's depth; JSON-LD past Jackson's depth limit
 * is ignored), in seconds and without a stack overflow.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostilePagesTest {
  private static final Instant SEEN = Instant.parse("2026-03-03T10:00:00Z");
  private static final String STORY = "<p>Ferries returned to Marrow Island on Tuesday, four days after a storm tore "
      + "the roof off the harbour office, the harbourmaster said.</p>";

  private static Article extract(String html) {
    List<Article> found = new HtmlExtractor().extract(
        new Document("hostile.html", html.getBytes(StandardCharsets.UTF_8), MediaType.HTML, null, null, null), SEEN);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String page(String head, String body) {
    return "<!doctype html><html><head><title>Ferries return to Marrow Island</title>" + head + "</head><body>"
        + "<h1>Ferries return to Marrow Island</h1>" + body + "</body></html>";
  }

  @Test
  void a_page_nested_200000_divs_deep_gives_its_text() {
    Article a = extract(page("", "<div>".repeat(200_000) + STORY + "</div>".repeat(200_000)));

    assertThat(a.headline()).isEqualTo("Ferries return to Marrow Island");
    assertThat(a.text()).contains("harbourmaster said");
  }

  @Test
  void unclosed_inline_tags_200000_deep_give_an_article() {
    Article a = extract(page("", STORY + "<p>" + "<b><i>".repeat(100_000) + "deep words"));

    assertThat(a.text()).contains("harbourmaster said");
  }

  @Test
  void a_two_megabyte_attribute_is_read_past() {
    Article a = extract(page("<meta name=\"description\" content=\"" + "d".repeat(2_000_000) + "\">",
        "<p title=\"" + "t".repeat(2_000_000) + "\">Short.</p>" + STORY));

    assertThat(a.text()).contains("harbourmaster said");
  }

  @Test
  void json_ld_nested_200000_deep_is_ignored_and_the_page_read() {
    Article a = extract(page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
        + "[".repeat(200_000) + "</script>", STORY));

    assertThat(a.headline()).isEqualTo("Ferries return to Marrow Island");
    assertThat(a.text()).contains("harbourmaster said");
  }
}
