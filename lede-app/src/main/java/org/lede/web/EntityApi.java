package org.lede.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lede.corpus.Appearance;
import org.lede.corpus.Corpus;
import org.lede.corpus.CorpusQuote;
import org.lede.corpus.KnownEntity;
import org.lede.entity.Entity;
import org.lede.entity.EntityType;
import org.lede.entity.Mention;
import org.lede.library.Newsroom;
import org.lede.store.StoredArticle;

/**
 * People, organizations and places in the API, read from the corpus tables: the list
 * ({@code /api/v1/entities?q=&type=}), one entity with its first quotes and mentions ({@code /api/v1/entities/{id}}),
 * and the rest of those a page at a time. Lists are keyed by what they are sorted by (name then id, or date then id),
 * so entities and articles added meanwhile never shift a later page. A merged id answers for the entity it joined.
 */
final class EntityApi {
  private static final int FIRST_ITEMS = 20;

  private final Newsroom library;
  private final Corpus corpus;

  EntityApi(Newsroom library) {
    this.library = library;
    this.corpus = library.corpus();
  }

  /** Entities by name, narrowed by {@code q} (the start of the name, any case) and {@code type}. */
  void list(Context ctx) {
    String q = SearchForm.text(ctx.queryParam("q"), Follow.MAX_VALUE);
    EntityType type = type(ctx.queryParam("type"));
    int limit = Paging.limit(ctx);
    List<String> after = Paging.open(ctx, "e", 1);
    List<KnownEntity> found = corpus.byName(after == null ? null : after.get(0), q, type, limit + 1);
    String next = found.size() > limit ? Paging.seal("e", Corpus.nameKey(found.get(limit - 1))) : null;
    Map<String, Object> page = new LinkedHashMap<>();
    Paging.links(ctx, page, limit, next);
    page.put("entities", found.subList(0, Math.min(limit, found.size())).stream().map(this::summary).toList());
    Etags.send(ctx, Api.JSON, Api.write(page));
  }

  /** One entity: who it is, its first quotes and mentions, and where the rest are. */
  void one(Context ctx) {
    KnownEntity k = find(ctx);
    Map<String, Object> doc = summary(k);
    String self = self(k);
    List<CorpusQuote> quotes = corpus.quotesBy(k.id(), null, FIRST_ITEMS + 1);
    doc.put("quotes", quotes.subList(0, Math.min(FIRST_ITEMS, quotes.size())).stream().map(this::said).toList());
    doc.put("quotesNext", quotes.size() > FIRST_ITEMS
        ? self + "/quotes?cursor=" + Paging.seal("eq", after(quotes.get(FIRST_ITEMS - 1))) : null);
    List<Appearance> appearances = corpus.appearances(k.id(), FIRST_ITEMS + 1);
    doc.put("mentions", appearances(k, appearances.subList(0, Math.min(FIRST_ITEMS, appearances.size()))));
    doc.put("mentionsNext", appearances.size() > FIRST_ITEMS
        ? self + "/mentions?cursor=" + Paging.seal("em", after(appearances.get(FIRST_ITEMS - 1))) : null);
    Etags.send(ctx, Api.JSON, Api.write(doc));
  }

  /** What the entity said, each corpus quote once, newest first appearance first. */
  void quotes(Context ctx) {
    KnownEntity k = find(ctx);
    int limit = Paging.limit(ctx);
    List<CorpusQuote> found;
    try {
      found = corpus.quotesBy(k.id(), null, Paging.after(ctx, "eq"), limit + 1);
    } catch (IllegalArgumentException e) {
      throw Paging.badCursor();
    }
    String next = found.size() > limit ? Paging.seal("eq", after(found.get(limit - 1))) : null;
    page(ctx, k, "quotes", found.subList(0, Math.min(limit, found.size())).stream().map(this::said).toList(), limit, next);
  }

  /** The articles that mention the entity, newest first, each with the mentions' offsets into its text. */
  void mentions(Context ctx) {
    KnownEntity k = find(ctx);
    int limit = Paging.limit(ctx);
    List<Appearance> found = corpus.appearances(k.id(), Paging.after(ctx, "em"), limit + 1);
    String next = found.size() > limit ? Paging.seal("em", after(found.get(limit - 1))) : null;
    page(ctx, k, "mentions", appearances(k, found.subList(0, Math.min(limit, found.size()))), limit, next);
  }

  private static void page(Context ctx, KnownEntity k, String field, List<Map<String, Object>> items, int limit, String next) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("id", k.id());
    page.put("name", k.name());
    Paging.links(ctx, page, limit, next);
    page.put(field, items);
    Etags.send(ctx, Api.JSON, Api.write(page));
  }

  private static Corpus.After after(CorpusQuote q) {
    return new Corpus.After(q.firstPublished(), Long.toString(q.id()));
  }

  private static Corpus.After after(Appearance a) {
    return new Corpus.After(a.published(), a.articleId());
  }

  private KnownEntity find(Context ctx) {
    String id = ctx.pathParam("id");
    return corpus.entity(id).orElseThrow(() -> Problem.notFound("no entity " + id + "; list them at /api/v1/entities"));
  }

  private static EntityType type(String name) {
    if (name == null || name.isBlank()) return null;
    for (EntityType t : EntityType.values()) if (t.name().equalsIgnoreCase(name.strip())) return t;
    throw Problem.badRequest("type must be one of person, organization, location, misc");
  }

  private static String self(KnownEntity k) {
    return "/api/v1/entities/" + SearchForm.encode(k.id());
  }

  private Map<String, Object> summary(KnownEntity k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", k.id());
    m.put("name", k.name());
    m.put("type", k.type().name().toLowerCase(Locale.ROOT));
    m.put("aliases", k.aliases());
    m.put("titles", k.titles());
    m.put("roles", k.roles());
    m.put("mentionCount", k.mentions());
    m.put("articleCount", k.articles());
    m.put("quoteCount", corpus.quoteKinds(k.id()).values().stream().mapToInt(Integer::intValue).sum());
    m.put("firstSeen", k.firstSeen() == null ? null : k.firstSeen().toString());
    m.put("lastSeen", k.lastSeen() == null ? null : k.lastSeen().toString());
    m.put("self", self(k));
    m.put("feed", "/feeds/entity.atom?id=" + SearchForm.encode(k.id()));
    return m;
  }

  private Map<String, Object> said(CorpusQuote q) {
    return CorpusQuoteJson.of(q, corpus.carriers(q.id(), QuoteApi.CARRIERS));
  }

  /**
   * The appearances with where each article names the entity: its mentions' offsets, read from those articles alone
   * (one page of them).
   */
  private List<Map<String, Object>> appearances(KnownEntity k, List<Appearance> page) {
    List<Map<String, Object>> out = new ArrayList<>(page.size());
    for (Appearance a : page) {
      Set<String> locals = new HashSet<>();
      corpus.links(a.articleId()).forEach((local, id) -> {
        if (id.equals(k.id())) locals.add(local);
      });
      List<Mention> mentions = new ArrayList<>();
      StoredArticle stored = locals.isEmpty() ? null : library.article(a.articleId()).orElse(null);
      if (stored != null) {
        for (Entity e : stored.annotations().entities()) if (locals.contains(e.id())) mentions.addAll(e.mentions());
      }
      mentions.sort(java.util.Comparator.comparingInt(Mention::start));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articleId", a.articleId());
      m.put("headline", a.headline());
      m.put("site", a.site());
      m.put("published", a.published() == null ? null : a.published().toString());
      m.put("article", "/api/v1/articles/" + a.articleId());
      m.put("mentionCount", a.mentions());
      m.put("mentions", mentions);
      out.add(m);
    }
    return out;
  }
}
