package org.lede.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import org.lede.corpus.KnownEntity;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.library.Newsroom;

/**
 * The feed URLs: {@code /feeds/KIND.FORMAT} where FORMAT is {@code atom}, {@code rss} or {@code json} and KIND is
 * {@code search} (the search page's parameters), {@code following}, {@code entity?id=}, {@code speaker?name=} or
 * {@code site?name=}. Each is a search, newest first except for {@code search}, which keeps the order it asks for.
 */
final class FeedRoutes {
  static final int ENTRIES = 30;

  private final Newsroom library;
  private final Follows follows;
  private final Clock clock;

  FeedRoutes(Newsroom library, Follows follows, Clock clock) {
    this.library = library;
    this.follows = follows;
    this.clock = clock;
  }

  void search(Context ctx) {
    SearchForm form = SearchForm.read(ctx, ENTRIES);
    send(ctx, "Lede: " + form.describe(), form.link(Pages.base(ctx) + "/search"), library.search(form.request()).hits());
  }

  void following(Context ctx) {
    SearchRequest r = FollowFeed.request(follows.list(), ENTRIES);
    send(ctx, "Lede: following", Pages.base(ctx) + "/following", r == null ? List.of() : library.search(r).hits());
  }

  /** Articles that mention one linked entity ({@code id} as the entity API gives it). */
  void entity(Context ctx) {
    String id = required(ctx, "id");
    KnownEntity k = library.corpus().entity(id).orElseThrow(() -> Problem.notFound("no entity " + id));
    newest(ctx, "Lede: " + k.name(), FollowFeed.phrase("entity", k.name()));
  }

  /** Articles that quote someone whose name contains {@code name}. */
  void speaker(Context ctx) {
    String name = required(ctx, "name");
    newest(ctx, "Lede: quoting " + name, FollowFeed.phrase("speaker", name));
  }

  /** Articles from one site, by its name as the articles state it. */
  void site(Context ctx) {
    String name = required(ctx, "name");
    SearchRequest r = SearchRequest.of("").withSite(name).withSort(SearchRequest.Sort.DATE).withLimit(ENTRIES);
    send(ctx, "Lede: " + name, Pages.base(ctx) + "/search?site=" + SearchForm.encode(name), library.search(r).hits());
  }

  private void newest(Context ctx, String title, String query) {
    SearchRequest r = SearchRequest.of(query).withSort(SearchRequest.Sort.DATE).withLimit(ENTRIES);
    send(ctx, title, Pages.base(ctx) + "/search?sort=date&q=" + SearchForm.encode(query), library.search(r).hits());
  }

  private void send(Context ctx, String title, String pageUrl, List<SearchHit> hits) {
    Feeds.Format format = Feeds.Format.of(ctx.pathParam("format"));
    String self = Pages.base(ctx) + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    String body = Feeds.write(format, new Feeds.Spec(title, self, pageUrl, Pages.base(ctx),
        Pages.newest(hits, clock.instant()), hits));
    Etags.send(ctx, format.contentType, body);
  }

  private static String required(Context ctx, String param) {
    String v = SearchForm.text(ctx.queryParam(param), Follow.MAX_VALUE);
    if (v.isEmpty()) throw Problem.badRequest("this feed needs ?" + param + "=");
    return v;
  }
}
