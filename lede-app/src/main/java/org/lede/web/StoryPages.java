package org.lede.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lede.corpus.Stories;
import org.lede.index.SearchHit;
import org.lede.index.Snippet;
import org.lede.library.Newsroom;
import org.lede.library.StoryDetail;
import org.lede.store.StoredArticle;

/**
 * The story page ({@code /story/{id}}: its articles as a timeline, each outlet's copies marked, then who was quoted
 * and what they said, whom it names and the numbers outlets disagree on), the stories API
 * ({@code /api/v1/stories[/{id}]}) and a story's feeds ({@code /feeds/story.atom|rss|json?id=}). Every answer is a
 * few indexed reads over the story's newest {@link #ARTICLES} articles at most.
 */
final class StoryPages {
  static final int ARTICLES = StoryDetail.ARTICLES;
  static final int TOP = 50;
  /** How long a feed entry's text runs, from the article's standfirst or first paragraph. */
  static final int SUMMARY = 300;

  private final Newsroom library;
  private final Templates templates;
  private final Clock clock;

  StoryPages(Newsroom library, Templates templates, Clock clock) {
    this.library = library;
    this.templates = templates;
    this.clock = clock;
  }

  void page(Context ctx) {
    Stories.Story s = find(ctx);
    List<StoryView.Entry> timeline = new ArrayList<>();
    Map<String, String> copies = library.storyContents().copies(s.id(), ARTICLES);
    for (Stories.Member m : StoryJson.timeline(library.storyContents().newest(s.id(), ARTICLES))) {
      String copyOf = copies.containsKey(m.articleId()) ? "/a/" + copies.get(m.articleId()) : null;
      timeline.add(new StoryView.Entry("/a/" + m.articleId(), m.published() == null ? "undated" : Views.display(m.published()),
          m.site(), Views.headline(m.headline()), copyOf));
    }
    StoryView view = StoryViews.of(s, timeline, library.storyDetail(s.id()));
    ctx.contentType("text/html; charset=utf-8")
        .result(templates.render("story", Map.of("s", view)).getBytes(StandardCharsets.UTF_8));
  }

  void list(Context ctx) {
    int limit = SearchForm.number(ctx.queryParam("limit"), 20, "limit", 1, TOP);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Stories.Story s : library.stories().top(null, null, limit)) out.add(StoryJson.story(s));
    Etags.send(ctx, Api.JSON, Api.write(Map.of("stories", out)));
  }

  void one(Context ctx) {
    Stories.Story s = find(ctx);
    Etags.send(ctx, Api.JSON, Api.write(StoryJson.one(library, s)));
  }

  /** A story's newest articles as Atom, RSS or JSON Feed, for following it. */
  void feed(Context ctx) {
    Stories.Story s = find(ctx.queryParam("id"));
    List<SearchHit> entries = new ArrayList<>();
    for (Stories.Member m : library.storyContents().newest(s.id(), FeedRoutes.ENTRIES)) {
      entries.add(library.article(m.articleId()).map(a -> entry(a, s.id()))
          .orElse(new SearchHit(m.articleId(), m.headline(), m.site(), m.published(), List.of(), null, 0, Snippet.EMPTY,
              s.id())));
    }
    Feeds.Format format = Feeds.Format.of(ctx.pathParam("format"));
    String base = Pages.base(ctx);
    String body = Feeds.write(format, new Feeds.Spec("Lede story: " + Views.headline(s.title()),
        base + ctx.path() + "?id=" + s.id(), base + "/story/" + s.id(), base, Pages.newest(entries, clock.instant()), entries));
    Etags.send(ctx, format.contentType, body);
  }

  /** A stored article as a feed entry: its standfirst, else its first paragraph, as plain text. */
  private static SearchHit entry(StoredArticle stored, long story) {
    var a = stored.article();
    String summary = a.dek() != null && !a.dek().isBlank() ? a.dek()
        : a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0);
    if (summary.length() > SUMMARY) summary = summary.substring(0, summary.lastIndexOf(' ', SUMMARY) > 0
        ? summary.lastIndexOf(' ', SUMMARY) : SUMMARY) + " …";
    String url = a.canonicalUrl() != null ? a.canonicalUrl() : a.url();
    return new SearchHit(a.id(), a.headline(), a.site(), a.published() == null ? null : a.published().instant(),
        a.byline(), url, 0, new Snippet(summary, List.of()), story);
  }

  private Stories.Story find(Context ctx) {
    return find(ctx.pathParam("id"));
  }

  private Stories.Story find(String raw) {
    if (raw == null || raw.isBlank()) throw Problem.badRequest("this feed needs ?id= (a story id)");
    try {
      // a feed reader keeps the id it subscribed to: a merged story's feed is its survivor's
      long id = library.stories().resolve(Long.parseLong(raw));
      return library.stories().story(id).orElseThrow(() -> Problem.notFound("There is no story " + raw + "."));
    } catch (NumberFormatException e) {
      throw Problem.notFound("There is no story " + raw + ".");
    }
  }
}
