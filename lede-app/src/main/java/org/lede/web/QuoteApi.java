package org.lede.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.library.Library;
import org.lede.quote.Quote;
import org.lede.store.QuotePage;
import org.lede.store.StoredArticle;
import org.lede.store.StoredQuote;

/**
 * Quotes in the API: across the store by speaker ({@code /api/v1/quotes?speaker=}), and one article's
 * ({@code /api/v1/articles/{id}/quotes}). Each quote is in the JSON contract's shape, beside its article.
 */
final class QuoteApi {
  private final Library library;

  QuoteApi(Library library) {
    this.library = library;
  }

  /** Quotes whose speaker's name contains {@code speaker} (any case; every attributed quote when absent), newest first. */
  void bySpeaker(Context ctx) {
    String speaker = SearchForm.text(ctx.queryParam("speaker"), Follow.MAX_VALUE);
    int limit = Paging.limit(ctx);
    List<String> after = Paging.open(ctx, "q", 1);
    QuotePage p;
    try {
      p = library.quotes(speaker, after == null ? null : after.get(0), limit);
    } catch (IllegalArgumentException e) {
      throw Paging.badCursor();
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("speaker", speaker.isEmpty() ? null : speaker);
    Paging.links(ctx, page, limit, p.next() == null ? null : Paging.seal("q", p.next()));
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (StoredQuote q : p.quotes()) quotes.add(item(q.articleId(), q.headline(), q.published(), q.quote()));
    page.put("quotes", quotes);
    Etags.send(ctx, Api.JSON, Api.write(page));
  }

  /**
   * One article's quotes in text order. The cursor names the version it was read from, so a page after an update
   * still continues the list the client started.
   */
  void ofArticle(Context ctx) {
    String id = ctx.pathParam("id");
    int limit = Paging.limit(ctx);
    List<String> after = Paging.open(ctx, "aq", 2);
    StoredArticle a;
    int from;
    try {
      a = after == null ? library.article(id).orElse(null) : library.version(id, Integer.parseInt(after.get(0))).orElse(null);
      from = after == null ? 0 : Integer.parseInt(after.get(1));
    } catch (NumberFormatException e) {
      throw Paging.badCursor();
    }
    if (a == null) throw Problem.notFound("no article " + id);
    List<Quote> all = a.annotations().quotes();
    if (from < 0 || from > all.size()) throw Paging.badCursor();
    int to = Math.min(all.size(), from + limit);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("articleId", id);
    page.put("version", a.version());
    page.put("total", all.size());
    Paging.links(ctx, page, limit, to < all.size() ? Paging.seal("aq", a.version(), to) : null);
    page.put("quotes", all.subList(from, to));
    Etags.send(ctx, Api.JSON, Api.write(page));
  }

  static Map<String, Object> item(String articleId, String headline, java.time.Instant published, Quote quote) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articleId", articleId);
    m.put("headline", headline);
    m.put("published", published == null ? null : published.toString());
    m.put("article", "/api/v1/articles/" + articleId);
    m.put("quote", quote);
    return m;
  }
}
