package org.lede.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.annotate.Annotations;
import org.lede.article.Article;
import org.lede.index.SearchCursor;
import org.lede.index.SearchHit;
import org.lede.index.SearchPage;
import org.lede.index.SearchRequest;
import org.lede.quote.Cue;
import org.lede.quote.Quote;
import org.lede.quote.QuoteKind;
import org.lede.quote.Resolution;
import org.lede.quote.Speaker;
import org.lede.quote.SpeakerKind;
import org.lede.store.QuotePage;
import org.lede.store.StoredQuote;

/** Cursor pages: every hit once, in order, however many articles arrive between two pages. */
class CursorPagingTest {
  @TempDir Path dir;
  Library lib;

  @BeforeEach
  void open() {
    lib = Library.open(dir);
  }

  @AfterEach
  void close() {
    lib.close();
  }

  @Test
  void date_pages_list_every_article_once_even_while_newer_ones_are_ingested() {
    for (int i = 0; i < 23; i++) ingest(i, i % 5 == 0 ? null : "2024-03-" + String.format("%02d", 1 + i % 7) + "T10:00:00Z");
    List<String> all = lib.search(SearchRequest.of("").withLimit(100)).hits().stream().map(SearchHit::id).toList();
    List<String> paged = new ArrayList<>();
    SearchCursor cursor = null;
    int pages = 0;
    do {
      SearchPage page = lib.search(SearchRequest.of("").withLimit(4), cursor);
      page.results().hits().forEach(h -> paged.add(h.id()));
      assertThat(page.results().totalHits()).isEqualTo(23);
      // newer articles arrive between pages: they belong before the first page, so they must not show up or shift
      ingest(100 + pages, "2025-01-01T00:00:00Z");
      cursor = page.next();
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(6);
    assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all).hasSize(23);
  }

  @Test
  void relevance_pages_list_every_match_once_even_when_snapshots_are_gone() {
    for (int i = 0; i < 12; i++) ingest(i, "2024-03-01T10:00:00Z");
    SearchRequest request = SearchRequest.of("harbour bridge").withLimit(5);
    SearchPage first = lib.search(request, null);
    assertThat(first.next()).isNotNull();
    List<String> seen = new ArrayList<>(first.results().hits().stream().map(SearchHit::id).toList());
    // a cursor whose snapshot was dropped falls back to its sort key
    SearchCursor stale = new SearchCursor(-1, first.next().byDate(), first.next().score(), first.next().published(), first.next().id());
    SearchCursor cursor = stale;
    while (cursor != null) {
      SearchPage page = lib.search(request, cursor);
      page.results().hits().forEach(h -> seen.add(h.id()));
      cursor = page.next();
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize(12);
  }

  @Test
  void a_cursor_from_a_search_in_another_order_is_refused() {
    for (int i = 0; i < 3; i++) ingest(i, "2024-03-01T10:00:00Z");
    SearchCursor byDate = lib.search(SearchRequest.of("").withLimit(1), null).next();
    assertThatThrownBy(() -> lib.search(SearchRequest.of("harbour").withLimit(1), byDate))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quote_pages_list_every_quote_once_newest_article_first() {
    for (int i = 0; i < 7; i++) ingest(i, i == 3 ? null : "2024-03-0" + (1 + i) + "T10:00:00Z");
    List<StoredQuote> seen = new ArrayList<>();
    String key = null;
    do {
      QuotePage page = lib.quotes("roe", key, 3);
      seen.addAll(page.quotes());
      key = page.next();
    } while (key != null);
    assertThat(seen).hasSize(14);
    assertThat(seen.stream().map(q -> q.articleId() + q.quote().start()).distinct()).hasSize(14);
    assertThat(seen.getFirst().published()).isEqualTo("2024-03-07T10:00:00Z");
    assertThat(seen.getLast().published()).as("undated last").isNull();
    assertThat(lib.quotes("nobody", null, 3).quotes()).isEmpty();
    assertThatThrownBy(() -> lib.quotes("roe", "garbage", 3)).isInstanceOf(IllegalArgumentException.class);
  }

  private void ingest(int n, String published) {
    var b = Article.builder()
        .canonicalUrl("https://example.test/news/" + n)
        .site("Coastal Ledger")
        .headline("Harbour bridge story number " + n)
        .addParagraph("The harbour bridge was in the news again, said Jane Roe.")
        .addParagraph("Story " + n + " adds little.");
    if (published != null) b.published(Fixtures.time(published));
    Article a = b.build();
    Speaker roe = new Speaker("Jane Roe", 45, 53, "Jane Roe", Resolution.NAMED, false, SpeakerKind.PERSON, null, null);
    List<Quote> quotes = List.of(
        new Quote("The harbour bridge was in the news again", QuoteKind.INDIRECT, 0, 39, new Cue("said", 40, 44), roe, null, null),
        new Quote("Story adds little", QuoteKind.INDIRECT, 56, 70, new Cue("said", 40, 44), roe, null, null));
    lib.ingest(Fixtures.rawFor(a.canonicalUrl(), List.of(a)), List.of(a),
        List.of(new Annotations(quotes, List.of(), List.of(), List.of())));
  }
}
