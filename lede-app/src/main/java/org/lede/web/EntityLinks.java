package org.lede.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lede.entity.CorpusEntity;
import org.lede.entity.Entity;
import org.lede.entity.EntityLinker;
import org.lede.entity.EntityType;
import org.lede.quote.Quote;
import org.lede.store.StoredArticle;

/**
 * Every person, organization and place of a store, linked across articles by {@link EntityLinker}, with where each
 * appears: what the entity pages, the article page's links and the home page's most-quoted list read.
 *
 * <p>It keeps no article text: an entity's quotes are read from the store when its page is shown. Ids are the
 * linker's ("P:borys-kremenetskyi"), derived from the canonical name, so they survive a restart.
 *
 * <p>Immutable and thread-safe; {@link EntityLinksCache} replaces it when the store changes.
 */
final class EntityLinks {

  /**
   * One linked entity.
   *
   * @param id          corpus-wide id
   * @param name        canonical name
   * @param type        person, organization, location or misc
   * @param aliases     other names
   * @param titles      titles seen before the name
   * @param roles       roles seen beside it
   * @param appearances the articles naming it, newest first
   * @param mentions    mentions in all
   * @param quotes      quotes attributed to it in all
   */
  record Known(String id, String name, EntityType type, List<String> aliases, List<String> titles, List<String> roles,
      List<Appearance> appearances, int mentions, int quotes) {}

  /**
   * One article naming an entity.
   *
   * @param articleId the article
   * @param headline  its headline, or null
   * @param published its publication time, else its update time, or null
   * @param mentions  how often it names the entity
   * @param quotes    how many of its quotes the entity speaks
   */
  record Appearance(String articleId, String headline, Instant published, int mentions, int quotes) {}

  private final Map<String, Known> byId;
  /** Article id, then the article's own entity id, to the corpus id. */
  private final Map<String, Map<String, String>> linksByArticle;
  /** The corpus ids each article names, for co-mentions and search facets. */
  private final Map<String, List<String>> entitiesByArticle;
  /** The corpus ids each article quotes, for search facets. */
  private final Map<String, List<String>> speakersByArticle;

  private EntityLinks(Map<String, Known> byId, Map<String, Map<String, String>> linksByArticle,
      Map<String, List<String>> entitiesByArticle, Map<String, List<String>> speakersByArticle) {
    this.byId = byId;
    this.linksByArticle = linksByArticle;
    this.entitiesByArticle = entitiesByArticle;
    this.speakersByArticle = speakersByArticle;
  }

  /** Links the entities of {@code articles} (each article's latest version, read once). */
  static EntityLinks of(Stream<StoredArticle> articles) {
    List<List<Entity>> perArticle = new ArrayList<>();
    // Entity ids are unique only within an article, so each entity is tied to its article by identity.
    Map<Entity, Source> articleOf = new IdentityHashMap<>();
    Map<Entity, Integer> quotesOf = new IdentityHashMap<>();
    articles.forEach(a -> {
      List<Entity> entities = a.annotations().entities();
      perArticle.add(entities);
      // an article that states only when it was updated is placed in time by that
      var when = a.article().published() != null ? a.article().published() : a.article().updated();
      Source source = new Source(a.id(), a.article().headline(), when == null ? null : when.instant());
      for (Entity e : entities) articleOf.put(e, source);
      for (Quote q : a.annotations().quotes()) {
        Entity speaker = speakerEntity(q, entities);
        if (speaker != null) quotesOf.merge(speaker, 1, Integer::sum);
      }
    });
    Map<String, Known> byId = new LinkedHashMap<>();
    Map<String, Map<String, String>> links = new HashMap<>();
    Map<String, List<String>> entitiesByArticle = new HashMap<>();
    Map<String, List<String>> speakersByArticle = new HashMap<>();
    for (CorpusEntity ce : EntityLinker.standard().link(perArticle)) {
      Map<String, Appearance> seen = new LinkedHashMap<>();
      int mentions = 0;
      int quotes = 0;
      for (Entity member : ce.members()) {
        Source a = articleOf.get(member);
        if (a == null) continue;
        int q = quotesOf.getOrDefault(member, 0);
        mentions += member.mentions().size();
        quotes += q;
        seen.merge(a.id(), new Appearance(a.id(), a.headline(), a.published(), member.mentions().size(), q),
            (x, y) -> new Appearance(x.articleId(), x.headline(), x.published(), x.mentions() + y.mentions(), x.quotes() + y.quotes()));
        if (member.id() != null) links.computeIfAbsent(a.id(), k -> new HashMap<>()).put(member.id(), ce.id());
      }
      List<Appearance> appearances = new ArrayList<>(seen.values());
      appearances.sort(NEWEST_FIRST);
      for (Appearance ap : appearances) {
        entitiesByArticle.computeIfAbsent(ap.articleId(), k -> new ArrayList<>()).add(ce.id());
        if (ap.quotes() > 0) speakersByArticle.computeIfAbsent(ap.articleId(), k -> new ArrayList<>()).add(ce.id());
      }
      byId.put(ce.id(), new Known(ce.id(), ce.name(), ce.type(), ce.aliases(), ce.titles(), ce.roles(),
          List.copyOf(appearances), mentions, quotes));
    }
    return new EntityLinks(byId, links, entitiesByArticle, speakersByArticle);
  }

  static final Comparator<Appearance> NEWEST_FIRST = Comparator.comparing(Appearance::published,
      Comparator.nullsLast(Comparator.reverseOrder()));

  /** Returns the entity with corpus id {@code id}. */
  Optional<Known> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Returns the entity whose canonical name is {@code name} (any case), the most mentioned when several are. */
  Optional<Known> named(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    return byId.values().stream().filter(k -> k.name().toLowerCase(Locale.ROOT).equals(key))
        .max(java.util.Comparator.comparingInt(Known::mentions));
  }

  /** Returns the corpus id of the entity that article {@code articleId} calls {@code entityId}, or null. */
  String corpusId(String articleId, String entityId) {
    Map<String, String> links = linksByArticle.get(articleId);
    return links == null || entityId == null ? null : links.get(entityId);
  }

  /** Returns the corpus id of who said {@code q} in the article whose entities are {@code entities}, or null. */
  String speakerId(String articleId, Quote q, List<Entity> entities) {
    Entity e = speakerEntity(q, entities);
    return e == null ? null : corpusId(articleId, e.id());
  }

  /** Returns every entity, in no promised order. */
  Iterable<Known> all() {
    return byId.values();
  }

  /** Returns the corpus ids named in {@code articleId}. */
  List<String> entitiesOf(String articleId) {
    return entitiesByArticle.getOrDefault(articleId, List.of());
  }

  /** Returns the corpus ids quoted in {@code articleId}. */
  List<String> speakersOf(String articleId) {
    return speakersByArticle.getOrDefault(articleId, List.of());
  }

  /**
   * Returns the entities named in the same articles as {@code k}, the most shared articles first.
   *
   * @return each with how many articles it shares with {@code k}
   */
  List<Map.Entry<Known, Integer>> coMentioned(Known k, int limit) {
    Map<String, Integer> shared = new HashMap<>();
    for (Appearance ap : k.appearances()) {
      for (String other : entitiesOf(ap.articleId())) if (!other.equals(k.id())) shared.merge(other, 1, Integer::sum);
    }
    return shared.entrySet().stream()
        .map(e -> Map.entry(byId.get(e.getKey()), e.getValue()))
        .sorted(Map.Entry.<Known, Integer>comparingByValue().reversed()
            .thenComparing(e -> -e.getKey().mentions()).thenComparing(e -> e.getKey().name()))
        .limit(limit)
        .toList();
  }

  /**
   * The article entity a quote's speaker is: a person or organization of the article one of whose names is the
   * speaker's resolved name, any case. Unnamed sources ("a senior official") are nobody's.
   */
  static Entity speakerEntity(Quote q, List<Entity> entities) {
    if (q.speaker() == null || q.speaker().anonymous() || q.speaker().name() == null) return null;
    String name = q.speaker().name().strip().toLowerCase(Locale.ROOT);
    Entity fallback = null;
    for (Entity e : entities) {
      for (String n : e.names()) {
        if (!n.toLowerCase(Locale.ROOT).equals(name)) continue;
        if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) return e;
        if (fallback == null) fallback = e;
      }
    }
    return fallback;
  }

  /** What the directory keeps of an article: not its text, which a large store could not hold in memory. */
  private record Source(String id, String headline, Instant published) {}
}
