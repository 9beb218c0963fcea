package org.lede.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.index.SearchRequest;
import org.lede.index.Snippet;

class SearchDslTest {
  @Test
  void words_search_the_default_fields_with_the_lucene_boosts_all_required() {
    JsonNode qs = SearchDsl.body(SearchRequest.of("harbour bridge"), false).at("/query/bool/must/0/query_string");
    assertThat(qs.path("query").asText()).isEqualTo("harbour bridge");
    assertThat(qs.path("fields")).extracting(JsonNode::asText).containsExactly("headline^3", "dek^1.5", "body", "byline", "dateline");
    assertThat(qs.path("default_operator").asText()).isEqualTo("AND");
    assertThat(qs.path("type").asText()).isEqualTo("most_fields");
  }

  @Test
  void a_word_before_a_colon_that_names_no_field_is_searched_as_a_word() {
    assertThat(SearchDsl.escapeUnknownFields("Note: update headline:bridge")).isEqualTo("Note\\: update headline:bridge");
  }

  @Test
  void plain_words_escape_every_operator() {
    JsonNode qs = SearchDsl.body(SearchRequest.of("bridge (repairs"), true).at("/query/bool/must/0/query_string");
    assertThat(qs.path("query").asText()).isEqualTo("bridge \\(repairs");
  }

  @Test
  void site_and_dates_filter_and_a_blank_query_lists_the_newest_first() {
    ObjectNode body = SearchDsl.body(SearchRequest.of("").withSite(" Valley Courier ")
        .withSince(Instant.parse("2025-01-01T00:00:00Z")).withUntil(Instant.parse("2025-02-01T00:00:00Z")), false);
    assertThat(body.at("/query/bool/must/0/match_all").isObject()).isTrue();
    assertThat(body.at("/query/bool/filter/0/term/site").asText()).isEqualTo("valley courier");
    assertThat(body.at("/query/bool/filter/1/range/published/gte").asLong()).isEqualTo(1735689600000L);
    assertThat(body.at("/query/bool/filter/1/range/published/lt").asLong()).isEqualTo(1738368000000L);
    assertThat(body.at("/sort/0/published/order").asText()).isEqualTo("desc");
  }

  @Test
  void a_query_naming_a_collection_is_recognised() {
    assertThat(SearchDsl.namesCollection("budget collection:\"UK press\"")).isTrue();
    assertThat(SearchDsl.namesCollection("budget collection")).isFalse();
  }

  @Test
  void highlighted_passages_become_one_snippet_with_spans() {
    var fragments = OpenSearchHttp.JSON.createArrayNode()
        .add("The \uE000bridge\uE001 reopened").add("new \uE000bridge\uE001 cables");
    Snippet s = OpenSearchSearch.snippet(fragments);
    assertThat(s.text()).isEqualTo("The bridge reopened … new bridge cables");
    assertThat(s.highlights()).containsExactly(new Snippet.Span(4, 10), new Snippet.Span(26, 32));
    assertThat(s.render("«", "»")).isEqualTo("The «bridge» reopened … new «bridge» cables");
    assertThat(OpenSearchSearch.snippet(OpenSearchHttp.JSON.createArrayNode())).isEqualTo(Snippet.EMPTY);
  }
}
