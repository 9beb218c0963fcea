package org.lede.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.index.SearchCursor;
import org.lede.index.SearchRequest;
import org.lede.index.Snippet;

class SearchDslTest {
  @Test
  void each_word_must_match_in_some_default_field_with_the_lucene_boosts() {
    JsonNode must = SearchDsl.body(SearchRequest.of("Israel Hamas"), false).body().at("/query/bool/must/0/bool/must");
    assertThat(must).hasSize(2);
    JsonNode israel = must.get(0).at("/bool/should");
    assertThat(israel).hasSize(5);
    assertThat(israel.get(0).at("/match/headline/query").asText()).isEqualTo("Israel");
    assertThat(israel.get(0).at("/match/headline/boost").asDouble()).isEqualTo(3.0);
    assertThat(israel.get(1).at("/match/dek/boost").asDouble()).isEqualTo(1.5);
    assertThat(israel.get(2).at("/match/body/boost").isMissingNode()).isTrue();
    assertThat(must.get(1).at("/bool/should/2/match/body/query").asText()).isEqualTo("Hamas");
  }

  @Test
  void a_phrase_is_a_phrase_in_each_field_and_a_field_is_searched_alone() {
    JsonNode q = SearchDsl.body(SearchRequest.of("\"state of the union\"~2 byline:Lindqvist"), false).body()
        .at("/query/bool/must/0/bool/must");
    assertThat(q.at("/0/bool/should/2/match_phrase/body/query").asText()).isEqualTo("state of the union");
    assertThat(q.at("/0/bool/should/2/match_phrase/body/slop").asInt()).isEqualTo(2);
    assertThat(q.at("/1/match/byline/query").asText()).isEqualTo("Lindqvist");
  }

  @Test
  void or_not_and_wildcards_keep_lucenes_shape() {
    JsonNode q = SearchDsl.body(SearchRequest.of("flood OR storm -river harb*"), false).body().at("/query/bool/must/0/bool");
    assertThat(q.at("/should")).hasSize(2);
    assertThat(q.at("/must_not/0/bool/should/0/match/headline/query").asText()).isEqualTo("river");
    assertThat(q.at("/must/0/bool/should/0/prefix/headline/value").asText()).isEqualTo("harb");
  }

  @Test
  void stop_words_alone_match_nothing_and_exclusions_alone_match_the_rest() {
    assertThat(SearchDsl.body(SearchRequest.of("the of"), false).body().at("/query/bool/must/0/match_none").isObject()).isTrue();
    JsonNode rest = SearchDsl.body(SearchRequest.of("-bridge"), false).body().at("/query/bool/must/0/bool");
    assertThat(rest.at("/must/0/match_all").isObject()).isTrue();
    assertThat(rest.at("/must_not")).hasSize(1);
  }

  @Test
  void a_word_before_a_colon_that_names_no_field_is_searched_as_a_word() {
    assertThat(org.lede.index.QueryFields.escapeUnknownFields("Note: update headline:bridge")).isEqualTo("Note\\: update headline:bridge");
  }

  @Test
  void text_that_is_not_valid_syntax_is_searched_as_its_words() {
    SearchDsl.Built built = SearchDsl.body(SearchRequest.of("bridge (repairs"), false);
    assertThat(built.syntaxError()).isTrue();
    JsonNode must = built.body().at("/query/bool/must/0/bool/must");
    assertThat(must.at("/1/bool/should/2/match/body/query").asText()).isEqualTo("(repairs");
  }

  @Test
  void site_and_dates_filter_and_a_blank_query_lists_the_newest_first() {
    ObjectNode body = SearchDsl.body(SearchRequest.of("").withSite(" Valley Courier ")
        .withSince(Instant.parse("2025-01-01T00:00:00Z")).withUntil(Instant.parse("2025-02-01T00:00:00Z")), false).body();
    assertThat(body.at("/query/bool/must/0/match_all").isObject()).isTrue();
    assertThat(body.at("/query/bool/filter/0/term/site").asText()).isEqualTo("valley courier");
    assertThat(body.at("/query/bool/filter/1/range/published/gte").asLong()).isEqualTo(1735689600000L);
    assertThat(body.at("/query/bool/filter/1/range/published/lt").asLong()).isEqualTo(1738368000000L);
    assertThat(body.at("/sort/0/published/order").asText()).isEqualTo("desc");
  }

  @Test
  void a_query_naming_a_collection_names_one_that_does_not_exist_and_the_word_collection_is_a_word() {
    assertThatThrownBy(() -> SearchDsl.body(SearchRequest.of("budget collection:\"UK press\""), false))
        .isInstanceOf(org.lede.index.UnknownCollectionException.class).hasMessageContaining("\"UK press\"");
    assertThat(SearchDsl.body(SearchRequest.of("budget collection"), false).syntaxError()).isFalse();
  }

  @Test
  void a_cursor_page_asks_one_hit_more_in_lucenes_total_order_and_resumes_at_the_cursors_key() {
    SearchRequest newest = SearchRequest.of("bridge").withSort(SearchRequest.Sort.DATE).withLimit(4).withOffset(8);
    ObjectNode first = SearchDsl.page(newest, false, null).body();
    assertThat(first.path("size").asInt()).isEqualTo(5);
    assertThat(first.has("from")).as("the offset is ignored").isFalse();
    assertThat(first.at("/sort/0/published/missing").asText()).isEqualTo("_last");
    assertThat(first.at("/sort/1/id/order").asText()).as("ties broken by id, as Lucene pages").isEqualTo("asc");
    assertThat(first.has("search_after")).isFalse();
    ObjectNode next = SearchDsl.page(newest, false, new SearchCursor(0, true, 1.5f, Long.MIN_VALUE, "a-9")).body();
    assertThat(next.at("/search_after/0").asLong()).as("an undated hit's key").isEqualTo(Long.MIN_VALUE);
    assertThat(next.at("/search_after/1").asText()).isEqualTo("a-9");

    ObjectNode best = SearchDsl.page(SearchRequest.of("bridge"), false, new SearchCursor(0, false, 2.25f, 0, "a-3")).body();
    assertThat(best.at("/sort/0/_score/order").asText()).isEqualTo("desc");
    assertThat(best.at("/search_after/0").floatValue()).isEqualTo(2.25f);
    assertThat(best.at("/search_after/1").asText()).isEqualTo("a-3");
  }

  @Test
  void a_cursor_of_a_search_in_the_other_order_is_refused() {
    SearchCursor byDate = new SearchCursor(0, true, 1f, 0, "a-1");
    assertThatThrownBy(() -> SearchDsl.page(SearchRequest.of("bridge"), false, byDate))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another order");
    // a blank query lists the newest first whatever the order asked, so a date cursor belongs to it
    assertThat(SearchDsl.page(SearchRequest.of(""), false, byDate).body().at("/search_after/1").asText()).isEqualTo("a-1");
  }

  @Test
  void a_sampled_search_reads_from_the_top_as_many_hits_as_the_sample_or_the_page_needs() {
    assertThat(SearchDsl.sampled(SearchRequest.of("bridge").withLimit(10).withOffset(20), false, 50).body().path("size").asInt())
        .isEqualTo(50);
    ObjectNode deep = SearchDsl.sampled(SearchRequest.of("bridge").withLimit(10).withOffset(60), false, 50).body();
    assertThat(deep.path("from").asInt()).isZero();
    assertThat(deep.path("size").asInt()).isEqualTo(70);
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
