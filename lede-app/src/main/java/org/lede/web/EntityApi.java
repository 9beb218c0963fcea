package org.lede.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lede.entity.CorpusEntity;
import org.lede.entity.EntityType;

/**
 * People, organizations and places in the API: the list ({@code /api/v1/entities?q=&type=}), one entity with its
 * first quotes and mentions ({@code /api/v1/entities/{id}}), and the rest of those a page at a time. Lists are
 * keyed by what they are sorted by (name, or article date then id), so entities and articles added meanwhile never
 * shift a later page.
 */
final class EntityApi {
  private static final int FIRST_ITEMS = 20;

  private final EntityDirectory directory;

  EntityApi(EntityDirectory directory) {
    this.directory = directory;
  }

  /** Every entity by name, narrowed by {@code q} (part of any of its names) and {@code type}. */
  void list(Context ctx) {
    String q = SearchForm.text(ctx.queryParam("q"), Follow.MAX_VALUE).toLowerCase(Locale.ROOT);
    EntityType type = type(ctx.queryParam("type"));
    int limit = Paging.limit(ctx);
    List<String> after = Paging.open(ctx, "e", 1);
    List<Map<String, Object>> items = new ArrayList<>();
    String next = null;
    EntityDirectory.Linked last = null;
    for (EntityDirectory.Linked l : directory.all()) {
      if (after != null && EntityDirectory.sortKey(l).compareTo(after.get(0)) <= 0) continue;
      if (type != null && l.entity().type() != type) continue;
      if (!q.isEmpty() && l.entity().aliases().stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).contains(q))
          && !l.entity().name().toLowerCase(Locale.ROOT).contains(q)) continue;
      if (items.size() == limit) {
        next = Paging.seal("e", EntityDirectory.sortKey(last));
        break;
      }
      items.add(summary(l));
      last = l;
    }
    Map<String, Object> page = new LinkedHashMap<>();
    Paging.links(ctx, page, limit, next);
    page.put("entities", items);
    Etags.send(ctx, Api.JSON, Api.write(page));
  }

  /** One entity: who it is, its first quotes and mentions, and where the rest are. */
  void one(Context ctx) {
    EntityDirectory.Linked l = find(ctx);
    Map<String, Object> doc = summary(l);
    String self = "/api/v1/entities/" + SearchForm.encode(l.entity().id());
    doc.put("quotes", l.quotes().subList(0, Math.min(FIRST_ITEMS, l.quotes().size())).stream().map(EntityApi::said).toList());
    doc.put("quotesNext", l.quotes().size() > FIRST_ITEMS
        ? self + "/quotes?cursor=" + Paging.seal("eq", key(l.quotes().get(FIRST_ITEMS - 1))) : null);
    doc.put("mentions", l.appearances().subList(0, Math.min(FIRST_ITEMS, l.appearances().size())).stream().map(EntityApi::appearance).toList());
    doc.put("mentionsNext", l.appearances().size() > FIRST_ITEMS
        ? self + "/mentions?cursor=" + Paging.seal("em", key(l.appearances().get(FIRST_ITEMS - 1))) : null);
    Etags.send(ctx, Api.JSON, Api.write(doc));
  }

  /** What the entity said, newest article first. */
  void quotes(Context ctx) {
    EntityDirectory.Linked l = find(ctx);
    page(ctx, "eq", l.entity(), "quotes", l.quotes(), EntityApi::key, EntityApi::said);
  }

  /** The articles that mention the entity, newest first, each with the mentions' offsets into its text. */
  void mentions(Context ctx) {
    EntityDirectory.Linked l = find(ctx);
    page(ctx, "em", l.entity(), "mentions", l.appearances(), EntityApi::key, EntityApi::appearance);
  }

  private <T> void page(Context ctx, String kind, CorpusEntity e, String field, List<T> all, Function<T, String> key,
      Function<T, Map<String, Object>> write) {
    int limit = Paging.limit(ctx);
    List<String> after = Paging.open(ctx, kind, 1);
    List<Map<String, Object>> items = new ArrayList<>();
    String next = null;
    T last = null;
    for (T item : all) {
      if (after != null && KEY_ORDER.compare(key.apply(item), after.get(0)) <= 0) continue;
      if (items.size() == limit) {
        next = Paging.seal(kind, key.apply(last));
        break;
      }
      items.add(write.apply(item));
      last = item;
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("id", e.id());
    page.put("name", e.name());
    Paging.links(ctx, page, limit, next);
    page.put(field, items);
    Etags.send(ctx, Api.JSON, Api.write(page));
  }

  /**
   * Keys of items in article order: newest first (an inverted, zero-padded time), undated last, then article id,
   * then place in the article; compared as strings they sort as the lists do.
   */
  private static final Comparator<String> KEY_ORDER = Comparator.naturalOrder();

  private static String key(EntityDirectory.ArticleRef a, int place) {
    String time = a.published() == null ? "~" : String.format("%020d", Long.MAX_VALUE / 2 - a.published().toEpochMilli());
    return time + "|" + a.id() + "|" + String.format("%010d", place);
  }

  private static String key(EntityDirectory.Said s) {
    return key(s.article(), s.quote().start());
  }

  private static String key(EntityDirectory.Appearance a) {
    return key(a.article(), 0);
  }

  private EntityDirectory.Linked find(Context ctx) {
    String id = ctx.pathParam("id");
    return directory.byId(id).orElseThrow(() -> Problem.notFound("no entity " + id + "; list them at /api/v1/entities"));
  }

  private static EntityType type(String name) {
    if (name == null || name.isBlank()) return null;
    for (EntityType t : EntityType.values()) if (t.name().equalsIgnoreCase(name.strip())) return t;
    throw Problem.badRequest("type must be one of person, organization, location, misc");
  }

  private static Map<String, Object> summary(EntityDirectory.Linked l) {
    CorpusEntity e = l.entity();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("type", e.type().name().toLowerCase(Locale.ROOT));
    m.put("aliases", e.aliases());
    m.put("titles", e.titles());
    m.put("roles", e.roles());
    m.put("mentionCount", l.mentions());
    m.put("articleCount", l.appearances().size());
    m.put("quoteCount", l.quotes().size());
    m.put("self", "/api/v1/entities/" + SearchForm.encode(e.id()));
    m.put("feed", "/feeds/entity.atom?id=" + SearchForm.encode(e.id()));
    return m;
  }

  private static Map<String, Object> said(EntityDirectory.Said s) {
    return QuoteApi.item(s.article().id(), s.article().headline(), s.article().published(), s.quote());
  }

  private static Map<String, Object> appearance(EntityDirectory.Appearance a) {
    Map<String, Object> m = new LinkedHashMap<>();
    Instant published = a.article().published();
    m.put("articleId", a.article().id());
    m.put("headline", a.article().headline());
    m.put("published", published == null ? null : published.toString());
    m.put("article", "/api/v1/articles/" + a.article().id());
    m.put("mentions", a.mentions());
    return m;
  }
}
