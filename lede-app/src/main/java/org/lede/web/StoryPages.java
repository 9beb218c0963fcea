package org.lede.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.corpus.Stories;
import org.lede.library.Library;

/**
 * The story page ({@code /story/{id}}: its articles as a timeline, each outlet's copies marked) and the stories API
 * ({@code /api/v1/stories[/{id}]}). Every answer is a few indexed reads, bounded.
 */
final class StoryPages {
  static final int ARTICLES = 500;
  static final int TOP = 50;

  private final Library library;
  private final Templates templates;

  StoryPages(Library library, Templates templates) {
    this.library = library;
    this.templates = templates;
  }

  /** One article on a story's timeline. */
  record Entry(String href, String when, String site, String headline, String copyOf) {}

  /** A story page's model. */
  record StoryView(long id, String title, String first, String last, int size, int outlets, List<Entry> timeline) {}

  void page(Context ctx) {
    Stories.Story s = find(ctx);
    List<Entry> timeline = new ArrayList<>();
    for (Stories.Member m : library.stories().articles(s.id(), ARTICLES)) {
      String copyOf = library.copies().copyOf(m.articleId()).map(c -> "/a/" + c.originalId()).orElse(null);
      timeline.add(new Entry("/a/" + m.articleId(), m.published() == null ? "undated" : Views.display(m.published()),
          m.site(), Views.headline(m.headline()), copyOf));
    }
    StoryView view = new StoryView(s.id(), Views.headline(s.title()), s.first() == null ? null : Views.display(s.first()),
        s.last() == null ? null : Views.display(s.last()), s.size(), s.outlets(), timeline);
    ctx.contentType("text/html; charset=utf-8")
        .result(templates.render("story", Map.of("s", view)).getBytes(StandardCharsets.UTF_8));
  }

  void list(Context ctx) {
    int limit = SearchForm.number(ctx.queryParam("limit"), 20, "limit", 1, TOP);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Stories.Story s : library.stories().top(null, null, limit)) out.add(json(s));
    Etags.send(ctx, Api.JSON, Api.write(Map.of("stories", out)));
  }

  void one(Context ctx) {
    Stories.Story s = find(ctx);
    Map<String, Object> body = json(s);
    List<Map<String, Object>> articles = new ArrayList<>();
    for (Stories.Member m : library.stories().articles(s.id(), ARTICLES)) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", m.articleId());
      a.put("site", m.site());
      a.put("headline", m.headline());
      a.put("published", m.published() == null ? null : m.published().toString());
      a.put("duplicateOf", library.copies().copyOf(m.articleId()).map(c -> c.originalId()).orElse(null));
      articles.add(a);
    }
    body.put("articles", articles);
    Etags.send(ctx, Api.JSON, Api.write(body));
  }

  private Stories.Story find(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      long id = Long.parseLong(raw);
      return library.stories().story(id).orElseThrow(() -> Problem.notFound("There is no story " + id + "."));
    } catch (NumberFormatException e) {
      throw Problem.notFound("There is no story " + raw + ".");
    }
  }

  private static Map<String, Object> json(Stories.Story s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("first", s.first() == null ? null : s.first().toString());
    m.put("last", s.last() == null ? null : s.last().toString());
    m.put("size", s.size());
    m.put("outlets", s.outlets());
    m.put("self", "/api/v1/stories/" + s.id());
    m.put("page", "/story/" + s.id());
    return m;
  }
}
