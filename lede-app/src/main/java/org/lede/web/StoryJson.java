package org.lede.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.corpus.StoryContents;
import org.lede.corpus.Stories;
import org.lede.library.Newsroom;
import org.lede.library.StoryDetail;
import org.lede.library.WhatWasSaid;
import org.lede.quantity.NumberDisagreements;

/** The JSON shape of a story, shared by {@code /api/v1/stories[/{id}]} and {@code lede story ID --json}. Stateless. */
public final class StoryJson {
  private StoryJson() {}

  /** A story's own fields and links. */
  public static Map<String, Object> story(Stories.Story s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("first", s.first() == null ? null : s.first().toString());
    m.put("last", s.last() == null ? null : s.last().toString());
    m.put("size", s.size());
    m.put("outlets", s.outlets());
    m.put("self", "/api/v1/stories/" + s.id());
    m.put("page", "/story/" + s.id());
    m.put("feeds", Map.of("atom", "/feeds/story.atom?id=" + s.id(), "rss", "/feeds/story.rss?id=" + s.id(),
        "json", "/feeds/story.json?id=" + s.id()));
    return m;
  }

  /**
   * One story as {@code /api/v1/stories/{id}} gives it: its fields, its newest {@link StoryDetail#ARTICLES} articles in
   * time order and what they say.
   */
  public static Map<String, Object> one(Newsroom library, Stories.Story s) {
    Map<String, Object> body = story(s);
    body.put("articles", articles(timeline(library.storyContents().newest(s.id(), StoryDetail.ARTICLES)),
        library.storyContents().copies(s.id(), StoryDetail.ARTICLES)));
    body.putAll(detail(library.storyDetail(s.id())));
    return body;
  }

  /**
   * A story's newest articles (as {@link org.lede.corpus.StoryContents#newest} reads them, newest first) in time
   * order, undated last: a big story's timeline shows its latest {@link StoryDetail#ARTICLES}, the ones its quotes
   * and numbers come from.
   */
  public static List<Stories.Member> timeline(List<Stories.Member> newest) {
    List<Stories.Member> out = new ArrayList<>(newest.stream().filter(m -> m.published() != null).toList().reversed());
    newest.stream().filter(m -> m.published() == null).forEach(out::add);
    return out;
  }

  /** A story's articles, each with the article it copies ({@code copies}: a copy's id to its original's) or null. */
  public static List<Map<String, Object>> articles(List<Stories.Member> members, Map<String, String> copies) {
    List<Map<String, Object>> articles = new ArrayList<>();
    for (Stories.Member m : members) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", m.articleId());
      a.put("site", m.site());
      a.put("headline", m.headline());
      a.put("published", m.published() == null ? null : m.published().toString());
      a.put("duplicateOf", copies.get(m.articleId()));
      articles.add(a);
    }
    return articles;
  }

  /** What the story's articles say: {@code topEntities}, {@code topSpeakers}, {@code quotes}, {@code differingNumbers}. */
  public static Map<String, Object> detail(StoryDetail d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articlesRead", d.articles());
    m.put("topEntities", d.named().stream().map(r -> ranked(r, "articles")).toList());
    m.put("topSpeakers", d.speakers().stream().map(r -> ranked(r, "quotes")).toList());
    m.put("quotes", d.quotes().stream().map(StoryJson::said).toList());
    m.put("differingNumbers", d.disputed().stream().map(StoryJson::disagreement).toList());
    return m;
  }

  private static Map<String, Object> ranked(WhatWasSaid.Ranked r, String countName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.entity().id());
    m.put("name", r.entity().name());
    m.put("type", r.entity().type().name());
    m.put(countName, r.count());
    m.put("entity", "/api/v1/entities/" + SearchForm.encode(r.entity().id()));
    m.put("page", EntityPages.href(r.entity().id()));
    return m;
  }

  private static Map<String, Object> said(StoryDetail.Said s) {
    var q = s.quote();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", q.id());
    m.put("text", q.quote().text());
    m.put("kind", q.quote().kind());
    Map<String, Object> speaker = new LinkedHashMap<>();
    speaker.put("id", s.speaker() == null ? q.speakerId() : s.speaker().id());
    speaker.put("name", s.speaker() == null ? q.speakerName() : s.speaker().name());
    speaker.put("asWritten", q.speakerName());
    speaker.put("entity", s.speaker() == null ? null : "/api/v1/entities/" + SearchForm.encode(s.speaker().id()));
    m.put("speaker", speaker);
    m.put("carrierCount", s.carriers().size());
    m.put("outlets", s.outlets().stream().map(c -> c.site()).toList());
    m.put("carriers", s.carriers().stream().map(StoryJson::carrier).toList());
    return m;
  }

  private static Map<String, Object> carrier(StoryContents.QuoteCarrier c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articleId", c.articleId());
    m.put("site", c.site());
    m.put("published", c.published() == null ? null : c.published().toString());
    m.put("page", EntityPages.quoteHref(c.articleId(), c.start()));
    return m;
  }

  /** A disputed number as written, with what it counts when its words do not say ("30 percentage points"). */
  public static String figure(org.lede.quantity.Quantity n) {
    return StoryViews.figure(n);
  }

  /** What a disputed figure counts, in words: "volunteers", "age of Haley", "amounts in USD". */
  public static String label(NumberDisagreements.Disagreement d) {
    return StoryViews.counts(d);
  }

  private static Map<String, Object> disagreement(NumberDisagreements.Disagreement d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("counts", d.counts());
    m.put("unit", d.unit());
    m.put("label", label(d));
    List<Map<String, Object>> figures = new ArrayList<>();
    for (NumberDisagreements.Figure f : d.figures()) {
      Map<String, Object> fig = new LinkedHashMap<>();
      fig.put("value", f.value());
      fig.put("reports", f.reports().stream().map(r -> {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("site", r.outlet());
        rep.put("articleId", r.articleId());
        rep.put("text", r.quantity().text());
        rep.put("qualifier", r.quantity().qualifier());
        rep.put("page", "/a/" + r.articleId() + "#" + ArticleMarkup.numberAnchor(r.quantity().start()));
        return rep;
      }).toList());
      figures.add(fig);
    }
    m.put("figures", figures);
    return m;
  }
}
