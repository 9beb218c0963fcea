package org.lede.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.library.Newsroom;
import org.lede.quote.Quote;
import org.lede.corpus.Corpus;
import org.lede.corpus.CorpusQuote;
import org.lede.store.StoredArticle;

/**
 * Quotes in the API: corpus quotes across the store with the articles that carried them
 * ({@code /api/v1/quotes?q=&speaker=}), and one article's ({@code /api/v1/articles/{id}/quotes}). Each quote is in
 * the JSON contract's shape, beside its article.
 */
final class QuoteApi {
  /** The most carriers listed with one quote; {@code carrierCount} tells how many there are. */
  static final int CARRIERS = 50;
  private final Newsroom library;

  QuoteApi(Newsroom library) {
    this.library = library;
  }

  /**
   * Corpus quotes, newest first appearance first: each saying once however many articles carried it, with its
   * carriers. {@code q} keeps those holding every one of its words; {@code speaker} those whose speaker's name
   * contains it (any case); with neither, every attributed quote.
   */
  void corpusQuotes(Context ctx) {
    String words = SearchForm.text(ctx.queryParam("q"), Follow.MAX_VALUE);
    String speaker = SearchForm.text(ctx.queryParam("speaker"), Follow.MAX_VALUE);
    int limit = Paging.limit(ctx);
    List<CorpusQuote> found;
    try {
      found = library.corpus().quotes(words, speaker, Paging.after(ctx, "cq"), limit + 1);
    } catch (IllegalArgumentException e) {
      throw Paging.badCursor();
    }
    List<CorpusQuote> shown = found.subList(0, Math.min(limit, found.size()));
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("q", words.isEmpty() ? null : words);
    page.put("speaker", speaker.isEmpty() ? null : speaker);
    CorpusQuote last = shown.isEmpty() ? null : shown.getLast();
    Paging.links(ctx, page, limit, found.size() > limit
        ? Paging.seal("cq", new Corpus.After(last.firstPublished(), Long.toString(last.id()))) : null);
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (CorpusQuote q : shown) quotes.add(CorpusQuoteJson.of(q, library.corpus().carriers(q.id(), CARRIERS)));
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
