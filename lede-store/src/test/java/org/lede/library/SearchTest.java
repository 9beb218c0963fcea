package org.lede.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.index.FacetCount;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;

class SearchTest {
  @TempDir Path dir;
  Library lib;

  @BeforeEach
  void ingestThree() {
    lib = Library.open(dir);
    for (Article a : List.of(Fixtures.harbour(), Fixtures.orchard(), Fixtures.library())) {
      lib.ingest(Fixtures.rawFor(a.canonicalUrl(), List.of(a)), List.of(a));
    }
  }

  @AfterEach
  void close() {
    lib.close();
  }

  private List<String> headlines(SearchRequest r) {
    return lib.search(r).hits().stream().map(SearchHit::headline).toList();
  }

  @Test
  void words_are_stemmed_so_a_plural_finds_the_singular() {
    assertThat(headlines(SearchRequest.of("orchard blossom"))).containsExactly(Fixtures.orchard().headline());
  }

  @Test
  void a_sampled_search_names_its_best_hits_beyond_the_page_it_shows() {
    for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
      SearchRequest all = SearchRequest.of("harbour OR orchard OR library OR bridge").withSort(sort).withLimit(10);
      List<String> best = lib.search(all).hits().stream().map(org.lede.index.SearchHit::id).toList();
      assertThat(best).hasSizeGreaterThan(1);
      var sampled = lib.search(all.withLimit(1), 10);
      assertThat(sampled.sample()).containsExactlyElementsOf(best);
      assertThat(sampled.results().hits()).extracting(org.lede.index.SearchHit::id).containsExactly(best.getFirst());
    }
  }

  @Test
  void a_headline_match_ranks_above_a_body_match() {
    assertThat(headlines(SearchRequest.of("harbour bridge")))
        .containsExactly(Fixtures.harbour().headline(), Fixtures.library().headline());
  }

  @Test
  void phrases_exclusions_and_fields_narrow_the_search() {
    assertThat(headlines(SearchRequest.of("\"harbour bridge\" -library"))).containsExactly(Fixtures.harbour().headline());
    assertThat(headlines(SearchRequest.of("byline:lindqvist"))).hasSize(2);
    assertThat(headlines(SearchRequest.of("headline:library"))).containsExactly(Fixtures.library().headline());
    assertThat(headlines(SearchRequest.of("site:\"valley courier\""))).containsExactly(Fixtures.orchard().headline());
    assertThat(headlines(SearchRequest.of("frost OR ferry"))).hasSize(2);
  }

  @Test
  void filters_by_site_and_publication_time() {
    assertThat(headlines(SearchRequest.of("").withSite("coastal ledger"))).hasSize(2);
    assertThat(headlines(SearchRequest.of("")
        .withSince(Instant.parse("2024-04-01T00:00:00Z")).withUntil(Instant.parse("2024-04-20T12:00:00Z"))))
        .containsExactly(Fixtures.orchard().headline());
  }

  @Test
  void date_order_puts_the_newest_first_and_pages_with_offset() {
    SearchRequest byDate = SearchRequest.of("").withSort(SearchRequest.Sort.DATE);
    assertThat(headlines(byDate)).containsExactly(
        Fixtures.library().headline(), Fixtures.orchard().headline(), Fixtures.harbour().headline());
    SearchResults second = lib.search(byDate.withLimit(1).withOffset(1));
    assertThat(second.totalHits()).isEqualTo(3);
    assertThat(second.hits()).extracting(SearchHit::headline).containsExactly(Fixtures.orchard().headline());
  }

  @Test
  void hits_carry_a_snippet_with_the_matches_marked() {
    SearchHit hit = lib.search(SearchRequest.of("corrosion")).hits().getFirst();
    assertThat(hit.snippet().render("«", "»")).contains("because «corrosion» had spread");
    assertThat(hit.published()).isEqualTo(Instant.parse("2024-03-14T08:30:00Z"));
    assertThat(hit.site()).isEqualTo("Coastal Ledger");
    assertThat(hit.byline()).containsExactly("Mara Lindqvist");
    assertThat(hit.url()).isEqualTo(Fixtures.harbour().canonicalUrl());
  }

  @Test
  void a_phrase_is_marked_as_one_span() {
    SearchHit hit = lib.search(SearchRequest.of("\"steel deck\"")).hits().getFirst();
    assertThat(hit.snippet().render("«", "»")).contains("its «steel deck»");
  }

  @Test
  void facets_count_hits_by_site_and_month() {
    SearchResults r = lib.search(SearchRequest.of(""));
    assertThat(r.sites()).containsExactly(new FacetCount("Coastal Ledger", 2), new FacetCount("Valley Courier", 1));
    assertThat(r.months()).containsExactly(new FacetCount("2024-03", 1), new FacetCount("2024-04", 2));
    assertThat(lib.search(SearchRequest.of("frost")).sites()).containsExactly(new FacetCount("Valley Courier", 1));
  }

  @Test
  void broken_syntax_is_searched_as_plain_words_instead_of_failing() {
    for (String q : List.of("\"harbour bridge", "harbour AND", "(frost", "*frost", "note: frost", "a:b:c", "frost]", "AND OR NOT", "the", "-frost", "http://example.test/x")) {
      SearchResults r = lib.search(SearchRequest.of(q));
      assertThat(r).as(q).isNotNull();
    }
    SearchResults unbalanced = lib.search(SearchRequest.of("\"harbour bridge"));
    assertThat(unbalanced.syntaxError()).isTrue();
    assertThat(unbalanced.totalHits()).isEqualTo(2);
    assertThat(lib.search(SearchRequest.of("-frost")).totalHits()).as("exclusion alone means all but").isEqualTo(2);
    assertThat(lib.search(SearchRequest.of("note: frost")).totalHits()).as("unknown field is a word").isZero();
  }
}
