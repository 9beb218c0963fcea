package org.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lede.index.SearchPage;
import org.lede.index.SearchRequest;
import org.lede.index.SearchResults;
import org.lede.json.ArticleJson;
import org.lede.library.Newsroom;
import org.lede.store.StoredArticle;

/**
 * The REST API under {@code /api/v1}: articles in the JSON Lines contract, search with cursor paging, follows.
 * Every GET answer carries an ETag; errors are RFC 9457 problem documents.
 */
final class Api {
  static final String JSON = "application/json; charset=utf-8";

  private final Newsroom library;
  private final Follows follows;

  Api(Newsroom library, Follows follows) {
    this.library = library;
    this.follows = follows;
  }

  void article(Context ctx) {
    StoredArticle a = library.article(ctx.pathParam("id")).orElseThrow(() -> Problem.notFound("no article " + ctx.pathParam("id")));
    ctx.header("X-Lede-Version", String.valueOf(a.version()));
    String line;
    try {
      line = org.lede.export.ArticleExport.jsonLine(a, library.copies(), library.stories());
    } catch (org.lede.library.NotServedHere e) {
      // a store that knows no copies or stories: the contract's fields as always, those three null
      line = org.lede.export.ArticleExport.jsonLine(org.lede.json.ArticleJson.toLine(a.article(), a.annotations()));
    }
    Etags.send(ctx, JSON, line);
  }

  void versions(Context ctx) {
    String id = ctx.pathParam("id");
    var versions = library.versions(id);
    if (versions.isEmpty()) throw Problem.notFound("no article " + id);
    Etags.send(ctx, JSON, write(Map.of("id", id, "versions", versions)));
  }

  /**
   * The latest articles, or a search when {@code q}, {@code site} or {@code month} is given, a page at a time:
   * {@code cursor} continues where the previous page's {@code nextCursor} left off.
   */
  void search(Context ctx) {
    SearchForm form = SearchForm.read(ctx, SearchForm.PER_PAGE);
    if (ctx.queryParam("offset") != null || ctx.queryParam("page") != null) {
      throw Problem.badRequest("the API pages by cursor: pass the previous page's nextCursor as cursor");
    }
    int limit = SearchForm.number(ctx.queryParam("limit"), SearchForm.PER_PAGE, "limit", 1, Paging.MAX_LIMIT);
    boolean byStory = SearchForm.byStory(ctx.queryParam("group"));
    SearchRequest request = form.request().withLimit(limit).withOffset(0);
    if (ctx.path().endsWith("/articles") && ctx.queryParam("sort") == null) request = request.withSort(SearchRequest.Sort.DATE);
    SearchPage p;
    try {
      p = library.search(request, Paging.searchCursor(ctx));
    } catch (IllegalArgumentException e) {
      throw Paging.badCursor();
    }
    SearchResults r = p.results();
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("total", r.totalHits());
    Paging.links(ctx, page, limit, p.next() == null ? null : Paging.seal(p.next()));
    page.put("syntaxError", r.syntaxError());
    page.put("hits", r.hits());
    // the same hits as a reader's list: copies folded under their original; with group=story, rows under stories
    if (byStory) page.put("stories", library.groupByStory(r.hits()).stream().map(Api::story).toList());
    else page.put("rows", library.foldCopies(r.hits()).stream().map(Api::row).toList());
    page.put("sites", r.sites());
    page.put("months", r.months());
    Etags.send(ctx, JSON, write(page));
  }

  /** A folded row: the hit's id, the ids of the page's copies of it, how many copies it has in all, its original. */
  static Map<String, Object> row(org.lede.library.FoldedHit f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.hit().id());
    m.put("copiesHere", f.copiesHere().stream().map(org.lede.index.SearchHit::id).toList());
    m.put("copies", f.copies());
    m.put("original", f.original());
    return m;
  }

  static Map<String, Object> story(org.lede.library.StoryGroup g) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (g.story() != null) {
      m.put("id", g.story().id());
      m.put("title", g.story().title());
      m.put("size", g.story().size());
      m.put("outlets", g.story().outlets());
      m.put("link", "/api/v1/stories/" + g.story().id());
      m.put("page", "/story/" + g.story().id());
    } else {
      m.put("id", null);
    }
    m.put("rows", g.hits().stream().map(Api::row).toList());
    return m;
  }

  void listFollows(Context ctx) {
    Etags.send(ctx, JSON, write(Map.of("follows", follows.list().stream().map(Api::follow).toList())));
  }

  void addFollow(Context ctx) {
    JsonNode body;
    try {
      body = ArticleJson.mapper().readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw Problem.badRequest("the body must be JSON like {\"kind\": \"site\", \"value\": \"Harbour Herald\"}");
    }
    if (body == null || !body.isObject()) throw Problem.badRequest("the body must be a JSON object with kind and value");
    Follow.Kind kind = kind(body.path("kind").asText(null));
    Follow f = follows.follow(kind, body.path("value").asText(""));
    ctx.status(201).header("Location", "/api/v1/follows").contentType(JSON).result(write(follow(f)));
  }

  void removeFollow(Context ctx) {
    Follow.Kind kind = kind(ctx.queryParam("kind"));
    if (!follows.unfollow(kind, ctx.queryParam("value"))) throw Problem.notFound("not following that " + kind.label());
    ctx.status(204);
  }

  static Follow.Kind kind(String name) {
    return Follow.Kind.parse(name).orElseThrow(() -> Problem.badRequest("kind must be site or byline"));
  }

  static Map<String, Object> follow(Follow f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", f.kind().label());
    m.put("value", f.value());
    m.put("followedAt", f.followedAt().toString());
    m.put("feed", "/feeds/following.atom");
    return m;
  }

  static String write(Object value) {
    try {
      return ArticleJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code p} as an RFC 9457 problem document. */
  static void problem(Context ctx, Problem p) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("type", "about:blank");
    doc.put("title", p.title());
    doc.put("status", p.status());
    doc.put("detail", p.detail());
    doc.put("instance", ctx.path());
    ctx.status(p.status()).contentType("application/problem+json").result(write(doc));
  }
}
