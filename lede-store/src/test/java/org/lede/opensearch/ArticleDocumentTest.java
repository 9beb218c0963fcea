package org.lede.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ArticleDocumentTest {
  private static JsonNode line(String json) throws Exception {
    return ArticleJsonLine.read(json.replace('\'', '"'));
  }

  @Test
  void an_article_line_fills_the_fields_the_lucene_index_fills() throws Exception {
    ObjectNode doc = ArticleDocument.of(line("{'id': 'a1', 'headline': 'Bridge reopens', 'dek': 'At last',"
        + " 'text': 'The bridge reopened.', 'site': ' Coastal Ledger ', 'language': 'en', 'byline': ['Mara Lindqvist', ''],"
        + " 'dateline': {'place': 'PORT ELLEN', 'agency': 'Reuters'}, 'url': 'https://x.test/a',"
        + " 'canonicalUrl': 'https://x.test/canonical', 'published': {'instant': '2024-03-14T08:30:00Z', 'precision': 'minute'},"
        + " 'quotes': [{'speaker': {'name': 'Helena Brandt'}}, {'speaker': {'name': 'Helena Brandt'}}, {'speaker': null}],"
        + " 'entities': [{'name': 'Helena Brandt', 'aliases': ['Brandt']}, {'name': 'Port Ellen', 'aliases': []}]}"));
    assertThat(doc.path("id").asText()).isEqualTo("a1");
    assertThat(doc.path("body").asText()).isEqualTo("The bridge reopened.");
    assertThat(doc.path("site").asText()).isEqualTo("Coastal Ledger");
    assertThat(doc.path("site_name").asText()).isEqualTo(" Coastal Ledger ");
    assertThat(doc.path("byline")).hasSize(1);
    assertThat(doc.path("dateline").asText()).isEqualTo("PORT ELLEN Reuters");
    assertThat(doc.path("url").asText()).isEqualTo("https://x.test/canonical");
    assertThat(doc.path("published").asText()).isEqualTo("2024-03-14T08:30:00Z");
    assertThat(doc.path("month").asText()).isEqualTo("2024-03");
    assertThat(doc.path("speaker")).hasSize(1);
    assertThat(doc.path("speaker").get(0).asText()).isEqualTo("Helena Brandt");
    assertThat(doc.path("entity")).extracting(JsonNode::asText).containsExactly("Helena Brandt", "Brandt", "Port Ellen");
  }

  @Test
  void a_line_without_an_id_or_with_a_bad_date_is_not_an_article_and_says_why() {
    assertThatThrownBy(() -> ArticleDocument.of(line("{'headline': 'x'}"))).hasMessage("no \"id\"");
    assertThatThrownBy(() -> ArticleDocument.of(line("[1, 2]"))).hasMessage("not a JSON object");
    assertThatThrownBy(() -> ArticleDocument.of(line("{'id': 'a', 'published': {'instant': 'yesterday'}}")))
        .hasMessageContaining("not an ISO-8601 instant");
  }
}
