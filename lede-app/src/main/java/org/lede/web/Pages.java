package org.lede.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lede.corpus.KnownEntity;
import org.lede.index.SampledResults;
import org.lede.index.SearchHit;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;
import org.lede.library.Newsroom;
import org.lede.source.TextDecoder;
import org.lede.store.StoredArticle;
import org.lede.store.StoredDocument;
import org.lede.store.Version;

/**
 * The reader's pages: latest, search, article, entity, raw text, following, short URLs, and the follow and sign-in
 * forms.
 */
final class Pages {
  static final String HTML = "text/html; charset=utf-8";
  private static final int FOLLOWING_LIMIT = 30;
  private static final int MOST_QUOTED = 8;

  private final Newsroom library;
  private final Follows follows;
  private final Views views;
  private final Templates templates;
  private final Guard guard;
  private final EntityPages entities;

  Pages(Newsroom library, Follows follows, Views views, Templates templates, Guard guard) {
    this.library = library;
    this.follows = follows;
    this.views = views;
    this.templates = templates;
    this.guard = guard;
    this.entities = new EntityPages(library.corpus(), views.clock());
  }

  void home(Context ctx) {
    var latest = library.search(SearchRequest.of("").withSort(SearchRequest.Sort.DATE).withLimit(20));
    html(ctx, "home", Map.of("latest", latest.hits().stream().map(views::hit).toList(), "total", latest.totalHits(),
        "quoted", entities.mostQuoted(MOST_QUOTED), "stories", TopStories.of(library)));
  }

  /**
   * {@code /e/{id}}: a person, organization or place across the store; {@code ?kind=direct} narrows its quotes. An id
   * merged into another entity answers with a permanent redirect to the survivor's page.
   */
  void entity(Context ctx) {
    String id = ctx.pathParam("id");
    KnownEntity k = entities.entity(id); // one read: the entity, or the one it was merged into
    if (!k.id().equals(id)) {
      String kind = ctx.queryParam("kind");
      ctx.redirect(EntityPages.href(k.id()) + (kind == null ? "" : "?kind=" + SearchForm.encode(kind)),
          io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    html(ctx, "entity", Map.of("e", entities.page(k, ctx.queryParam("kind"), follows)));
  }

  void search(Context ctx) {
    SearchForm form = SearchForm.read(ctx, SearchForm.PER_PAGE);
    SearchRequest request = form.request();
    // the best matches for the Quoted and Named facets come from the same pass as the page
    SampledResults sampled = library.search(request, EntityFacets.SAMPLE);
    var hits = sampled.results().hits();
    // copies fold under their original, and grouped pages put rows under their story: both over this page only
    var groups = form.byStory() ? library.groupByStory(hits) : null;
    var rows = groups == null ? library.foldCopies(hits) : List.<org.lede.library.FoldedHit>of();
    html(ctx, "search", Map.of("s", views.search(form, sampled.results(), "/search", sampled.sample(),
        library.corpus(), rows, groups)));
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    StoredArticle stored = library.article(id).orElseThrow(() -> Problem.notFound("There is no article " + id + "."));
    String shortUrl = ShortCodes.encode(id).map(code -> base(ctx) + "/s/" + code).orElse(null);
    html(ctx, "article", Map.of("a", views.article(stored, library.versions(id).size(), follows, shortUrl,
        ArticleLinks.of(library.corpus(), stored.id())), "copies", CopiesView.of(library, id)));
  }

  /** The input the article was extracted from, as plain text: markup in it is shown, never rendered. */
  void raw(Context ctx) {
    String id = ctx.pathParam("id");
    List<Version> versions = library.versions(id);
    if (versions.isEmpty()) throw Problem.notFound("There is no article " + id + ".");
    String sha = versions.get(versions.size() - 1).documentSha256();
    Optional<StoredDocument> doc = sha == null ? Optional.empty() : library.document(sha);
    String text = doc.map(d -> TextDecoder.decode(d.content(), d.toDocument().declaredCharset()).text())
        .orElseGet(() -> library.article(id).orElseThrow().article().text());
    ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
    ctx.contentType("text/plain; charset=utf-8").result(text.getBytes(StandardCharsets.UTF_8));
  }

  void following(Context ctx) {
    List<Follow> all = follows.list();
    SearchRequest request = FollowFeed.request(all, FOLLOWING_LIMIT);
    List<HitView> latest = request == null ? List.of() : library.search(request).hits().stream().map(views::hit).toList();
    Map<String, String> pages = new HashMap<>();
    for (Follow f : all) {
      if (f.kind() == Follow.Kind.ENTITY) {
        library.corpus().named(f.value()).ifPresent(k -> pages.put(f.value(), EntityPages.href(k.id())));
      }
    }
    html(ctx, "following", Map.of("follows", all, "latest", latest, "pages", pages));
  }

  /** The follow buttons' form: follows or unfollows, then goes back; script-driven buttons ask for JSON instead. */
  void followForm(Context ctx) {
    Follow.Kind kind = Api.kind(ctx.formParam("kind"));
    String value = ctx.formParam("value");
    boolean follow = !"unfollow".equals(ctx.formParam("action"));
    if (follow) follows.follow(kind, value);
    else follows.unfollow(kind, value);
    String accept = ctx.header("Accept");
    if (accept != null && accept.contains("application/json")) {
      ctx.contentType(Api.JSON).result(Api.write(Map.of("kind", kind.label(), "value", value.strip(), "followed", follow)));
      return;
    }
    ctx.redirect(Guard.localPath(ctx.formParam("return")), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** {@code /s/{code}}: a permanent redirect to the article; the target is always a path here, never elsewhere. */
  void shortUrl(Context ctx) {
    String id = ShortCodes.decode(ctx.pathParam("code")).orElseThrow(() -> Problem.notFound("That short link is not one Lede made."));
    if (library.article(id).isEmpty()) throw Problem.notFound("That short link's article is not stored here.");
    ctx.redirect("/a/" + id, io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
  }

  void loginPage(Context ctx) {
    html(ctx, "login", mapOf("error", null));
  }

  void login(Context ctx) {
    String token = ctx.formParam("token");
    if (!guard.verify(token)) {
      ctx.status(401);
      html(ctx, "login", mapOf("error", "That token is not one this server made."));
      return;
    }
    ctx.header("Set-Cookie", Guard.TOKEN_COOKIE + "=" + token.strip() + "; Path=/; HttpOnly; SameSite=Strict");
    ctx.redirect("/following", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  void error(Context ctx, Problem p) {
    ctx.status(p.status());
    html(ctx, "error", Map.of("status", p.status(), "title", p.title(), "detail", p.detail()));
  }

  /** The newest hit's time, for a feed's updated stamp. */
  static Instant newest(List<SearchHit> hits, Instant fallback) {
    return hits.stream().map(SearchHit::published).filter(t -> t != null).max(Instant::compareTo).orElse(fallback);
  }

  static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private void html(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType(HTML).result(templates.render(template, params).getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> mapOf(String key, Object value) {
    Map<String, Object> m = new HashMap<>();
    m.put(key, value);
    return m;
  }
}
